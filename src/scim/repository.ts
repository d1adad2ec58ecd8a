import { sql } from 'kysely';
import { uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { ScimLogEntry, ScimLogQuery } from '../domains/schemas.ts';

/** A user as SCIM sees it through one domain: a member of its organization, or provisioned by it. */
export interface ScimUserRow {
  id: number;
  uuid: string;
  email: string;
  first_name: string;
  last_name: string;
  date_joined: string;
  membership_id: string | null;
  level: number | null;
  membership_updated_at: string | null;
  record_id: string | null;
  user_name: string | null;
  external_id: string | null;
  record_created_at: string | null;
  record_updated_at: string | null;
}

function selectScimUsers(db: Executor, organizationId: string, domainId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('organization_memberships as m', (join) => join.onRef('m.user_id', '=', 'u.id').on('m.organization_id', '=', organizationId))
    .leftJoin('scim_provisioned_users as s', (join) => join.onRef('s.user_id', '=', 'u.id').on('s.domain_id', '=', domainId))
    .select([
      'u.id',
      'u.uuid',
      'u.email',
      'u.first_name',
      'u.last_name',
      'u.date_joined',
      'm.id as membership_id',
      'm.level',
      'm.updated_at as membership_updated_at',
      's.id as record_id',
      's.user_name',
      's.external_id',
      's.created_at as record_created_at',
      's.updated_at as record_updated_at',
    ])
    .where((eb) => eb.or([eb('m.id', 'is not', null), eb('s.id', 'is not', null)]));
}

/** Every user the domain's SCIM sees, oldest first; narrowed to one userName when given. */
export async function listScimUsers(db: Executor, organizationId: string, domainId: string, userName?: string): Promise<ScimUserRow[]> {
  let query = selectScimUsers(db, organizationId, domainId);
  if (userName !== undefined) query = query.where(sql`lower(coalesce(s.user_name, u.email))`, '=', userName.toLowerCase());
  return query.orderBy('u.id').execute();
}

export async function findScimUser(db: Executor, organizationId: string, domainId: string, userUuid: string): Promise<ScimUserRow | undefined> {
  return selectScimUsers(db, organizationId, domainId).where('u.uuid', '=', userUuid).executeTakeFirst();
}

export async function findScimUserById(db: Executor, organizationId: string, domainId: string, userId: number): Promise<ScimUserRow | undefined> {
  return selectScimUsers(db, organizationId, domainId).where('u.id', '=', userId).executeTakeFirst();
}

/** The roles each user holds in the organization, by user id. */
export async function rolesOfUsers(db: Executor, organizationId: string, userIds: number[]): Promise<Map<number, { id: string; name: string }[]>> {
  const roles = new Map<number, { id: string; name: string }[]>();
  if (userIds.length === 0) return roles;
  const rows = await db
    .selectFrom('role_memberships as rm')
    .innerJoin('roles as r', 'r.id', 'rm.role_id')
    .select(['rm.user_id', 'r.id', 'r.name'])
    .where('r.organization_id', '=', organizationId)
    .where('rm.user_id', 'in', userIds)
    .orderBy('r.name')
    .execute();
  for (const row of rows) {
    let list = roles.get(row.user_id);
    if (!list) roles.set(row.user_id, (list = []));
    list.push({ id: row.id, name: row.name });
  }
  return roles;
}

/** The domain's record of a userName, whichever user holds it. */
export async function findRecordByUserName(db: Executor, domainId: string, userName: string) {
  return db
    .selectFrom('scim_provisioned_users')
    .selectAll()
    .where('domain_id', '=', domainId)
    .where(sql`lower(user_name)`, '=', userName.toLowerCase())
    .executeTakeFirst();
}

export async function upsertRecord(
  trx: Executor,
  record: { domainId: string; userId: number; userName: string; externalId: string | null; active: boolean },
): Promise<void> {
  await trx
    .insertInto('scim_provisioned_users')
    .values({
      id: uuidv7(),
      domain_id: record.domainId,
      user_id: record.userId,
      user_name: record.userName,
      external_id: record.externalId,
      active: record.active,
    })
    .onConflict((conflict) =>
      conflict.constraint('scim_provisioned_users_domain_user_key').doUpdateSet({
        user_name: record.userName,
        external_id: record.externalId,
        active: record.active,
        updated_at: sql<string>`now()`,
      }),
    )
    .execute();
}

export async function deleteRecord(trx: Executor, domainId: string, userId: number): Promise<void> {
  await trx.deleteFrom('scim_provisioned_users').where('domain_id', '=', domainId).where('user_id', '=', userId).execute();
}

// Groups: the organization's roles.

export interface ScimGroupRow {
  id: string;
  name: string;
  created_at: string;
}

export async function listGroups(db: Executor, organizationId: string): Promise<ScimGroupRow[]> {
  return db
    .selectFrom('roles')
    .select(['id', 'name', 'created_at'])
    .where('organization_id', '=', organizationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findGroup(db: Executor, organizationId: string, roleId: string): Promise<ScimGroupRow | undefined> {
  return db.selectFrom('roles').select(['id', 'name', 'created_at']).where('organization_id', '=', organizationId).where('id', '=', roleId).executeTakeFirst();
}

export async function lockGroup(trx: Executor, organizationId: string, roleId: string): Promise<ScimGroupRow | undefined> {
  return trx
    .selectFrom('roles')
    .select(['id', 'name', 'created_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', roleId)
    .forUpdate()
    .executeTakeFirst();
}

/** The role of this name, ignoring case: role names are unique that way in an organization. */
export async function findGroupByName(db: Executor, organizationId: string, name: string, forUpdate = false): Promise<ScimGroupRow | undefined> {
  let query = db
    .selectFrom('roles')
    .select(['id', 'name', 'created_at'])
    .where('organization_id', '=', organizationId)
    .where(sql`lower(name)`, '=', name.toLowerCase());
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Each role's members (user uuid and email), in the order they joined. */
export async function membersOfGroups(db: Executor, roleIds: string[]): Promise<Map<string, { uuid: string; email: string }[]>> {
  const members = new Map<string, { uuid: string; email: string }[]>();
  if (roleIds.length === 0) return members;
  const rows = await db
    .selectFrom('role_memberships as rm')
    .innerJoin('users as u', 'u.id', 'rm.user_id')
    .select(['rm.role_id', 'u.uuid', 'u.email'])
    .where('rm.role_id', 'in', roleIds)
    .orderBy('rm.joined_at')
    .orderBy('rm.id')
    .execute();
  for (const row of rows) {
    let list = members.get(row.role_id);
    if (!list) members.set(row.role_id, (list = []));
    list.push({ uuid: row.uuid, email: row.email });
  }
  return members;
}

// Request logs.

export interface ScimLogRow {
  domainId: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  requestBody: unknown;
  status: number;
  responseBody: unknown;
  identityProvider: string;
  durationMs: number;
}

export async function insertScimLog(db: Executor, row: ScimLogRow): Promise<void> {
  await db
    .insertInto('scim_request_logs')
    .values({
      id: uuidv7(),
      domain_id: row.domainId,
      request_method: row.method,
      request_path: row.path,
      request_headers: JSON.stringify(row.headers),
      request_body: row.requestBody === undefined ? null : JSON.stringify(row.requestBody),
      response_status: row.status,
      response_body: row.responseBody === undefined ? null : JSON.stringify(row.responseBody),
      identity_provider: row.identityProvider,
      duration_ms: row.durationMs,
    })
    .execute();
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** `searchTerms`: the search and its masked form (bodies are stored masked, so both find them, as in PostHog). */
function filtered(db: Executor, domainId: string, query: ScimLogQuery, searchTerms: string[]) {
  let select = db.selectFrom('scim_request_logs').where('domain_id', '=', domainId);
  if (query.status_min !== undefined) select = select.where('response_status', '>=', query.status_min);
  if (query.status_max !== undefined) select = select.where('response_status', '<=', query.status_max);
  if (query.after) select = select.where('created_at', '>=', query.after);
  if (query.before) select = select.where('created_at', '<=', query.before);
  if (searchTerms.length > 0) {
    const terms = [...new Set(searchTerms)].map((term) => `%${escapeLike(term.toLowerCase())}%`);
    select = select.where((eb) =>
      eb.or(terms.flatMap((term) => [eb(sql`lower(request_path)`, 'like', term), eb(sql`lower(coalesce(request_body::text, ''))`, 'like', term)])),
    );
  }
  return select;
}

export async function listScimLogs(db: Executor, domainId: string, query: ScimLogQuery, searchTerms: string[], limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    filtered(db, domainId, query, searchTerms).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    filtered(db, domainId, query, searchTerms)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  const entries: ScimLogEntry[] = rows.map((row) => ({
    id: row.id,
    request_method: row.request_method,
    request_path: row.request_path,
    request_headers: row.request_headers as Record<string, string>,
    request_body: row.request_body ?? null,
    response_status: row.response_status,
    response_body: row.response_body ?? null,
    identity_provider: row.identity_provider,
    duration_ms: row.duration_ms,
    created_at: row.created_at,
  }));
  return { entries, count: Number(total.count) };
}

/** Logs older than PostHog's 180 days are dropped as new ones arrive. */
export async function pruneScimLogs(db: Executor, domainId: string): Promise<void> {
  await db.deleteFrom('scim_request_logs').where('domain_id', '=', domainId).where('created_at', '<', sql<string>`now() - interval '180 days'`).execute();
}
