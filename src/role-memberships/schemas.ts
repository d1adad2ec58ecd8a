import Type, { type Static } from 'typebox';
import { OrganizationMember } from '../members/schemas.ts';
import { OrganizationIdParam } from '../http/schemas.ts';
import { UserBasic } from '../users/schemas.ts';

export const RoleMembership = Type.Object(
  {
    id: Type.String({ format: 'uuid', description: 'The role membership id.' }),
    role_id: Type.String({ format: 'uuid' }),
    organization_member: OrganizationMember,
    user: UserBasic,
    joined_at: Type.String({ format: 'date-time', description: 'When the user was added to the role.' }),
    updated_at: Type.String({ format: 'date-time' }),
    user_uuid: Type.String({ format: 'uuid', description: "The member's user uuid, as given when adding them." }),
  },
  { description: "A user's membership of a role." },
);
export type RoleMembership = Static<typeof RoleMembership>;

export const RoleMembershipCreate = Type.Object({
  user_uuid: Type.String({ format: 'uuid', description: 'The user to add; they must be a member of the organization.' }),
});
export type RoleMembershipCreate = Static<typeof RoleMembershipCreate>;

export const RoleMembershipSet = Type.Object({
  user_uuids: Type.Array(Type.String({ format: 'uuid' }), {
    uniqueItems: true,
    description: 'Every user the role should have, each a member of the organization. An empty list empties the role.',
    example: ['095be615-a8ad-4c33-8e9c-c7612fbf6c9f'],
  }),
});
export type RoleMembershipSet = Static<typeof RoleMembershipSet>;

const RoleIdParam = Type.String({ description: 'The role id.' });

export const RoleMembershipListParams = Type.Object({ organization_id: OrganizationIdParam, role_id: RoleIdParam });

export const RoleMembershipParams = Type.Object({
  organization_id: OrganizationIdParam,
  role_id: RoleIdParam,
  id: Type.String({ description: 'The role membership id.' }),
});
