import Type, { type Static } from 'typebox';

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

const OrganizationBasic = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  slug: Type.String(),
  logo_media_id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  membership_level: Type.Union([Type.Integer(), Type.Null()]),
  members_can_use_personal_api_keys: Type.Boolean(),
});

export const Me = Type.Object(
  {
    ...UserBasic.properties,
    date_joined: Type.String({ format: 'date-time' }),
    is_active: Type.Boolean(),
    is_2fa_enabled: Type.Boolean(),
    has_social_auth: Type.Boolean(),
    organization: Type.Union([OrganizationBasic, Type.Null()], { description: "The caller's current organization." }),
    organizations: Type.Array(OrganizationBasic),
  },
  { description: 'The calling user.' },
);
export type Me = Static<typeof Me>;
