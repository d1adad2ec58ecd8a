import Type, { type Static } from 'typebox';
import { LevelSchema } from '../access/levels.ts';

const ScopeList = Type.Array(Type.String({ example: 'organization:read' }), {
  description: 'Scopes the key grants: `*`, or `<object>:read` / `<object>:write` (write implies read).',
  minItems: 1,
  uniqueItems: true,
});

export const PersonalApiKey = Type.Object({
  id: Type.String(),
  label: Type.String({ maxLength: 40 }),
  value: Type.Optional(Type.String({ description: 'The key itself. Present only in the responses that create or roll it.' })),
  mask_value: Type.String({ example: 'phx_...abcd' }),
  created_at: Type.String({ format: 'date-time' }),
  last_used_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  last_rolled_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  user_id: Type.Integer(),
  scopes: Type.Array(Type.String()),
  scoped_teams: Type.Array(Type.Integer(), { description: 'Projects the key is limited to; `[]` for all.' }),
  scoped_organizations: Type.Array(Type.String({ format: 'uuid' }), { description: 'Organizations the key is limited to; `[]` for all.' }),
});
export type PersonalApiKey = Static<typeof PersonalApiKey>;

const Label = Type.String({ minLength: 1, maxLength: 40, pattern: '\\S', description: 'A name for the key.' });
// Lists, never null, as PostHog's serializer (`[]` is unrestricted; null is refused as DRF does).
const ScopedOrganizations = Type.Array(Type.String({ format: 'uuid' }), {
  uniqueItems: true,
  description: "Organizations the key is limited to; `[]` for all of the user's organizations.",
});
const ScopedTeams = Type.Array(Type.Integer(), {
  uniqueItems: true,
  description: 'Projects the key is limited to; `[]` for all. Such keys cannot use organization endpoints.',
});

export const PersonalApiKeyCreate = Type.Object({
  label: Label,
  scopes: ScopeList,
  scoped_organizations: Type.Optional(ScopedOrganizations),
  scoped_teams: Type.Optional(ScopedTeams),
});
export type PersonalApiKeyCreate = Static<typeof PersonalApiKeyCreate>;

export const PersonalApiKeyUpdate = Type.Object({
  label: Type.Optional(Label),
  scopes: Type.Optional(ScopeList),
  scoped_organizations: Type.Optional(ScopedOrganizations),
  scoped_teams: Type.Optional(ScopedTeams),
});
export type PersonalApiKeyUpdate = Static<typeof PersonalApiKeyUpdate>;

export const KeyIdParams = Type.Object({ id: Type.String({ description: 'The key id.' }) });

export const KeyIntrospection = Type.Object(
  {
    id: Type.String(),
    label: Type.String(),
    mask_value: Type.String(),
    created_at: Type.String({ format: 'date-time' }),
    last_used_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    scopes: Type.Array(Type.String()),
    scoped_organizations: Type.Array(Type.String({ format: 'uuid' })),
    scoped_teams: Type.Array(Type.Integer()),
    user: Type.Object({ id: Type.Integer(), uuid: Type.String({ format: 'uuid' }), email: Type.String() }),
    organizations: Type.Array(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        name: Type.String(),
        slug: Type.String(),
        membership_level: LevelSchema(),
      }),
      {
        description:
          "The organizations this key can reach (the user's, narrowed by `scoped_organizations`; none for a key scoped to projects), with the user's level in each.",
      },
    ),
  },
  { description: 'What the calling key is and what it can reach.' },
);
export type KeyIntrospection = Static<typeof KeyIntrospection>;
