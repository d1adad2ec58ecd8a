import Type, { type Static } from 'typebox';
import { PaginationQuery } from '../http/pagination.ts';
import { OrganizationIdParam } from '../http/schemas.ts';
import { RoleMembership } from '../role-memberships/schemas.ts';
import { UserBasic } from '../users/schemas.ts';

export const Role = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String({ maxLength: 200, example: 'Engineering' }),
    created_at: Type.String({ format: 'date-time' }),
    created_by: Type.Union([UserBasic, Type.Null()], {
      description: 'Who created the role; null once that user is deleted. (PostHog leaves it null.)',
    }),
    members: Type.Array(RoleMembership, { description: "The role's memberships, oldest first." }),
    is_default: Type.Boolean({ description: "Whether this is the organization's default role, which new members join." }),
  },
  { description: 'A role of an organization: a named group of its members.' },
);
export type Role = Static<typeof Role>;

const RoleName = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '\\S',
  description: 'Unique within the organization, ignoring case; surrounding whitespace is trimmed.',
  example: 'Engineering',
});

export const RoleCreate = Type.Object({ name: RoleName });
export type RoleCreate = Static<typeof RoleCreate>;

export const RoleUpdate = Type.Object({ name: Type.Optional(RoleName) });
export type RoleUpdate = Static<typeof RoleUpdate>;

export const RoleListParams = Type.Object({ organization_id: OrganizationIdParam });

export const RoleParams = Type.Object({
  organization_id: OrganizationIdParam,
  id: Type.String({ description: 'The role id.' }),
});

export const ROLE_ORDERINGS = ['name', '-name', 'created_at', '-created_at'] as const;

export const RoleListQuery = Type.Object({
  ...PaginationQuery.properties,
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Only roles whose name contains this, ignoring case.' })),
  ordering: Type.Optional(Type.Enum([...ROLE_ORDERINGS], { description: 'Sort key; `-` for descending. Default: creation order.' })),
});
export type RoleListQuery = Static<typeof RoleListQuery>;
