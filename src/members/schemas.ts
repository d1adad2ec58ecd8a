import Type, { type Static } from 'typebox';
import { UserBasic } from '../users/schemas.ts';
import { LevelSchema } from '../access/levels.ts';

export const OrganizationMember = Type.Object(
  {
    id: Type.String({ format: 'uuid', description: 'The membership id.' }),
    user: UserBasic,
    level: LevelSchema({ description: '1 member, 8 admin, 15 owner.' }),
    joined_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    is_2fa_enabled: Type.Boolean(),
    has_social_auth: Type.Boolean(),
    last_login: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { description: "A user's membership of an organization." },
);
export type OrganizationMember = Static<typeof OrganizationMember>;

export const MemberListParams = Type.Object({
  organization_id: Type.String({ description: "An organization UUID, or `@current` for the caller's current organization." }),
});

export const MemberParams = Type.Object({
  organization_id: Type.String({ description: "An organization UUID, or `@current` for the caller's current organization." }),
  user_uuid: Type.String({ description: "The member's user UUID, or `@me` for the caller." }),
});

export const MEMBER_ORDERINGS = ['joined_at', '-joined_at', 'email', '-email', 'level', '-level'] as const;

export const ScopedApiKeys = Type.Object(
  {
    has_keys: Type.Boolean(),
    has_keys_active_last_week: Type.Boolean(),
    keys: Type.Array(
      Type.Object({ name: Type.String({ description: "The key's label." }), last_used_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]) }),
    ),
  },
  { description: "The member's personal API keys that can reach this organization (unrestricted, narrowed to it, or to one of its projects)." },
);
export type ScopedApiKeys = Static<typeof ScopedApiKeys>;

export const MemberListQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ description: 'Number of results to return per page.' })),
  offset: Type.Optional(Type.Integer({ description: 'The initial index from which to return the results.' })),
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Only members whose email or name contains this, ignoring case.' })),
  ordering: Type.Optional(Type.Enum([...MEMBER_ORDERINGS], { description: 'Sort key; `-` for descending. Default: `-joined_at`.' })),
  order: Type.Optional(
    Type.Enum(['joined_at', '-joined_at'], { description: "PostHog's `order`: `joined_at` or `-joined_at` (the default); `ordering`, when given, wins." }),
  ),
  email: Type.Optional(Type.String({ maxLength: 254, description: 'Only the member with this email (exact, ignoring case).' })),
});
export type MemberListQuery = Static<typeof MemberListQuery>;

export const MemberUpdate = Type.Object({
  level: LevelSchema({ description: '1 member, 8 admin, 15 owner.' }),
});
export type MemberUpdate = Static<typeof MemberUpdate>;
