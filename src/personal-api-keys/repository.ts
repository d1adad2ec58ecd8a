import type { Selectable } from 'kysely';
import type { Executor, PersonalApiKeysTable } from '../db/types.ts';

export type PersonalApiKeyRow = Selectable<PersonalApiKeysTable>;

/** What authentication needs to know about a key, in one indexed lookup. */
export interface KeyLookup {
  id: string;
  secure_value: string;
  user_id: number;
  user_uuid: string;
  scopes: string[];
  scoped_organizations: string[];
  scoped_teams: number[];
  last_used_at: string | null;
}

export async function findActiveKeyBySecureValue(db: Executor, secureValue: string): Promise<KeyLookup | undefined> {
  return db
    .selectFrom('personal_api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .select(['k.id', 'k.secure_value', 'k.user_id', 'u.uuid as user_uuid', 'k.scopes', 'k.scoped_organizations', 'k.scoped_teams', 'k.last_used_at'])
    .where('k.secure_value', '=', secureValue)
    .where('u.is_active', '=', true)
    .executeTakeFirst();
}

/** Records use at most once an hour, as PostHog does, so reads do not each cost a write. */
export async function touchLastUsed(db: Executor, keyId: string): Promise<string | null> {
  const row = await db
    .updateTable('personal_api_keys')
    .set({ last_used_at: new Date().toISOString() })
    .where('id', '=', keyId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(Date.now() - 3600_000).toISOString())]))
    .returning('last_used_at')
    .executeTakeFirst();
  return row?.last_used_at ?? null;
}

export async function listKeysOfUser(db: Executor, userId: number): Promise<PersonalApiKeyRow[]> {
  return db.selectFrom('personal_api_keys').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
}

export async function countKeysOfUser(db: Executor, userId: number): Promise<number> {
  const row = await db
    .selectFrom('personal_api_keys')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function findKeyOfUser(db: Executor, userId: number, keyId: string, forUpdate = false): Promise<PersonalApiKeyRow | undefined> {
  let query = db.selectFrom('personal_api_keys').selectAll().where('user_id', '=', userId).where('id', '=', keyId);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * Whether the key with this id still holds this value, locking its row against deletion and
 * rolling (FOR KEY SHARE conflicts with both) until the transaction ends.
 */
export async function holdKey(db: Executor, keyId: string, secureValue: string): Promise<boolean> {
  const row = await db
    .selectFrom('personal_api_keys')
    .select('id')
    .where('id', '=', keyId)
    .where('secure_value', '=', secureValue)
    .forKeyShare()
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertKey(db: Executor, key: Omit<PersonalApiKeyRow, 'created_at' | 'last_used_at' | 'last_rolled_at'>): Promise<PersonalApiKeyRow> {
  return db.insertInto('personal_api_keys').values(key).returningAll().executeTakeFirstOrThrow();
}

export async function updateKey(
  db: Executor,
  keyId: string,
  changes: Partial<Pick<PersonalApiKeyRow, 'label' | 'scopes' | 'scoped_organizations' | 'scoped_teams' | 'secure_value' | 'mask_value' | 'last_rolled_at'>>,
): Promise<PersonalApiKeyRow> {
  return db.updateTable('personal_api_keys').set(changes).where('id', '=', keyId).returningAll().executeTakeFirstOrThrow();
}

export async function deleteKey(db: Executor, keyId: string): Promise<void> {
  await db.deleteFrom('personal_api_keys').where('id', '=', keyId).execute();
}

/** The organizations among `organizationIds` that the user is not a member of. */
export async function organizationsUserIsNotIn(db: Executor, userId: number, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('organization_memberships')
    .select('organization_id')
    .where('user_id', '=', userId)
    .where('organization_id', 'in', organizationIds)
    .execute();
  const member = new Set(rows.map((row) => row.organization_id));
  return organizationIds.filter((id) => !member.has(id));
}

/** The teams among `teamIds` that are not in an organization the user is a member of. */
export async function teamsUserCannotReach(db: Executor, userId: number, teamIds: number[]): Promise<number[]> {
  if (teamIds.length === 0) return [];
  const rows = await db
    .selectFrom('teams as t')
    .innerJoin('organization_memberships as m', 'm.organization_id', 't.organization_id')
    .select('t.id')
    .where('m.user_id', '=', userId)
    .where('t.id', 'in', teamIds)
    .execute();
  const reachable = new Set(rows.map((row) => row.id));
  return teamIds.filter((id) => !reachable.has(id));
}

/** The organization of each of `teamIds` that exists. */
export async function organizationsOfTeams(db: Executor, teamIds: number[]): Promise<Map<number, string>> {
  if (teamIds.length === 0) return new Map();
  const rows = await db.selectFrom('teams').select(['id', 'organization_id']).where('id', 'in', teamIds).execute();
  return new Map(rows.map((row) => [row.id, row.organization_id]));
}

export async function countPersonalApiKeys(db: Executor): Promise<number> {
  const { n } = await db
    .selectFrom('personal_api_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** The user who owns the key, whatever its state. */
export async function findKeyOwner(db: Executor, keyId: string): Promise<{ id: number; uuid: string } | undefined> {
  return db
    .selectFrom('personal_api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .select(['u.id', 'u.uuid'])
    .where('k.id', '=', keyId)
    .executeTakeFirst();
}
