import { uuidv7 } from '../db/ids.ts';
import { sql } from 'kysely';
import type { Executor } from '../db/types.ts';
import type { Page } from '../domain/page.ts';
import { selectMembers, toOrganizationMember } from '../members/repository.ts';
import type { RoleMembership } from './schemas.ts';

/**
 * Role memberships joined with the organization membership and user they stand for. Filtering
 * on `m.organization_id` keeps every query inside one tenant: a membership's organization is
 * always its role's, since it is created from a member of the role's organization.
 */
function selectRoleMemberships(db: Executor, organizationId: string) {
  return selectMembers(db)
    .innerJoin('role_memberships as rm', 'rm.organization_member_id', 'm.id')
    .select(['rm.id as role_membership_id', 'rm.role_id', 'rm.joined_at as role_joined_at', 'rm.updated_at as role_updated_at'])
    .where('m.organization_id', '=', organizationId);
}

type RoleMembershipRow = Awaited<ReturnType<ReturnType<typeof selectRoleMemberships>['executeTakeFirstOrThrow']>>;

function toRoleMembership(row: RoleMembershipRow): RoleMembership {
  const organizationMember = toOrganizationMember(row);
  return {
    id: row.role_membership_id,
    role_id: row.role_id,
    organization_member: organizationMember,
    user: organizationMember.user,
    joined_at: row.role_joined_at,
    updated_at: row.role_updated_at,
    user_uuid: row.uuid,
  };
}

/**
 * A role's memberships, oldest first (id breaks ties), so pages do not shift between calls;
 * only those of `userIds` when given.
 */
export async function listRoleMemberships(db: Executor, organizationId: string, roleId: string, page?: Page, userIds?: number[]): Promise<RoleMembership[]> {
  let query = selectRoleMemberships(db, organizationId).where('rm.role_id', '=', roleId).orderBy('rm.joined_at').orderBy('rm.id');
  if (userIds) query = userIds.length ? query.where('rm.user_id', 'in', userIds) : query.where(sql<boolean>`false`);
  if (page) query = query.limit(page.limit).offset(page.offset);
  return (await query.execute()).map(toRoleMembership);
}

export async function countRoleMemberships(db: Executor, roleId: string): Promise<number> {
  const row = await db
    .selectFrom('role_memberships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role_id', '=', roleId)
    .executeTakeFirstOrThrow();
  return row.count;
}

/** The memberships of several roles at once, for listing roles with their members. */
export async function listMembershipsOfRoles(db: Executor, organizationId: string, roleIds: string[]): Promise<Map<string, RoleMembership[]>> {
  const byRole = new Map<string, RoleMembership[]>(roleIds.map((id) => [id, []]));
  if (roleIds.length === 0) return byRole;
  const rows = await selectRoleMemberships(db, organizationId).where('rm.role_id', 'in', roleIds).orderBy('rm.joined_at').orderBy('rm.id').execute();
  for (const row of rows) byRole.get(row.role_id)?.push(toRoleMembership(row));
  return byRole;
}

export async function findRoleMembership(db: Executor, organizationId: string, roleId: string, id: string): Promise<RoleMembership | undefined> {
  const row = await selectRoleMemberships(db, organizationId).where('rm.role_id', '=', roleId).where('rm.id', '=', id).executeTakeFirst();
  return row && toRoleMembership(row);
}

/** A role membership as its audit rows record it, and as a removal returns it. */
export interface RoleMembershipSnapshot {
  id: string;
  role_id: string;
  organization_member_id: string;
  user_uuid: string;
  joined_at: string;
}

/** The active members of the organization among `userUuids`, with the ids a role membership needs. */
export async function findActiveMembersByUserUuid(trx: Executor, organizationId: string, userUuids: string[]) {
  if (userUuids.length === 0) return [];
  return trx
    .selectFrom('organization_memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.id as membership_id', 'm.user_id', 'u.uuid'])
    .where('m.organization_id', '=', organizationId)
    .where('u.uuid', 'in', userUuids)
    .where('u.is_active', '=', true)
    .execute();
}

/** Removes every membership of the role whose user is not in `keepUserIds`. */
export async function deleteRoleMembershipsExcept(trx: Executor, roleId: string, keepUserIds: number[]): Promise<RoleMembershipSnapshot[]> {
  let query = trx.deleteFrom('role_memberships as rm').using('users as u').whereRef('u.id', '=', 'rm.user_id').where('rm.role_id', '=', roleId);
  if (keepUserIds.length > 0) query = query.where('rm.user_id', 'not in', keepUserIds);
  return query.returning(['rm.id', 'rm.role_id', 'rm.organization_member_id', 'u.uuid as user_uuid', 'rm.joined_at']).execute();
}

/**
 * Adds the members the role lacks. Those it has keep their row (id and joined_at) untouched:
 * a conflict on the (role, user) constraint is skipped, not updated.
 */
export async function insertMissingRoleMemberships(
  trx: Executor,
  roleId: string,
  members: { id: string; membershipId: string; userId: number }[],
): Promise<{ id: string; user_id: number; organization_member_id: string; joined_at: string }[]> {
  if (members.length === 0) return [];
  return trx
    .insertInto('role_memberships')
    .values(members.map((member) => ({ id: member.id, role_id: roleId, user_id: member.userId, organization_member_id: member.membershipId })))
    .onConflict((conflict) => conflict.constraint('unique_user_and_role').doNothing())
    .returning(['id', 'user_id', 'organization_member_id', 'joined_at'])
    .execute();
}

/**
 * Makes the role's members exactly `members` (active members of its organization, as
 * findActiveMembersByUserUuid finds them): removes the others, adds the missing; both as the
 * snapshots the audit log and the events record.
 */
export async function setRoleMembers(
  trx: Executor,
  roleId: string,
  members: { user_id: number; membership_id: string; uuid: string }[],
): Promise<{ removed: RoleMembershipSnapshot[]; added: RoleMembershipSnapshot[] }> {
  const removed = await deleteRoleMembershipsExcept(
    trx,
    roleId,
    members.map((member) => member.user_id),
  );
  const inserted = await insertMissingRoleMemberships(
    trx,
    roleId,
    members.map((member) => ({ id: uuidv7(), membershipId: member.membership_id, userId: member.user_id })),
  );
  const uuidOfUser = new Map(members.map((member) => [member.user_id, member.uuid]));
  const added = inserted.map((row) => ({
    id: row.id,
    role_id: roleId,
    organization_member_id: row.organization_member_id,
    user_uuid: uuidOfUser.get(row.user_id)!,
    joined_at: row.joined_at,
  }));
  return { removed, added };
}

/** One role membership, as a new member joining the organization's default role gets. */
export async function insertRoleMembership(trx: Executor, roleMembership: { id: string; roleId: string; userId: number; membershipId: string }): Promise<void> {
  await trx
    .insertInto('role_memberships')
    .values({ id: roleMembership.id, role_id: roleMembership.roleId, user_id: roleMembership.userId, organization_member_id: roleMembership.membershipId })
    .execute();
}
