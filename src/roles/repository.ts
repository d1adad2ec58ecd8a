import { sql, type Selectable } from 'kysely';
import { containsPattern } from '../db/like.ts';
import type { Executor, RolesTable } from '../db/types.ts';
import type { Page } from '../domain/page.ts';
import { toUserBasic, USER_BASIC_COLUMNS } from '../users/repository.ts';
import type { Role, RoleListQuery } from './schemas.ts';

export type RoleRow = Selectable<RolesTable>;

/** A role without its members, which come from role-memberships in one more query. */
export type RoleFields = Omit<Role, 'members'>;

function selectRoles(db: Executor, organizationId: string) {
  return db
    .selectFrom('roles as r')
    .innerJoin('organizations as o', 'o.id', 'r.organization_id')
    .leftJoin('users', 'users.id', 'r.created_by_id')
    .select(USER_BASIC_COLUMNS)
    .select((eb) => [
      'r.id as role_id',
      'r.name',
      'r.created_at',
      eb('o.default_role_id', 'is not distinct from', eb.ref('r.id')).$castTo<boolean>().as('is_default'),
    ])
    .where('r.organization_id', '=', organizationId);
}

type SelectedRole = Awaited<ReturnType<ReturnType<typeof selectRoles>['executeTakeFirstOrThrow']>>;

function toRoleFields(row: SelectedRole): RoleFields {
  const { role_id, name, created_at, is_default, ...creator } = row;
  return {
    id: role_id,
    name,
    created_at,
    created_by: creator.id === null ? null : toUserBasic(creator as Parameters<typeof toUserBasic>[0]),
    is_default,
  };
}

/**
 * Roles in creation order unless `ordering` says otherwise (names ignoring case). Ids are
 * uuidv7, ordered only to the millisecond, so the creation time comes first and the id
 * settles ties.
 */
export async function listRoles(db: Executor, organizationId: string, query: RoleListQuery, page: Page): Promise<RoleFields[]> {
  let select = selectRoles(db, organizationId);
  if (query.search) select = select.where('r.name', 'ilike', containsPattern(query.search));
  const direction = query.ordering?.startsWith('-') ? 'desc' : 'asc';
  if (query.ordering?.endsWith('name')) select = select.orderBy(sql`lower(r.name)`, direction);
  const rows = await select.orderBy('r.created_at', direction).orderBy('r.id', direction).limit(page.limit).offset(page.offset).execute();
  return rows.map(toRoleFields);
}

export async function countRoles(db: Executor, organizationId: string, query: RoleListQuery): Promise<number> {
  const row = await db
    .selectFrom('roles')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .$if(Boolean(query.search), (qb) => qb.where('name', 'ilike', containsPattern(query.search!)))
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function findRole(db: Executor, organizationId: string, roleId: string): Promise<RoleFields | undefined> {
  const row = await selectRoles(db, organizationId).where('r.id', '=', roleId).executeTakeFirst();
  return row && toRoleFields(row);
}

/**
 * Locks the organization's role row against other replacements of its members, renames and
 * its deletion. FOR NO KEY UPDATE, not FOR UPDATE: a concurrent add's foreign-key check takes
 * a key-share lock on the role after inserting its row, and a replacement waiting on that
 * row's unique entry while holding FOR UPDATE deadlocked with it (issue 21). An add running
 * beside a replacement lands as if just after it.
 */
export async function lockRole(trx: Executor, organizationId: string, roleId: string): Promise<RoleRow | undefined> {
  return trx.selectFrom('roles').selectAll().where('id', '=', roleId).where('organization_id', '=', organizationId).forNoKeyUpdate().executeTakeFirst();
}

export async function insertRole(trx: Executor, role: { id: string; organizationId: string; name: string; createdById: number | null }): Promise<RoleRow> {
  return trx
    .insertInto('roles')
    .values({ id: role.id, organization_id: role.organizationId, name: role.name, created_by_id: role.createdById })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function renameRole(trx: Executor, roleId: string, name: string): Promise<RoleRow> {
  return trx.updateTable('roles').set({ name }).where('id', '=', roleId).returningAll().executeTakeFirstOrThrow();
}

/** Deletes the role; its memberships go with it and a default role setting is cleared (foreign keys). */
export async function deleteRole(trx: Executor, organizationId: string, roleId: string): Promise<RoleRow | undefined> {
  return trx.deleteFrom('roles').where('id', '=', roleId).where('organization_id', '=', organizationId).returningAll().executeTakeFirst();
}

export async function roleExists(db: Executor, organizationId: string, roleId: string): Promise<boolean> {
  const row = await db.selectFrom('roles').select('id').where('id', '=', roleId).where('organization_id', '=', organizationId).executeTakeFirst();
  return row !== undefined;
}
