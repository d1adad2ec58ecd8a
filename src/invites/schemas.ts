import Type, { type Static } from 'typebox';
import { LevelSchema } from '../access/levels.ts';
import { PersonalApiKey } from '../personal-api-keys/schemas.ts';
import { UserBasic } from '../users/schemas.ts';

export const MAX_BULK_INVITES = 20;
/** PostHog's INVITE_DAYS_VALIDITY. */
export const INVITE_DAYS_VALIDITY = 3;

const ProjectAccess = Type.Object({
  id: Type.Integer({ description: 'A project of this organization.' }),
  level: Type.Union([Type.Literal('member'), Type.Literal('admin'), Type.Literal('none')]),
});

export type ProjectAccessLevel = 'none' | 'member' | 'admin';
export interface ProjectAccess {
  id: number;
  level: ProjectAccessLevel;
}

export const Invite = Type.Object(
  {
    id: Type.String({ format: 'uuid', description: 'Identifies the invite (to revoke it); it is not the link and admits nobody.' }),
    target_email: Type.String({ format: 'email', maxLength: 254, description: 'Lower-cased.' }),
    first_name: Type.String({ maxLength: 30 }),
    emailing_attempt_made: Type.Boolean({ description: 'True when the invitation was queued for mail (SMTP configured and `send_email`).' }),
    level: LevelSchema({ description: 'The level the invitee joins at: 1 member, 8 admin, 15 owner.' }),
    is_expired: Type.Boolean({ description: `Invites expire ${INVITE_DAYS_VALIDITY} days after they are created.` }),
    created_by: Type.Union([UserBasic, Type.Null()], { description: 'The inviter; null when created by the operator or the inviter was deleted.' }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    message: Type.Union([Type.String(), Type.Null()], { description: 'Copied into the invitation mail.' }),
    private_project_access: Type.Union([Type.Array(ProjectAccess), Type.Null()]),
  },
  { description: "An invitation to join the organization (PostHog's OrganizationInvite)." },
);
export type Invite = Static<typeof Invite>;

export const InviteCreated = Type.Object(
  {
    ...Invite.properties,
    accept_url: Type.String({
      description: 'The link that accepts this invite, shown once, here only: deliver it to the invitee yourself when no mail is sent. An orgbase addition.',
    }),
  },
  { description: 'An invite as its creation answers it: with its acceptance link, shown once.' },
);
export type InviteCreated = Static<typeof InviteCreated>;

export const InviteCreate = Type.Object(
  {
    target_email: Type.String({ format: 'email', maxLength: 254, description: 'Lower-cased whole before it is stored.' }),
    first_name: Type.Optional(Type.String({ maxLength: 30 })),
    level: Type.Optional(LevelSchema({ description: 'At most your own level. Default 1.' })),
    message: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    private_project_access: Type.Optional(Type.Union([Type.Array(ProjectAccess), Type.Null()])),
    send_email: Type.Optional(Type.Boolean({ description: 'Mail the invitation when SMTP is configured. Default true.', writeOnly: true })),
    combine_pending_invites: Type.Optional(
      Type.Boolean({ description: "Keep the highest level and the project access of this address's pending invites. Default false.", writeOnly: true }),
    ),
  },
  { description: 'A new invite. It replaces any invite of this organization for the same address.' },
);

export const InviteBulkCreate = Type.Array(InviteCreate, { maxItems: MAX_BULK_INVITES, description: `At most ${MAX_BULK_INVITES}; all are created or none.` });

export const InviteListParams = Type.Object({
  organization_id: Type.String({ description: "An organization UUID, or `@current` for the caller's current organization." }),
});

export const InviteParams = Type.Object({
  organization_id: Type.String({ description: "An organization UUID, or `@current` for the caller's current organization." }),
  id: Type.String({ description: "The invite's id." }),
});

export const SignupParams = Type.Object({
  token: Type.String({ description: "The token of the invite's link (not the invite's id)." }),
});

export const SignupPreview = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    target_email: Type.String({ format: 'email' }),
    first_name: Type.String(),
    organization_name: Type.String(),
  },
  { description: 'What an invite link is for, before it is accepted.' },
);
export type SignupPreview = Static<typeof SignupPreview>;

export const SignupAccept = Type.Object(
  {
    first_name: Type.Optional(Type.String({ maxLength: 128, description: 'Required of a new user; ignored for an existing one.' })),
    last_name: Type.Optional(Type.String({ maxLength: 128 })),
    role_at_organization: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
    password: Type.Optional(Type.String({ description: 'Ignored: orgbase has no passwords. Keys authenticate.' })),
  },
  { description: "PostHog's signup body. With a personal API key the caller joins and the body is ignored." },
);

export const SignupAccepted = Type.Object(
  {
    ...UserBasic.properties,
    redirect_url: Type.String({ example: '/' }),
    personal_api_key: Type.Optional(
      Type.Object(PersonalApiKey.properties, {
        description: "A new user's first key (`*`), with its `value`, shown this once. Absent when an existing user accepts. An orgbase addition.",
      }),
    ),
  },
  { description: 'The user who joined.' },
);
export type SignupAccepted = Static<typeof SignupAccepted>;
