import Type, { type Static } from 'typebox';
import { Organization, TeamBasic } from '../organizations/schemas.ts';
import { LevelSchema } from '../access/levels.ts';

export const UserBasic = Type.Object(
  {
    id: Type.Integer({ example: 1 }),
    uuid: Type.String({ format: 'uuid' }),
    distinct_id: Type.Union([Type.String(), Type.Null()]),
    first_name: Type.String(),
    last_name: Type.String(),
    email: Type.String({ format: 'email' }),
    is_email_verified: Type.Union([Type.Boolean(), Type.Null()]),
    hedgehog_config: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
    role_at_organization: Type.Union([Type.String(), Type.Null()], { example: 'engineering' }),
  },
  { description: "A user's public fields." },
);
export type UserBasic = Static<typeof UserBasic>;

export const OrganizationBasic = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  slug: Type.String(),
  logo_media_id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  membership_level: Type.Union([LevelSchema(), Type.Null()]),
  members_can_use_personal_api_keys: Type.Boolean(),
  is_active: Type.Union([Type.Boolean(), Type.Null()]),
  is_not_active_reason: Type.Union([Type.String(), Type.Null()]),
});
export type OrganizationBasic = Static<typeof OrganizationBasic>;

/**
 * PostHog's User, as `/api/users/@me/` answers it. orgbase has no passwords, sessions, SSO or
 * impersonation, so those fields carry the values of a user without them.
 */
export const Me = Type.Object(
  {
    ...UserBasic.properties,
    date_joined: Type.String({ format: 'date-time' }),
    pending_email: Type.Union([Type.String({ format: 'email' }), Type.Null()]),
    notification_settings: Type.Object({}, { additionalProperties: true }),
    anonymize_data: Type.Union([Type.Boolean(), Type.Null()]),
    allow_impersonation: Type.Union([Type.Boolean(), Type.Null()]),
    has_password: Type.Boolean({ description: 'Always false: orgbase authenticates with personal API keys only.' }),
    is_staff: Type.Boolean(),
    is_impersonated: Type.Union([Type.Boolean(), Type.Null()]),
    is_impersonated_until: Type.Union([Type.String(), Type.Null()]),
    is_impersonated_read_only: Type.Union([Type.Boolean(), Type.Null()]),
    sensitive_session_expires_at: Type.Union([Type.String(), Type.Null()]),
    is_active: Type.Boolean(),
    is_2fa_enabled: Type.Boolean(),
    has_social_auth: Type.Boolean(),
    has_sso_enforcement: Type.Boolean(),
    scene_personalisation: Type.Array(Type.Object({}, { additionalProperties: true })),
    team: Type.Union([TeamBasic, Type.Null()], { description: "The caller's current project (its first team); null when they have none." }),
    organization: Type.Union([Organization, Type.Null()], { description: "The caller's current organization, as they see it." }),
    organizations: Type.Array(OrganizationBasic),
  },
  { description: 'The calling user. A key sees only what its scope reaches: other organizations are neither listed nor current.' },
);
export type Me = Static<typeof Me>;

const PersonName = (description: string) => Type.String({ maxLength: 150, description });

export const MeUpdate = Type.Object(
  {
    first_name: Type.Optional(PersonName('Trimmed; at most 150 characters.')),
    last_name: Type.Optional(PersonName('Trimmed; at most 150 characters.')),
    set_current_organization: Type.Optional(Type.String({ description: 'Switch to this organization (its id); the current project becomes its first.' })),
    set_current_team: Type.Optional(Type.String({ description: 'Switch to this project (its id), and to its organization.', example: '2' })),
  },
  { description: 'What a user may change about themself. Other fields are ignored, as in PostHog.' },
);
export type MeUpdate = Static<typeof MeUpdate>;
