import type { Caller } from '../access/caller.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { auditChange } from '../audit/repository.ts';
import { uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import { assertPrecondition, type Precondition } from '../domain/precondition.ts';
import { NotFound } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import { listMembershipsOfRoles } from '../role-memberships/repository.ts';
import { countRoles, deleteRole, findRole, insertRole, listRoles, lockRole, renameRole, type RoleFields, type RoleRow } from './repository.ts';
import type { Role, RoleCreate, RoleListQuery, RoleUpdate } from './schemas.ts';

function roleChange(verb: string, organizationId: string, roleId: string, before: RoleRow | undefined, after: RoleRow | undefined) {
  const snapshot = (row: RoleRow | undefined) => row && { id: row.id, name: row.name, created_at: row.created_at, created_by_id: row.created_by_id };
  return auditChange('role', verb, organizationId, roleId, snapshot(before), snapshot(after));
}

async function withMembers(db: Executor, organizationId: string, roles: RoleFields[]): Promise<Role[]> {
  const members = await listMembershipsOfRoles(
    db,
    organizationId,
    roles.map((role) => role.id),
  );
  return roles.map((role) => ({ ...role, members: members.get(role.id) ?? [] }));
}

/** The role as a GET answers it, for If-Match. */
async function represent(db: Executor, organizationId: string, roleId: string): Promise<Role> {
  const role = (await findRole(db, organizationId, roleId))!;
  return (await withMembers(db, organizationId, [role]))[0]!;
}

/**
 * Roles of an organization. Callers pass the access the route resolved; who may read or write
 * is declared on the routes, as PostHog checks it before looking at the request body.
 */
export function createRoleService({ writes }: { writes: Writes }) {
  const { db } = writes;
  return {
    async list(access: OrganizationAccess, query: RoleListQuery, page: Page): Promise<{ roles: Role[]; count: number }> {
      const [roles, count] = await Promise.all([listRoles(db, access.organizationId, query, page), countRoles(db, access.organizationId, query)]);
      return { roles: await withMembers(db, access.organizationId, roles), count };
    },

    async get(access: OrganizationAccess, roleId: string): Promise<Role> {
      const role = await findRole(db, access.organizationId, roleId);
      if (!role) throw new NotFound();
      return (await withMembers(db, access.organizationId, [role]))[0]!;
    },

    /** The name's uniqueness (ignoring case) is the database's `roles_organization_name_key`. */
    async create(caller: Caller, access: OrganizationAccess, input: RoleCreate): Promise<Role> {
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const row = await insertRole(trx, {
          id: uuidv7(),
          organizationId: access.organizationId,
          name: input.name.trim(),
          createdById: caller.user.id,
        });
        unit.audited(roleChange('created', access.organizationId, row.id, undefined, row));
        // The roles page is cached per organization (roles/role-pages.ts).
        unit.changed('roles', access.organizationId);
        const role = (await findRole(trx, access.organizationId, row.id))!;
        return { ...role, members: [] };
      });
    },

    async update(caller: Caller, access: OrganizationAccess, roleId: string, input: RoleUpdate, precondition?: Precondition): Promise<Role> {
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await lockRole(trx, access.organizationId, roleId);
        if (!before) throw new NotFound();
        if (precondition) assertPrecondition(precondition, await represent(trx, access.organizationId, roleId));
        const name = input.name?.trim();
        if (name !== undefined && name !== before.name) {
          const after = await renameRole(trx, roleId, name);
          unit.audited(roleChange('updated', access.organizationId, roleId, before, after));
          unit.changed('roles', access.organizationId);
        }
        const role = (await findRole(trx, access.organizationId, roleId))!;
        return (await withMembers(trx, access.organizationId, [role]))[0]!;
      });
    },

    async remove(caller: Caller, access: OrganizationAccess, roleId: string, precondition?: Precondition): Promise<void> {
      await writes.run(caller, async (unit) => {
        const { trx } = unit;
        if (precondition) {
          if (!(await lockRole(trx, access.organizationId, roleId))) throw new NotFound();
          assertPrecondition(precondition, await represent(trx, access.organizationId, roleId));
        }
        const before = await deleteRole(trx, access.organizationId, roleId);
        if (!before) throw new NotFound();
        // The roles page, and the organization's default_role_id may have been this role (ON DELETE SET NULL).
        unit.changed('organization', access.organizationId);
        unit.audited(roleChange('deleted', access.organizationId, roleId, before, undefined));
      });
    },
  };
}

export type RoleService = ReturnType<typeof createRoleService>;
