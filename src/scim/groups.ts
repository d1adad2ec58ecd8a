// SCIM Groups: the organization's roles. A group is upserted by displayName (role names are
// unique in an organization, ignoring case); its members are the role's memberships, and only
// members of the organization can be in one. Groups never change anyone's membership level.
import { auditChange, recordAudit } from '../audit/repository.ts';
import { isUuid, uuidv7 } from '../db/ids.ts';
import type { Db, Executor } from '../db/types.ts';
import { invalidateOrganizationRepresentation } from '../organizations/representation-cache.ts';
import { deleteRoleMembershipsExcept, findActiveMembersByUserUuid, insertMissingRoleMemberships } from '../role-memberships/repository.ts';
import { deleteRole, insertRole, renameRole } from '../roles/repository.ts';
import { SCIM_ERRORS } from './errors.ts';
import { matches, type Filter } from './filter.ts';
import { readGroup } from './input.ts';
import { applyOperations, readOperations } from './patch.ts';
import { findGroup, findGroupByName, listGroups, lockGroup, membersOfGroups, type ScimGroupRow } from './repository.ts';
import { editableCopy, renderGroup, type ScimContext, type ScimResource } from './resources.ts';
import { GROUP_URN } from './schemas.ts';
import type { Page } from './users.ts';

const GROUP_SHAPE = { coreUrn: GROUP_URN, extensionUrns: [], readOnly: ['id', 'meta'], multiValued: ['members'] };

export function createScimGroupService({ db }: { db: Db }) {
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

  /** The role's members become exactly these users, those of them who are members of the organization. */
  async function syncMembers(trx: Executor, context: ScimContext, roleId: string, userIds: string[]): Promise<void> {
    const members = await findActiveMembersByUserUuid(trx, context.organizationId, userIds.filter(isUuid));
    await deleteRoleMembershipsExcept(trx, roleId, members.map((member) => member.user_id));
    await insertMissingRoleMemberships(
      trx,
      roleId,
      members.map((member) => ({ id: uuidv7(), membershipId: member.membership_id, userId: member.user_id })),
    );
  }

  async function audit(trx: Executor, context: ScimContext, verb: string, before: ScimResource | undefined, after: ScimResource | undefined) {
    const snapshot = (resource: ScimResource | undefined) =>
      resource && { displayName: resource.displayName, members: (resource.members as { value: string }[]).map((member) => member.value) };
    const id = (after ?? before)!.id;
    await recordAudit(trx, context.actor, auditChange('scim_group', verb, context.organizationId, id, snapshot(before), snapshot(after)));
  }

  async function finish(trx: Executor, context: ScimContext, roleId: string, verb: string, before: ScimResource | undefined) {
    const after = await render(trx, context, (await findGroup(trx, context.organizationId, roleId))!);
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      await audit(trx, context, verb, before, after);
      // The organization's representation shows nothing of roles but the default role's id;
      // member pages show none: nothing to invalidate beyond a rename of the default role.
      await invalidateOrganizationRepresentation(trx, context.organizationId);
    }
    return after;
  }

  return {
    async list(context: ScimContext, filter: Filter | undefined, page: Page) {
      const rows = await listGroups(db, context.organizationId);
      const members = await membersOfGroups(db, rows.map((row) => row.id));
      const resources = rows.map((row) => renderGroup(context, row, members.get(row.id) ?? [])).filter((resource) => !filter || matches(filter, resource, [GROUP_URN]));
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
      return db.transaction().execute(async (trx) => {
        const existing = await findGroupByName(trx, context.organizationId, desired.displayName, true);
        let before: ScimResource | undefined;
        let roleId: string;
        if (existing) {
          before = await render(trx, context, existing);
          roleId = existing.id;
        } else {
          roleId = (await insertRole(trx, { id: uuidv7(), organizationId: context.organizationId, name: desired.displayName, createdById: null })).id;
        }
        if (desired.members !== undefined) await syncMembers(trx, context, roleId, desired.members);
        return finish(trx, context, roleId, existing ? 'updated' : 'created', before);
      });
    },

    async replace(context: ScimContext, id: string, body: unknown, ifMatch?: string): Promise<ScimResource> {
      return db.transaction().execute(async (trx) => {
        const row = await lockRow(trx, context, id);
        const before = await render(trx, context, row);
        checkVersion(before, ifMatch);
        const desired = readGroup(body);
        await rename(trx, context, row, desired.displayName);
        await syncMembers(trx, context, row.id, desired.members ?? []);
        return finish(trx, context, row.id, 'replaced', before);
      });
    },

    async patch(context: ScimContext, id: string, body: unknown, ifMatch?: string): Promise<ScimResource> {
      const operations = readOperations(body);
      return db.transaction().execute(async (trx) => {
        const row = await lockRow(trx, context, id);
        const before = await render(trx, context, row);
        checkVersion(before, ifMatch);
        if (operations.length === 0) return before;
        const resource = editableCopy(before);
        applyOperations(resource, operations, GROUP_SHAPE);
        const desired = readGroup(resource);
        await rename(trx, context, row, desired.displayName);
        await syncMembers(trx, context, row.id, desired.members ?? []);
        return finish(trx, context, row.id, 'updated', before);
      });
    },

    async remove(context: ScimContext, id: string, ifMatch?: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await lockRow(trx, context, id);
        const before = await render(trx, context, row);
        checkVersion(before, ifMatch);
        await deleteRole(trx, context.organizationId, row.id);
        await invalidateOrganizationRepresentation(trx, context.organizationId);
        await audit(trx, context, 'deleted', before, undefined);
      });
    },
  };
}
