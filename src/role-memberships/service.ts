import type { Caller } from '../access/caller.ts';
import { INSUFFICIENT_LEVEL, type OrganizationAccess } from '../access/organization-rule.ts';
import { auditChange } from '../audit/repository.ts';
import type { UnitOfWork, Writes } from '../writes/unit-of-work.ts';
import { assertPrecondition, type Precondition } from '../domain/precondition.ts';
import { NotFound, PermissionDenied, ValidationError } from '../domain/errors.ts';
import { REFUSAL } from '../domain/refusals.ts';
import type { Page } from '../domain/page.ts';
import { lockRole, roleExists } from '../roles/repository.ts';
import { addRoleMembershipAudited, removeRoleMembershipAudited, type WriteCheck } from './audited-writes.ts';
import {
  countRoleMemberships,
  setRoleMembers,
  findActiveMembersByUserUuid,
  findRoleMembership,
  listRoleMemberships,
  type RoleMembershipSnapshot,
} from './repository.ts';
import type { RoleMembership } from './schemas.ts';

/**
 * What the write's statement checks in its own snapshot: that the caller still holds the level
 * the organization scope admitted them on, which may have come from another process's cache a
 * few milliseconds before a demotion reached it.
 */
const writeCheck = (caller: Caller, access: OrganizationAccess): WriteCheck => ({ userId: caller.user.id, minimum: access.level });

/** The statement found the caller below the level they were admitted on: a demotion raced the write, which did not happen. */
const demotedMeanwhile = () => new PermissionDenied(INSUFFICIENT_LEVEL);

function membershipChange(verb: 'created' | 'deleted', organizationId: string, snapshot: RoleMembershipSnapshot) {
  return verb === 'created'
    ? auditChange('role_membership', verb, organizationId, snapshot.id, undefined, snapshot)
    : auditChange('role_membership', verb, organizationId, snapshot.id, snapshot);
}

/**
 * Memberships of a role. As in PostHog, a role that is not the organization's, like an unknown
 * one, lists as an empty page and refuses an add with 400 "Role does not exist."; retrieving,
 * deleting or replacing its memberships is 404.
 */
export function createRoleMembershipService({ writes }: { writes: Writes }) {
  const { db } = writes;
  return {
    async list(access: OrganizationAccess, roleId: string, page: Page): Promise<{ memberships: RoleMembership[]; count: number }> {
      const [exists, memberships, count] = await Promise.all([
        roleExists(db, access.organizationId, roleId),
        listRoleMemberships(db, access.organizationId, roleId, page),
        countRoleMemberships(db, roleId),
      ]);
      // The count is of the role's memberships wherever the role is: never told about another organization's role.
      if (!exists) return { memberships: [], count: 0 };
      return { memberships, count };
    },

    async get(access: OrganizationAccess, roleId: string, id: string): Promise<RoleMembership> {
      const membership = await findRoleMembership(db, access.organizationId, roleId, id);
      if (!membership) throw new NotFound();
      return membership;
    },

    /**
     * Adds an active member of the organization to the role. Two concurrent adds of one user
     * are settled by the `unique_user_and_role` constraint: the second answers "User is
     * already part of the role." (database-errors.ts), and a role or member deleted meanwhile
     * fails its foreign key the same way.
     */
    async add(caller: Caller, access: OrganizationAccess, roleId: string, userUuid: string): Promise<RoleMembership> {
      const target = { organizationId: access.organizationId, roleId, userUuid: userUuid.toLowerCase() };
      const added = await writes.statement(caller, (unit) => addRoleMembershipAudited(unit, caller, target, writeCheck(caller, access)));
      if (added.outcome === 'rule_not_met') throw demotedMeanwhile();
      if (added.outcome === 'role_not_found') throw new ValidationError(REFUSAL.roleDoesNotExist);
      if (added.outcome === 'not_a_member') throw new ValidationError(REFUSAL.userDoesNotExist);
      return added.membership;
    },

    /** One statement (the delete, its audit row and its event) unless If-Match asks to compare first. */
    async remove(caller: Caller, access: OrganizationAccess, roleId: string, id: string, precondition?: Precondition): Promise<void> {
      const target = { organizationId: access.organizationId, roleId, id };
      const remove = async (unit: UnitOfWork) => {
        const removal = await removeRoleMembershipAudited(unit, caller, target, writeCheck(caller, access));
        if (removal.outcome === 'rule_not_met') throw demotedMeanwhile();
        if (!removal.membership) throw new NotFound();
      };
      if (!precondition) return writes.statement(caller, remove);
      await writes.run(caller, async (unit) => {
        const { trx } = unit;
        const current = await findRoleMembership(trx, access.organizationId, roleId, id);
        if (!current) throw new NotFound();
        assertPrecondition(precondition, current);
        await remove(unit);
      });
    },

    /**
     * Makes the role's members exactly `userUuids`. Members who stay keep their membership
     * (id, joined_at); repeating the call changes nothing. The role row is locked first, so
     * concurrent replacements of this role apply one after another; an add beside one applies
     * as if after it (lockRole says why it does not wait).
     */
    async replace(caller: Caller, access: OrganizationAccess, roleId: string, userUuids: string[]): Promise<RoleMembership[]> {
      const wanted = [...new Set(userUuids.map((uuid) => uuid.toLowerCase()))];
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        if (!(await lockRole(trx, access.organizationId, roleId))) throw new NotFound();
        const members = await findActiveMembersByUserUuid(trx, access.organizationId, wanted);
        if (members.length !== wanted.length) throw new ValidationError(REFUSAL.userDoesNotExist, { attr: 'user_uuids' });
        const { removed, added } = await setRoleMembers(trx, roleId, members);
        for (const membership of removed) unit.audited(membershipChange('deleted', access.organizationId, membership));
        for (const membership of added) unit.audited(membershipChange('created', access.organizationId, membership));
        // The roles page shows each role's members (roles/role-pages.ts).
        if (removed.length > 0 || added.length > 0) unit.changed('roles', access.organizationId);
        // The set it made: an add of another user that committed meanwhile (it does not wait
        // for the role's lock, see lockRole) lands as if after this replacement.
        return listRoleMemberships(
          trx,
          access.organizationId,
          roleId,
          undefined,
          members.map((member) => member.user_id),
        );
      });
    },
  };
}

export type RoleMembershipService = ReturnType<typeof createRoleMembershipService>;
