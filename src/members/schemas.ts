import Type, { type Static } from 'typebox';
import { UserBasic } from '../users/schemas.ts';

export const OrganizationMember = Type.Object(
  {
    id: Type.String({ format: 'uuid', description: 'The membership id.' }),
    user: UserBasic,
    level: Type.Integer({ enum: [1, 8, 15], description: '1 member, 8 admin, 15 owner.' }),
    joined_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    is_2fa_enabled: Type.Boolean(),
    has_social_auth: Type.Boolean(),
    last_login: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { description: "A user's membership of an organization." },
);
export type OrganizationMember = Static<typeof OrganizationMember>;
