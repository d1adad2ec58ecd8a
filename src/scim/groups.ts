// SCIM Groups: the organization's roles. A group is upserted by displayName (role names are
// unique in an organization, ignoring case); its members are the role's memberships, and only
// members of the organization can be in one. Groups never change anyone's membership level.
import { auditChange } from '../audit/repository.ts';
import { isUuid, uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { EventOverride, UnitOfWork, Writes } from '../writes/unit-of-work.ts';
import { findActiveMembersByUserUuid, setRoleMembers } from '../role-memberships/repository.ts';
import { deleteRole, findRole, insertRole, renameRole } from '../roles/repository.ts';
import { SCIM_ERRORS } from './errors.ts';
import { matches, type Filter } from './filter.ts';
import { readGroup } from './input.ts';
import { applyOperations, readOperations } from './patch.ts';
import { findGroup, findGroupByName, listGroups, lockGroup, membersOfGroups, type ScimGroupRow } from './repository.ts';
import { editableCopy, renderGroup, type ScimContext, type ScimResource } from './resources.ts';
import { GROUP_URN } from './schemas.ts';
import type { Page } from './users.ts';

const GROUP_SHAPE = { coreUrn: GROUP_URN, extensionUrns: [], readOnly: ['id', 'meta'], multiValued: ['members'] };

export function createScimGroupService({ writes }: { writes: Writes }) {
  const { db } = writes;
  async function render(executor: Executor, context: ScimContext, row: ScimGroupRow): Promise<ScimResource> {
    const members = await membersOfGroups(executor, [row.id]);
    return renderGroup(context, row, members.get(row.id) ?? []);
  }

  async function lockRow(trx: Executor, context: ScimContext, id: string): Promise<ScimGroupRow> {
    const row = isUuid(id) ? await lockGroup(trx, context.organizationId, id.toLowerCase()) : undefined;
    if (!row) throw SCIM_ERRORS.groupNotFound();
    return row;
  }

  function checkVersion(resource: ScimResource, ifMatch: string | undefined): void {
    if (ifMatch === undefined) return;
    const tags = ifMatch.split(',').map((tag) => tag.trim());
    if (!tags.includes('*') && !tags.includes(resource.meta.version)) throw SCIM_ERRORS.preconditionFailed();
  }

  async function rename(trx: Executor, context: ScimContext, row: ScimGroupRow, name: string): Promise<void> {
    if (name === row.name) return;
    const holder = await findGroupByName(trx, context.organizationId, name);
    if (holder && holder.id !== row.id) throw SCIM_ERRORS.groupNameTaken();
    await renameRole(trx, row.id, name);
  }

  /**
   * The role's members become exactly these users, those of them who are members of the
   * organization. The audit log records the group as a whole; the feed, each membership.
   */
  async function syncMembers(unit: UnitOfWork, context: ScimContext, roleId: string, userIds: string[]): Promise<EventOverride[]> {
    const { trx } = unit;
    const members = await findActiveMembersByUserUuid(trx, context.organizationId, userIds.filter(isUuid));
    const { removed, added } = await setRoleMembers(trx, roleId, members);
    return [
      ...removed.map((membership) => ({ type: 'role_membership.deleted' as const, data: membership })),
      ...added.map((membership) => ({ type: 'role_membership.created' as const, data: membership })),
    ];
  }

  /** The group's audit row; its event is the role's, as the roles API answers it. */
  function audit(
    unit: UnitOfWork,
    context: ScimContext,
    verb: string,
    before: ScimResource | undefined,
    after: ScimResource | undefined,
    role: { before?: unknown; after?: unknown },
  ) {
    const snapshot = (resource: ScimResource | undefined) =>
      resource && { displayName: resource.displayName, members: (resource.members as { value: string }[]).map((member) => member.value) };
    const id = (after ?? before)!.id;
    const event =
      role.before === undefined
        ? { type: 'role.created' as const, data: role.after }
        : role.after === undefined
          ? { type: 'role.deleted' as const, data: role.before }
          : JSON.stringify(role.before) === JSON.stringify(role.after)
            ? null
            : { type: 'role.updated' as const, data: { before: role.before, after: role.after } };
    unit.audited(auditChange('scim_group', verb, context.organizationId, id, snapshot(before), snapshot(after)), event);
  }

  /** Records the group's change, then its memberships' events (after the role's own: a new role exists before its members). */
  async function finish(
    unit: UnitOfWork,
    context: ScimContext,
    roleId: string,
    verb: string,
    before: ScimResource | undefined,
    roleBefore: unknown,
    memberships: EventOverride[],
  ) {
    const { trx } = unit;
    const after = await render(trx, context, (await findGroup(trx, context.organizationId, roleId))!);
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      audit(unit, context, verb, before, after, { before: roleBefore, after: await findRole(trx, context.organizationId, roleId) });
      for (const event of memberships) unit.emitted(context.organizationId, event);
      // The roles page (each role with its members) is cached with the organization.
      unit.changed('organization', context.organizationId);
    }
    return after;
  }

  return {
    async list(context: ScimContext, filter: Filter | undefined, page: Page) {
      const rows = await listGroups(db, context.organizationId);
      const members = await membersOfGroups(
        db,
        rows.map((row) => row.id),
      );
      const resources = rows
        .map((row) => renderGroup(context, row, members.get(row.id) ?? []))
        .filter((resource) => !filter || matches(filter, resource, [GROUP_URN]));
      return { total: resources.length, resources: resources.slice(page.startIndex - 1, page.startIndex - 1 + page.count) };
    },

    async get(context: ScimContext, id: string): Promise<ScimResource> {
      const row = isUuid(id) ? await findGroup(db, context.organizationId, id.toLowerCase()) : undefined;
      if (!row) throw SCIM_ERRORS.groupNotFound();
      return render(db, context, row);
    },

    /** Upserts by displayName: an existing role of that name is reused (201 either way, as PostHog). */
    async create(context: ScimContext, body: unknown): Promise<ScimResource> {
      const desired = readGroup(body);
      return writes.run(context.actor, async (unit) => {
        const { trx } = unit;
        const existing = await findGroupByName(trx, context.organizationId, desired.displayName, true);
        let before: ScimResource | undefined;
        let roleBefore: unknown;
        let roleId: string;
        if (existing) {
          before = await render(trx, context, existing);
          roleBefore = await findRole(trx, context.organizationId, existing.id);
          roleId = existing.id;
        } else {
          roleId = (await insertRole(trx, { id: uuidv7(), organizationId: context.organizationId, name: desired.displayName, createdById: null })).id;
        }
        const memberships = desired.members === undefined ? [] : await syncMembers(unit, context, roleId, desired.members);
        return finish(unit, context, roleId, existing ? 'updated' : 'created', before, roleBefore, memberships);
      });
    },

    async replace(context: ScimContext, id: string, body: unknown, ifMatch?: string): Promise<ScimResource> {
      return writes.run(context.actor, async (unit) => {
        const { trx } = unit;
        const row = await lockRow(trx, context, id);
        const before = await render(trx, context, row);
        checkVersion(before, ifMatch);
        const roleBefore = await findRole(trx, context.organizationId, row.id);
        const desired = readGroup(body);
        await rename(trx, context, row, desired.displayName);
        const memberships = await syncMembers(unit, context, row.id, desired.members ?? []);
        return finish(unit, context, row.id, 'replaced', before, roleBefore, memberships);
      });
    },

    async patch(context: ScimContext, id: string, body: unknown, ifMatch?: string): Promise<ScimResource> {
      const operations = readOperations(body);
      return writes.run(context.actor, async (unit) => {
        const { trx } = unit;
        const row = await lockRow(trx, context, id);
        const before = await render(trx, context, row);
        checkVersion(before, ifMatch);
        if (operations.length === 0) return before;
        const resource = editableCopy(before);
        applyOperations(resource, operations, GROUP_SHAPE);
        const desired = readGroup(resource);
        const roleBefore = await findRole(trx, context.organizationId, row.id);
        await rename(trx, context, row, desired.displayName);
        const memberships = await syncMembers(unit, context, row.id, desired.members ?? []);
        return finish(unit, context, row.id, 'updated', before, roleBefore, memberships);
      });
    },

    async remove(context: ScimContext, id: string, ifMatch?: string): Promise<void> {
      await writes.run(context.actor, async (unit) => {
        const { trx } = unit;
        const row = await lockRow(trx, context, id);
        const before = await render(trx, context, row);
        checkVersion(before, ifMatch);
        const roleBefore = await findRole(trx, context.organizationId, row.id);
        await deleteRole(trx, context.organizationId, row.id);
        unit.changed('organization', context.organizationId);
        audit(unit, context, 'deleted', before, undefined, { before: roleBefore });
      });
    },
  };
}
