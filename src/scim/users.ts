// SCIM Users: members of the domain's organization. Provisioning makes a member (never more),
// deactivation and DELETE take the membership away at once on every process (the membership
// is read on every request; caches hear it on the invalidation channel), and the user and
// their other organizations stay.
import { randomBytes } from 'node:crypto';
import { Level } from '../access/levels.ts';
import { auditChange } from '../audit/repository.ts';
import { isUuid, uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { UnitOfWork, Writes } from '../writes/unit-of-work.ts';
import { verifiedDomainNames } from '../domains/repository.ts';
import { countOtherActiveOwners, deleteMembership, findMemberByUserUuid, insertMembership, organizationsShowingUser } from '../members/repository.ts';
import type { OrganizationMember } from '../members/schemas.ts';
import { findOrganizationRow, lockOrganization } from '../organizations/repository.ts';
import { insertRoleMembership } from '../role-memberships/repository.ts';
import { listKeysOfUser } from '../personal-api-keys/repository.ts';
import { findUserByEmail, insertUser, lockUser, setVerifiedEmail, updateNames } from '../users/repository.ts';
import { SCIM_ERRORS } from './errors.ts';
import { matches, userNameEquals, type Filter } from './filter.ts';
import { emailInDomains, readUser, type DesiredUser } from './input.ts';
import { applyOperations, readOperations } from './patch.ts';
import {
  deleteRecord,
  findRecordByUserName,
  findScimUser,
  findScimUserById,
  listScimUsers,
  rolesOfUsers,
  upsertRecord,
  type ScimUserRow,
} from './repository.ts';
import { editableCopy, renderUser, type ScimContext, type ScimResource } from './resources.ts';
import { ENTERPRISE_USER_URN, USER_URN } from './schemas.ts';

const USER_SHAPE = {
  coreUrn: USER_URN,
  extensionUrns: [ENTERPRISE_USER_URN],
  readOnly: ['id', 'meta', 'groups'],
  multiValued: ['emails', 'phoneNumbers', 'addresses', 'ims', 'photos', 'entitlements', 'roles', 'x509Certificates', 'groups'],
};

/** What an audit row keeps of a SCIM user. */
const snapshot = (row: ScimUserRow) => ({
  user_uuid: row.uuid,
  userName: row.user_name ?? row.email,
  email: row.email,
  givenName: row.first_name,
  familyName: row.last_name,
  externalId: row.external_id,
  active: row.membership_id !== null,
});

/** Makes the user a plain member; while the organization has a default role they join it, as any new member. */
async function addMember(unit: UnitOfWork, organizationId: string, userId: number): Promise<void> {
  const { trx } = unit;
  const organization = await findOrganizationRow(trx, organizationId);
  const membershipId = uuidv7();
  await insertMembership(trx, { id: membershipId, organizationId, userId, level: Level.Member });
  if (organization?.default_role_id) await insertRoleMembership(trx, { id: uuidv7(), roleId: organization.default_role_id, userId, membershipId });
  unit.changed('organization', organizationId);
}

export interface Page {
  startIndex: number;
  count: number;
}

export function createScimUserService({ writes }: { writes: Writes }) {
  const { db } = writes;
  async function render(executor: Executor, context: ScimContext, row: ScimUserRow): Promise<ScimResource> {
    const roles = await rolesOfUsers(executor, context.organizationId, [row.id]);
    return renderUser(context, row, roles.get(row.id) ?? []);
  }

  async function requireRow(executor: Executor, context: ScimContext, id: string): Promise<ScimUserRow> {
    const row = isUuid(id) ? await findScimUser(executor, context.organizationId, context.domain.id, id.toLowerCase()) : undefined;
    if (!row) throw SCIM_ERRORS.userNotFound();
    return row;
  }

  /** The user locked for this transaction, read again under the lock. */
  async function lockRow(trx: Executor, context: ScimContext, id: string): Promise<ScimUserRow> {
    const row = await requireRow(trx, context, id);
    await lockUser(trx, row.id);
    return (await findScimUserById(trx, context.organizationId, context.domain.id, row.id)) ?? Promise.reject(SCIM_ERRORS.userNotFound());
  }

  function checkVersion(resource: ScimResource, ifMatch: string | undefined): void {
    if (ifMatch === undefined) return;
    const tags = ifMatch.split(',').map((tag) => tag.trim());
    if (!tags.includes('*') && !tags.includes(resource.meta.version)) throw SCIM_ERRORS.preconditionFailed();
  }

  /** Takes the membership away: the user's keys lose the organization on every process at commit. */
  async function deprovision(unit: UnitOfWork, context: ScimContext, row: ScimUserRow): Promise<void> {
    const { trx } = unit;
    if (row.membership_id === null) return;
    if (row.level === Level.Owner) {
      await lockOrganization(trx, context.organizationId);
      if ((await countOtherActiveOwners(trx, context.organizationId, row.membership_id)) === 0) {
        throw SCIM_ERRORS.mutability('The last owner of the organization cannot be deprovisioned');
      }
    }
    await deleteMembership(trx, { id: row.membership_id, organizationId: context.organizationId, userId: row.id });
    unit.changed('organization', context.organizationId);
    unit.changed(
      'key',
      (await listKeysOfUser(trx, row.id)).map((key) => key.id),
    );
  }

  /** Brings the user to `desired` (names, email, SCIM record, membership). */
  async function applyState(unit: UnitOfWork, context: ScimContext, row: ScimUserRow, desired: DesiredUser): Promise<void> {
    const { trx } = unit;
    const emailChanged = desired.email.toLowerCase() !== row.email.toLowerCase();
    const namesChanged = desired.givenName !== row.first_name || desired.familyName !== row.last_name;
    if (emailChanged || namesChanged || desired.email !== row.email) {
      // Names and the email are the user's everywhere: only an organization that owns the
      // user's email domain may change them, and only to an address in a domain it owns.
      const owned = await verifiedDomainNames(trx, context.organizationId);
      if (!emailInDomains(row.email, owned)) {
        throw SCIM_ERRORS.mutability(`The user's email is not in a verified domain of this organization: its name and email cannot be changed here`);
      }
      if (emailChanged) {
        if (!emailInDomains(desired.email, owned)) throw SCIM_ERRORS.invalidUser("the email's domain is not a verified domain of this organization");
        const holder = await findUserByEmail(trx, desired.email);
        if (holder && holder.id !== row.id) throw SCIM_ERRORS.emailTaken();
      }
      if (desired.email !== row.email) await setVerifiedEmail(trx, row.id, desired.email);
      if (namesChanged) await updateNames(trx, row.id, { first_name: desired.givenName, last_name: desired.familyName });
      unit.changed('organization', await organizationsShowingUser(trx, row.id));
      // Their own answer (@me), whether or not they are in an organization now.
      unit.changed('user', String(row.id));
    }
    if (desired.userName.toLowerCase() !== (row.user_name ?? '').toLowerCase()) {
      const holder = await findRecordByUserName(trx, context.domain.id, desired.userName);
      if (holder && holder.user_id !== row.id) throw SCIM_ERRORS.userExists();
    }
    await upsertRecord(trx, {
      domainId: context.domain.id,
      userId: row.id,
      userName: desired.userName,
      externalId: desired.externalId,
      active: desired.active,
    });
    if (desired.active && row.membership_id === null) {
      await addMember(unit, context.organizationId, row.id);
    } else if (!desired.active) {
      await deprovision(unit, context, row);
    }
  }

  /** The member as the members API answers it, or undefined while the user is not one. */
  const memberOf = (trx: Executor, context: ScimContext, row: ScimUserRow) => findMemberByUserUuid(trx, context.organizationId, row.uuid);

  /**
   * The change's `scim_user.*` audit row; its event is the membership's, as the members API
   * answers it: added, removed, or updated (names, email), and none when it did not change.
   */
  async function audit(
    unit: UnitOfWork,
    context: ScimContext,
    verb: string,
    before: ScimUserRow | undefined,
    after: ScimUserRow | undefined,
    memberBefore: OrganizationMember | undefined,
  ) {
    const target = (after ?? before)!;
    const memberAfter = after ? await memberOf(unit.trx, context, after) : undefined;
    const event =
      memberBefore === undefined
        ? memberAfter && { type: 'member.added' as const, data: memberAfter }
        : memberAfter === undefined
          ? { type: 'member.removed' as const, data: memberBefore }
          : JSON.stringify(memberBefore) === JSON.stringify(memberAfter)
            ? undefined
            : { type: 'member.updated' as const, data: { before: memberBefore, after: memberAfter } };
    unit.audited(auditChange('scim_user', verb, context.organizationId, target.uuid, before && snapshot(before), after && snapshot(after)), event ?? null);
  }

  const reread = async (trx: Executor, context: ScimContext, userId: number) =>
    (await findScimUserById(trx, context.organizationId, context.domain.id, userId))!;

  /** The verb an audit row names for a change from `before` to `after`. */
  const verbOf = (before: ScimUserRow, after: ScimUserRow, fallback: string) =>
    before.membership_id !== null && after.membership_id === null
      ? 'deactivated'
      : before.membership_id === null && after.membership_id !== null
        ? 'reactivated'
        : fallback;

  return {
    async list(context: ScimContext, filter: Filter | undefined, page: Page) {
      const userName = filter && userNameEquals(filter);
      const rows = await listScimUsers(db, context.organizationId, context.domain.id, userName);
      const roles = await rolesOfUsers(
        db,
        context.organizationId,
        rows.map((row) => row.id),
      );
      const resources = rows
        .map((row) => renderUser(context, row, roles.get(row.id) ?? []))
        .filter((resource) => !filter || matches(filter, resource, [USER_URN]));
      return { total: resources.length, resources: resources.slice(page.startIndex - 1, page.startIndex - 1 + page.count) };
    },

    async get(context: ScimContext, id: string): Promise<ScimResource> {
      return render(db, context, await requireRow(db, context, id));
    },

    async create(context: ScimContext, body: unknown): Promise<ScimResource> {
      const desired = readUser(body);
      const owned = await verifiedDomainNames(db, context.organizationId);
      if (!emailInDomains(desired.email, owned)) throw SCIM_ERRORS.invalidUser("the email's domain is not a verified domain of this organization");
      return writes.run(context.actor, async (unit) => {
        const { trx } = unit;
        if (await findRecordByUserName(trx, context.domain.id, desired.userName)) throw SCIM_ERRORS.userExists();
        let user = await findUserByEmail(trx, desired.email);
        if (user) {
          await lockUser(trx, user.id);
          const existing = await findScimUserById(trx, context.organizationId, context.domain.id, user.id);
          if (existing?.record_id) throw SCIM_ERRORS.userExists();
          // An existing user is adopted; names change only where the body gives them (as PostHog).
          if (!desired.givenName) desired.givenName = user.first_name;
          if (!desired.familyName) desired.familyName = user.last_name;
        } else {
          user = await insertUser(trx, {
            uuid: uuidv7(),
            email: desired.email,
            firstName: desired.givenName,
            lastName: desired.familyName,
            distinctId: randomBytes(24).toString('base64url'),
          });
          await setVerifiedEmail(trx, user.id, desired.email);
        }
        const before = await findScimUserById(trx, context.organizationId, context.domain.id, user.id);
        const memberBefore = before && (await memberOf(trx, context, before));
        const row: ScimUserRow = before ?? {
          id: user.id,
          uuid: user.uuid,
          email: desired.email,
          first_name: desired.givenName,
          last_name: desired.familyName,
          date_joined: user.date_joined,
          membership_id: null,
          level: null,
          membership_updated_at: null,
          record_id: null,
          user_name: null,
          external_id: null,
          record_created_at: null,
          record_updated_at: null,
        };
        await applyState(unit, context, row, desired);
        const after = await reread(trx, context, user.id);
        await audit(unit, context, 'provisioned', before, after, memberBefore);
        return render(trx, context, after);
      });
    },

    async replace(context: ScimContext, id: string, body: unknown, ifMatch?: string): Promise<ScimResource> {
      return writes.run(context.actor, async (unit) => {
        const { trx } = unit;
        const before = await lockRow(trx, context, id);
        checkVersion(await render(trx, context, before), ifMatch);
        const memberBefore = await memberOf(trx, context, before);
        await applyState(unit, context, before, readUser(body));
        const after = await reread(trx, context, before.id);
        await audit(unit, context, verbOf(before, after, 'replaced'), before, after, memberBefore);
        return render(trx, context, after);
      });
    },

    async patch(context: ScimContext, id: string, body: unknown, ifMatch?: string): Promise<ScimResource> {
      const operations = readOperations(body);
      return writes.run(context.actor, async (unit) => {
        const { trx } = unit;
        const before = await lockRow(trx, context, id);
        const current = await render(trx, context, before);
        checkVersion(current, ifMatch);
        if (operations.length === 0) return current;
        const resource = editableCopy(current);
        applyOperations(resource, operations, USER_SHAPE);
        const memberBefore = await memberOf(trx, context, before);
        await applyState(unit, context, before, readUser(resource));
        const after = await reread(trx, context, before.id);
        await audit(unit, context, verbOf(before, after, 'updated'), before, after, memberBefore);
        return render(trx, context, after);
      });
    },

    async remove(context: ScimContext, id: string, ifMatch?: string): Promise<void> {
      await writes.run(context.actor, async (unit) => {
        const { trx } = unit;
        const before = await lockRow(trx, context, id);
        checkVersion(await render(trx, context, before), ifMatch);
        const memberBefore = await memberOf(trx, context, before);
        await deprovision(unit, context, before);
        await deleteRecord(trx, context.domain.id, before.id);
        await audit(unit, context, 'deleted', before, undefined, memberBefore);
      });
    },
  };
}

export type ScimUserService = ReturnType<typeof createScimUserService>;
