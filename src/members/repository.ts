import { sql } from 'kysely';
import type { Executor } from '../db/types.ts';
import { toUserBasic, USER_BASIC_COLUMNS } from '../users/repository.ts';
import type { OrganizationMember } from './schemas.ts';

export interface MembershipFields {
  membership_id: string;
  level: number;
  joined_at: string;
  updated_at: string;
}

/** A listed member's user fields, timestamps already in their final form (db/type-parsers.ts). */
export interface MemberUserFields {
  id: number;
  uuid: string;
  distinct_id: string | null;
  first_name: string;
  last_name: string;
  email: string;
  is_email_verified: boolean | null;
  hedgehog_config: unknown;
  role_at_organization: string | null;
  is_2fa_enabled: boolean;
  has_social_auth: boolean;
  last_login: string | null;
}

export type MemberListRow = MembershipFields & MemberUserFields;

const memberColumns = [
  ...USER_BASIC_COLUMNS,
  'm.id as membership_id',
  'm.organization_id',
  'm.level',
  'm.joined_at',
  'm.updated_at',
  'users.is_2fa_enabled',
  'users.has_social_auth',
  'users.last_login',
] as const;

/** Memberships joined with their users, shaped as PostHog's OrganizationMember. */
export function selectMembers(db: Executor) {
  return db.selectFrom('organization_memberships as m').innerJoin('users', 'users.id', 'm.user_id').select(memberColumns);
}

export function toOrganizationMember(row: MemberListRow): OrganizationMember {
  return {
    id: row.membership_id,
    user: toUserBasic(row),
    level: row.level,
    joined_at: row.joined_at,
    updated_at: row.updated_at,
    is_2fa_enabled: row.is_2fa_enabled,
    has_social_auth: row.has_social_auth,
    last_login: row.last_login,
  };
}

export async function findMember(db: Executor, membershipId: string): Promise<OrganizationMember | undefined> {
  const row = await selectMembers(db).where('m.id', '=', membershipId).executeTakeFirst();
  return row && toOrganizationMember(row);
}

export async function findMemberByUserUuid(db: Executor, organizationId: string, userUuid: string): Promise<OrganizationMember | undefined> {
  const row = await selectMembers(db).where('m.organization_id', '=', organizationId).where('users.uuid', '=', userUuid).executeTakeFirst();
  return row && toOrganizationMember(row);
}

export async function insertMembership(db: Executor, membership: { id: string; organizationId: string; userId: number; level: number }): Promise<void> {
  await db
    .insertInto('organization_memberships')
    .values({ id: membership.id, organization_id: membership.organizationId, user_id: membership.userId, level: membership.level })
    .execute();
}

/** The membership of the user with `userUuid` in the organization, locked for a change. */
export async function lockMemberByUserUuid(db: Executor, organizationId: string, userUuid: string) {
  return db
    .selectFrom('organization_memberships as m')
    .innerJoin('users', 'users.id', 'm.user_id')
    .select(['m.id', 'm.user_id', 'm.level'])
    .where('m.organization_id', '=', organizationId)
    .where('users.uuid', '=', userUuid)
    .forUpdate('m')
    .executeTakeFirst();
}

/**
 * Active owners other than `exceptMembershipId`: a deactivated owner cannot look after the
 * organization, so only active ones count as remaining.
 */
export async function countOtherActiveOwners(db: Executor, organizationId: string, exceptMembershipId: string): Promise<number> {
  const row = await db
    .selectFrom('organization_memberships as m')
    .innerJoin('users', 'users.id', 'm.user_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('m.organization_id', '=', organizationId)
    .where('m.level', '=', 15)
    .where('m.id', '!=', exceptMembershipId)
    .where('users.is_active', '=', true)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function setLevel(db: Executor, membershipId: string, level: number): Promise<void> {
  await db.updateTable('organization_memberships').set({ level, updated_at: sql<string>`now()` }).where('id', '=', membershipId).execute();
}

/**
 * Removes a membership; the member's role memberships in the organization cascade with it,
 * and the organization stops being their current one.
 */
export async function deleteMembership(db: Executor, membership: { id: string; organizationId: string; userId: number }): Promise<void> {
  await db.deleteFrom('organization_memberships').where('id', '=', membership.id).execute();
  await db
    .updateTable('users')
    .set({ current_organization_id: null })
    .where('id', '=', membership.userId)
    .where('current_organization_id', '=', membership.organizationId)
    .execute();
}

export function selectMembershipLevel(db: Executor, userId: number, organizationId: string) {
  return db.selectFrom('organization_memberships').select('level').where('organization_id', '=', organizationId).where('user_id', '=', userId);
}

/**
 * The user's level in the organization. The organization scope reads it through the level
 * cache (src/tenancy/level-cache.ts), so on a warm process it is not sent at all.
 */
export async function findMembershipLevel(db: Executor, userId: number, organizationId: string): Promise<number | undefined> {
  return (await selectMembershipLevel(db, userId, organizationId).executeTakeFirst())?.level;
}

/**
 * The user's current organization, among `within` when given: the one they last created or
 * switched to while they are still in it, else the one they joined first (PostHog falls back
 * the same way).
 */
export async function findCurrentOrganizationId(db: Executor, userId: number, within: string[] | null = null): Promise<string | null> {
  const row = await db
    .selectFrom('organization_memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('m.organization_id')
    .where('m.user_id', '=', userId)
    .$if(within !== null, (qb) => qb.where('m.organization_id', 'in', within!))
    .orderBy((eb) => eb.fn.coalesce(eb(eb.ref('m.organization_id'), '=', eb.ref('u.current_organization_id')), eb.val(false)), 'desc')
    .orderBy('m.joined_at')
    .orderBy('m.organization_id')
    .limit(1)
    .executeTakeFirst();
  return row?.organization_id ?? null;
}

/** The user's organizations with their level in each, by organization id. */
export async function listMembershipsWithOrganizations(db: Executor, userId: number) {
  return db
    .selectFrom('organization_memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['o.id', 'o.name', 'o.slug', 'o.logo_media_id', 'o.members_can_use_personal_api_keys', 'm.level'])
    .where('m.user_id', '=', userId)
    .orderBy('o.id')
    .execute();
}

/**
 * The organizations whose answers show the user's names and email: those they are a member of
 * (the member list, the roles' members), and those with a role they created (its
 * `created_by`, shown after they left). A change of the user names these to the caches.
 */
export async function organizationsShowingUser(db: Executor, userId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('organization_memberships')
    .select('organization_id')
    .where('user_id', '=', userId)
    .union(db.selectFrom('roles').select('organization_id').where('created_by_id', '=', userId))
    .execute();
  return rows.map((row) => row.organization_id);
}

/**
 * The member's personal API keys that can reach the organization (PostHog's
 * get_scoped_api_keys): unrestricted ones, ones narrowed to it, and ones narrowed to one of its
 * projects. Read here, beside the member list, for the remove-member dialog.
 */
export async function listKeysReachingOrganization(db: Executor, userId: number, organizationId: string) {
  return db
    .selectFrom('personal_api_keys as k')
    .select(['k.label', 'k.last_used_at'])
    .where('k.user_id', '=', userId)
    .where(
      sql<boolean>`((cardinality(k.scoped_organizations) = 0 AND cardinality(k.scoped_teams) = 0)
        OR ${organizationId}::text = ANY(k.scoped_organizations)
        OR k.scoped_teams && ARRAY(SELECT t.id FROM teams t WHERE t.organization_id = ${organizationId}::uuid))`,
    )
    .orderBy('k.created_at')
    .orderBy('k.id')
    .execute();
}
