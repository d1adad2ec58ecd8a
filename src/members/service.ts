import type { Caller } from '../access/caller.ts';
import { Level } from '../access/levels.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { auditChange } from '../audit/repository.ts';
import { isUuid, uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { UnitOfWork, WriteActor, Writes } from '../writes/unit-of-work.ts';
import { assertPrecondition, type Precondition } from '../domain/precondition.ts';
import { NotFound, ValidationError } from '../domain/errors.ts';
import { REFUSAL, refuse } from '../domain/refusals.ts';
import type { Page } from '../domain/page.ts';
import { findOrganizationRow, lockOrganization } from '../organizations/repository.ts';
import { insertRoleMembership } from '../role-memberships/repository.ts';
import { countListedMembers, findListedUsers, listMembers } from './list-repository.ts';
import {
  countOtherActiveOwners,
  deleteMembership,
  findMember,
  findMemberByUserUuid,
  insertMembership,
  listKeysReachingOrganization,
  lockMemberByUserUuid,
  setLevel,
  toOrganizationMember,
} from './repository.ts';
import { levelChangeRefusal, removalRefusal, type MembershipChange } from './policy.ts';
import type { MemberListQuery, MemberUpdate, OrganizationMember, ScopedApiKeys } from './schemas.ts';

export interface NewMembership {
  organizationId: string;
  userId: number;
  level: Level;
}

/**
 * Adds a user to an organization inside `trx`. While the organization has a default role,
 * the new member joins it too, as PostHog does when a user joins.
 */
export async function addMembership(unit: UnitOfWork, membership: NewMembership): Promise<string> {
  const { trx } = unit;
  const organization = await findOrganizationRow(trx, membership.organizationId);
  if (!organization) throw refuse.organizationNotFound();
  const membershipId = uuidv7();
  await insertMembership(trx, { id: membershipId, ...membership });
  unit.changed('organization', membership.organizationId);
  if (organization.default_role_id) {
    await insertRoleMembership(trx, { id: uuidv7(), roleId: organization.default_role_id, userId: membership.userId, membershipId });
  }
  return membershipId;
}

function memberChange(verb: string, organizationId: string, before: OrganizationMember | undefined, after: OrganizationMember | undefined) {
  const id = (before ?? after)!.id;
  return auditChange('member', verb, organizationId, id, before, after);
}

export function createMemberService({ writes }: { writes: Writes }) {
  const { db } = writes;
  /**
   * Opens the change of one membership: locks the organization row, so changes of levels and
   * removals in one organization run one at a time and the owner count they check stays true
   * (concurrent demotions cannot leave it without an owner), then reads the caller's level as
   * it is now and the target membership.
   */
  async function beginChange(trx: Executor, caller: Caller, access: OrganizationAccess, userUuid: string, precondition?: Precondition) {
    if (!(await lockOrganization(trx, access.organizationId))) throw refuse.organizationNotFound();
    const self = await lockMemberByUserUuid(trx, access.organizationId, caller.user.uuid);
    if (!self) throw refuse.organizationNotFound();
    const target = await lockMemberByUserUuid(trx, access.organizationId, userUuid);
    if (!target) throw new NotFound();
    const before = (await findMember(trx, target.id))!;
    assertPrecondition(precondition, before);
    const change: MembershipChange = { callerLevel: self.level as Level, targetLevel: target.level as Level, isSelf: target.user_id === caller.user.id };
    return { change, target, before };
  }

  async function assertOwnerRemains(trx: Executor, organizationId: string, target: { id: string; level: number }): Promise<void> {
    if (target.level === Level.Owner && (await countOtherActiveOwners(trx, organizationId, target.id)) === 0) {
      throw new ValidationError(REFUSAL.ownerStays);
    }
  }

  async function lockFreeMember(organizationId: string, userUuid: string): Promise<OrganizationMember> {
    const member = await findMemberByUserUuid(db, organizationId, userUuid);
    if (!member) throw new NotFound();
    return member;
  }

  /**
   * A page of the list: each membership's own fields with its user's id and the version of the
   * user's row (the users come apart, `listedUsers`, so a representation can keep them by
   * version). `knownCount` answers the total of an unfiltered list when it is known.
   */
  function page(access: OrganizationAccess, query: MemberListQuery, window: Page, knownCount?: () => Promise<number>) {
    return listMembers(db, access.organizationId, query, window, knownCount);
  }

  /** Listed users by id, each with the version of its row. */
  async function listedUsers(userIds: number[]) {
    return userIds.length === 0 ? [] : findListedUsers(db, userIds);
  }

  return {
    page,
    listedUsers,

    /** The total of the organization's unfiltered list. */
    countListed: (organizationId: string) => countListedMembers(db, organizationId, undefined),

    /** The same page as members (the CLI's `members list`). */
    async list(access: OrganizationAccess, query: MemberListQuery, window: Page): Promise<{ members: OrganizationMember[]; count: number }> {
      const { rows, count } = await page(access, query, window);
      const users = new Map((await listedUsers(rows.map((row) => row.user_id))).map((user) => [user.id, user]));
      // A user deleted between the two reads has left the organization with its row.
      const members = rows.flatMap((row) => {
        const user = users.get(row.user_id);
        return user ? [toOrganizationMember({ ...user, ...row })] : [];
      });
      return { members, count };
    },

    /** PostHog's scoped_api_keys of a member: any member may ask about any member. */
    async scopedApiKeys(access: OrganizationAccess, userUuid: string): Promise<ScopedApiKeys> {
      const member = await lockFreeMember(access.organizationId, userUuid);
      const keys = await listKeysReachingOrganization(db, member.user.id, access.organizationId);
      const weekAgo = Date.now() - 7 * 86_400_000;
      return {
        has_keys: keys.length > 0,
        has_keys_active_last_week: keys.some((key) => key.last_used_at !== null && Date.parse(key.last_used_at) >= weekAgo),
        keys: keys.map((key) => ({ name: key.label, last_used_at: key.last_used_at })),
      };
    },

    async get(access: OrganizationAccess, userUuid: string): Promise<OrganizationMember> {
      const member = await findMemberByUserUuid(db, access.organizationId, userUuid);
      if (!member) throw new NotFound();
      return member;
    },

    /** PostHog's level rules (policy.ts); and the last owner is never demoted, even by a racing request. */
    async updateLevel(caller: Caller, access: OrganizationAccess, userUuid: string, input: MemberUpdate, precondition?: Precondition) {
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const { change, target, before } = await beginChange(trx, caller, access, userUuid, precondition);
        const refusal = levelChangeRefusal(change, input.level);
        if (refusal) throw refusal;
        if (input.level === target.level) return before;
        if (input.level < Level.Owner) await assertOwnerRemains(trx, access.organizationId, target);
        await setLevel(trx, target.id, input.level);
        unit.changed('organization', access.organizationId);
        const after = (await findMember(trx, target.id))!;
        unit.audited(memberChange('updated', access.organizationId, before, after));
        return after;
      });
    },

    /** Who may remove whom is policy.ts's removalRefusal. */
    async remove(caller: Caller, access: OrganizationAccess, userUuid: string, precondition?: Precondition): Promise<void> {
      await writes.run(caller, async (unit) => {
        const { trx } = unit;
        const { change, target, before } = await beginChange(trx, caller, access, userUuid, precondition);
        const refusal = removalRefusal(change);
        if (refusal) throw refusal;
        await deleteMembership(trx, { id: target.id, organizationId: access.organizationId, userId: target.user_id });
        unit.changed('organization', access.organizationId);
        unit.audited(memberChange('removed', access.organizationId, before, undefined));
      });
    },

    /** Used by installation flows and `orgbase members add`, not by an HTTP route. */
    async addMember(actor: WriteActor, membership: NewMembership): Promise<OrganizationMember> {
      if (!isUuid(membership.organizationId)) throw refuse.organizationNotFound();
      return writes.run(actor, async (unit) => {
        const { trx } = unit;
        const membershipId = await addMembership(unit, { ...membership, organizationId: membership.organizationId.toLowerCase() });
        const member = (await findMember(trx, membershipId))!;
        unit.audited(memberChange('added', membership.organizationId.toLowerCase(), undefined, member));
        return member;
      });
    },
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
