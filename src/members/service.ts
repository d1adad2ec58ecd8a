import type { Level } from '../access/levels.ts';
import { isUuid, uuidv7 } from '../db/ids.ts';
import type { Db, Executor } from '../db/types.ts';
import { NotFound } from '../http/errors.ts';
import { findMember, insertMembership } from './repository.ts';
import type { OrganizationMember } from './schemas.ts';

export interface NewMembership {
  organizationId: string;
  userId: number;
  level: Level;
}

/**
 * Adds a user to an organization inside `trx`. While the organization has a default role,
 * the new member joins it too, as PostHog does when a user joins.
 */
export async function addMembership(trx: Executor, membership: NewMembership): Promise<string> {
  const organization = await trx
    .selectFrom('organizations')
    .select(['id', 'default_role_id'])
    .where('id', '=', membership.organizationId)
    .executeTakeFirst();
  if (!organization) throw new NotFound('Organization not found.');
  const membershipId = uuidv7();
  await insertMembership(trx, { id: membershipId, ...membership });
  if (organization.default_role_id) {
    await trx
      .insertInto('role_memberships')
      .values({ id: uuidv7(), role_id: organization.default_role_id, user_id: membership.userId, organization_member_id: membershipId })
      .execute();
  }
  return membershipId;
}

export function createMemberService({ db }: { db: Db }) {
  return {
    /** Used by installation flows and `orgbase members add`, not by an HTTP route. */
    async addMember(membership: NewMembership): Promise<OrganizationMember> {
      if (!isUuid(membership.organizationId)) throw new NotFound('Organization not found.');
      return db.transaction().execute(async (trx) => {
        const membershipId = await addMembership(trx, { ...membership, organizationId: membership.organizationId.toLowerCase() });
        return (await findMember(trx, membershipId))!;
      });
    },
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
