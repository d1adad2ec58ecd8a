import { createWrites, type Writes } from '../../src/writes/unit-of-work.ts';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Level } from '../../src/access/levels.ts';
import { uuidv7 } from '../../src/db/ids.ts';
import type { Db } from '../../src/db/types.ts';
import { addMembership } from '../../src/members/service.ts';
import { generateKeyId, generatePersonalApiKey, hashKeyValue, maskKeyValue } from '../../src/personal-api-keys/key-format.ts';
import { insertKey } from '../../src/personal-api-keys/repository.ts';
import { createUserService } from '../../src/users/service.ts';
import type { ApiResponse } from './app.ts';

// Fixtures write through the unit of the test's app when there is one, so they clear its caches
// as the app's own writes do.
const appWrites = new WeakMap<Db, Writes>();
export function useAppWrites(db: Db, writes: Writes): void {
  appWrites.set(db, writes);
}
const writesFor = (db: Db): Writes => appWrites.get(db) ?? createWrites(db);

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.com`;
}

export async function createUser(db: Db, options: { email?: string; firstName?: string; lastName?: string } = {}) {
  return createUserService({ writes: writesFor(db) }).createUser({
    email: options.email ?? uniqueEmail(),
    firstName: options.firstName ?? 'Test',
    lastName: options.lastName ?? 'User',
  });
}

/** A seeded key: its id (for the key routes) and its plaintext value (for a client). */
export interface SeededKey {
  id: string;
  value: string;
}

/**
 * The one way tests give a user a key: the row the key service writes (the same id, value,
 * hash and mask), through the key repository without the service's rules, so a world can
 * hold keys no request could make (more than ten per user, narrowed to any organization).
 * A new key makes nothing cached stale, so nothing is invalidated.
 */
export async function seedKey(
  db: Db,
  userId: number,
  scopes: string[] = ['*'],
  options: { scopedOrganizations?: string[]; scopedTeams?: number[]; label?: string } = {},
): Promise<SeededKey> {
  const value = generatePersonalApiKey();
  const id = generateKeyId();
  await insertKey(db, {
    id,
    user_id: userId,
    label: options.label ?? 'test key',
    secure_value: hashKeyValue(value),
    mask_value: maskKeyValue(value),
    scopes,
    // As the service stores them: an organization id in any case names the same organization.
    scoped_organizations: (options.scopedOrganizations ?? []).map((organizationId) => organizationId.toLowerCase()),
    scoped_teams: options.scopedTeams ?? [],
  });
  return { id, value };
}

/** A user with a full-access key, in one call. */
export async function createUserWithKey(db: Db, scopes: string[] = ['*']) {
  const user = await createUser(db);
  return { user, key: (await seedKey(db, user.id, scopes)).value };
}

/**
 * An organization with an owner, written straight to the tables so tests of other features
 * do not depend on the organizations endpoints.
 */
export async function createOrganizationRow(db: Db, ownerUserId: number, name = 'Test organization'): Promise<string> {
  const id = uuidv7();
  await writesFor(db).run(null, async (unit) => {
    await unit.trx
      .insertInto('organizations')
      .values({ id, name, slug: `org-${randomBytes(6).toString('hex')}` })
      .execute();
    await addMembership(unit, { organizationId: id, userId: ownerUserId, level: 15 });
  });
  return id;
}

export async function addMember(db: Db, organizationId: string, userId: number, level: Level = 1): Promise<string> {
  return writesFor(db).run(null, (unit) => addMembership(unit, { organizationId, userId, level }));
}

/**
 * The one assertion of a refusal: the status, then PostHog's error body (exactly type, code,
 * detail and attr: three strings and a string or null), then whichever of them the test names.
 */
export function assertError(
  response: ApiResponse,
  status: number,
  expected: { type?: string; code?: string; detail?: string | RegExp; attr?: string | null } = {},
  context = '',
): void {
  const shown = `${context ? `${context} -> ` : ''}${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
  assert.equal(response.status, status, `${shown}: expected ${status}`);
  assert.equal(typeof response.body, 'object', `${shown}: error without a JSON body`);
  assert.deepEqual(Object.keys(response.body ?? {}).sort(), ['attr', 'code', 'detail', 'type'], shown);
  for (const field of ['type', 'code', 'detail'] as const) assert.equal(typeof response.body[field], 'string', `${shown}: ${field}`);
  assert.ok(response.body.attr === null || typeof response.body.attr === 'string', `${shown}: attr`);
  if (expected.type !== undefined) assert.equal(response.body.type, expected.type, shown);
  if (expected.code !== undefined) assert.equal(response.body.code, expected.code, `${shown}: expected code ${expected.code}`);
  if (expected.attr !== undefined) assert.equal(response.body.attr, expected.attr, shown);
  if (expected.detail instanceof RegExp) assert.match(response.body.detail, expected.detail, shown);
  else if (expected.detail !== undefined) assert.equal(response.body.detail, expected.detail, shown);
}
