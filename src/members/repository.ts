import type { Executor } from '../db/types.ts';
import { toUserBasic, USER_BASIC_COLUMNS } from '../users/repository.ts';
import type { OrganizationMember } from './schemas.ts';

/** Memberships joined with their users, shaped as PostHog's OrganizationMember. */
export function selectMembers(db: Executor) {
  return db
    .selectFrom('organization_memberships as m')
    .innerJoin('users', 'users.id', 'm.user_id')
    .select([
      ...USER_BASIC_COLUMNS,
      'm.id as membership_id',
      'm.organization_id',
      'm.level',
      'm.joined_at',
      'm.updated_at',
      'users.is_2fa_enabled',
      'users.has_social_auth',
      'users.last_login',
    ]);
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof selectMembers>['executeTakeFirstOrThrow']>>;

export function toOrganizationMember(row: MemberRow): OrganizationMember {
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

export async function insertMembership(
  db: Executor,
  membership: { id: string; organizationId: string; userId: number; level: number },
): Promise<void> {
  await db
    .insertInto('organization_memberships')
    .values({ id: membership.id, organization_id: membership.organizationId, user_id: membership.userId, level: membership.level })
    .execute();
}
