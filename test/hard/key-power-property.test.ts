// Issue 12, as a property: random sequences of key operations (create, patch, roll, delete,
// list, retrieve, Idempotency-Key replays) made by random keys of one user, with random
// powers, in a world of three organizations of two projects each. After every step:
// - every credential the caller received or changed (a create or roll answer carrying a value,
//   a patched or deleted key, a listed or retrieved key) has a power within the caller's;
// - no response, no stored row (every table, every column as text) and no log line holds a
//   key value, except the one create or roll answer that returns it.
// The oracle below is written from the rule's definition, independently of src/access/.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { buildApp } from '../../src/app/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/types.ts';
import type { App } from '../../src/http/app-types.ts';
import { loggerOptions } from '../../src/http/logging.ts';
import { hashKeyValue } from '../../src/personal-api-keys/key-format.ts';
import { client } from '../support/app.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { seedKey, createOrganizationRow, createUser } from '../support/fixtures.ts';
import { createProjectRow } from '../support/integrations.ts';

const KEYS = '/api/personal_api_keys/';
const NUM_RUNS = Number(process.env.KEY_PROPERTY_RUNS ?? 40);
const SEED = process.env.KEY_PROPERTY_SEED === undefined ? undefined : Number(process.env.KEY_PROPERTY_SEED);
// `power` or `secrets` checks one invariant alone, to show what each finds on old code.
const ONLY = process.env.KEY_PROPERTY_ONLY as 'power' | 'secrets' | undefined;
const SCOPES = ['*', 'personal_api_key:write', 'personal_api_key:read', 'organization:read', 'organization:write', 'user:read'];

let database: TestDatabase;
let db: Db;
let app: App;
const logLines: string[] = [];

before(async () => {
  database = await createTestDatabase();
  db = database.handle.db;
  const config = {
    ...loadConfig({}),
    logLevel: 'trace',
    rateLimitPerMinute: 1e9,
    rateLimitPerHour: 1e9,
    authFailuresPerAddressPerMinute: 0,
    authFailuresPerMinute: 0,
  };
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await buildApp({ db, config, logger: { ...loggerOptions(config), stream } });
  await app.ready();
});
after(async () => {
  await app.close();
  await database.drop();
});

// ---- the rule, from its definition ----
interface Power {
  scopes: string[];
  orgs: string[];
  teams: number[];
}
const powerOf = (key: { scopes: string[]; scoped_organizations: string[] | null; scoped_teams: number[] | null }): Power => ({
  scopes: key.scopes,
  orgs: key.scoped_organizations ?? [],
  teams: key.scoped_teams ?? [],
});
function grantsScope(held: string[], scope: string): boolean {
  if (held.length === 0 || held.includes('*') || held.includes(scope)) return true;
  return scope.endsWith(':read') && held.includes(scope.replace(/:read$/, ':write'));
}
function within(a: Power, b: Power, orgOfTeam: Map<number, string>): boolean {
  if (!(a.scopes.length ? a.scopes : ['*']).every((scope) => grantsScope(b.scopes, scope))) return false;
  if (b.orgs.length && (!a.orgs.length || !a.orgs.every((org) => b.orgs.includes(org)))) return false;
  if (b.orgs.length && !a.teams.every((team) => b.orgs.includes(orgOfTeam.get(team) ?? ''))) return false;
  if (b.teams.length && (!a.teams.length || !a.teams.every((team) => b.teams.includes(team)))) return false;
  return true;
}

// ---- the operations ----
const fields = fc.record(
  {
    scopes: fc.subarray(SCOPES, { minLength: 1, maxLength: 2 }),
    orgs: fc.subarray([0, 1, 2], { maxLength: 2 }),
    teams: fc.subarray([0, 1, 2, 3, 4, 5], { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const idem = fc.option(fc.constantFrom('i1', 'i2', 'i3'), { nil: undefined, freq: 2 });
const actor = fc.nat(9);
const target = fc.nat(19);
const operation = fc.oneof(
  fc.record({ op: fc.constant('create' as const), actor, label: fc.constantFrom('a', 'b'), fields, idem }),
  fc.record({ op: fc.constant('patch' as const), actor, target, fields }),
  fc.record({ op: fc.constant('roll' as const), actor, target, idem }),
  fc.record({ op: fc.constant('delete' as const), actor, target }),
  fc.record({ op: fc.constant('list' as const), actor }),
  fc.record({ op: fc.constant('retrieve' as const), actor, target }),
  // Sends again, with any key, a create or roll sent earlier with an Idempotency-Key.
  fc.record({ op: fc.constant('replay' as const), actor, earlier: fc.nat(9) }),
  // The actor's key is deleted or rolled behind this process (by the CLI, another process, SQL)
  // while it is cached here; then it tries to create, roll or widen a key (issue 21).
  fc.record({
    op: fc.constant('revokedBehind' as const),
    actor,
    target,
    change: fc.constantFrom('delete' as const, 'roll' as const),
    then: fc.constantFrom('create' as const, 'roll' as const, 'patch' as const),
  }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;
const seedPower = fc.record({
  scopes: fc.subarray(SCOPES, { minLength: 1, maxLength: 3 }),
  orgs: fc.subarray([0, 1, 2], { maxLength: 2 }),
  teams: fc.subarray([0, 1, 2, 3, 4, 5], { maxLength: 1 }),
});

interface World {
  userId: number;
  orgs: string[];
  teams: number[];
  orgOfTeam: Map<number, string>;
  ids: string[];
  values: Map<string, string>; // key id -> its current value, for live keys only
  secrets: Set<string>; // every value this run ever issued
  posts: Array<{ path: string; body: object; idem: string }>; // POSTs sent with an Idempotency-Key
}

async function buildWorld(seeds: Array<{ scopes: string[]; orgs: number[]; teams: number[] }>): Promise<World> {
  const user = await createUser(db);
  const orgs: string[] = [];
  const teams: number[] = [];
  const orgOfTeam = new Map<number, string>();
  for (const name of ['A', 'B', 'C']) {
    const org = await createOrganizationRow(db, user.id, name);
    orgs.push(org);
    for (let i = 0; i < 2; i++) {
      const team = await createProjectRow(db, org);
      teams.push(team);
      orgOfTeam.set(team, org);
    }
  }
  const world: World = { userId: user.id, orgs, teams, orgOfTeam, ids: [], values: new Map(), secrets: new Set(), posts: [] };
  // The first key is the user's `*` key, the strongest thing an attacker could get at.
  for (const seed of [{ scopes: ['*'], orgs: [], teams: [] }, ...seeds]) {
    const value = (
      await seedKey(db, user.id, seed.scopes, {
        scopedOrganizations: seed.orgs.map((i) => orgs[i]!),
        scopedTeams: seed.teams.map((i) => teams[i]!),
      })
    ).value;
    const row = await db.selectFrom('personal_api_keys').select('id').where('secure_value', '=', hashKeyValue(value)).executeTakeFirstOrThrow();
    world.ids.push(row.id);
    world.values.set(row.id, value);
    world.secrets.add(value);
  }
  return world;
}

type Fields = { scopes?: string[]; orgs?: number[]; teams?: number[] };

function bodyOf(world: World, f: Fields) {
  return {
    ...(f.scopes === undefined ? {} : { scopes: f.scopes }),
    ...(f.orgs === undefined ? {} : { scoped_organizations: f.orgs.map((i) => world.orgs[i]!) }),
    ...(f.teams === undefined ? {} : { scoped_teams: f.teams.map((i) => world.teams[i]!) }),
  };
}

async function keyRow(id: string) {
  return db.selectFrom('personal_api_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every table, every row as text, searched for any value of this run. */
async function secretsAtRest(world: World): Promise<string[]> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(db);
  const patterns = [...world.secrets].map((value) => `%${value}%`);
  const found: string[] = [];
  for (const { table_name } of tables.rows) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table_name)} t WHERE t::text LIKE ANY(${patterns})`.execute(db);
    if (rows[0]!.n > 0) found.push(table_name);
  }
  return found;
}

/** Runs one operation and checks the two invariants; throws, naming the step, when one breaks. */
async function step(world: World, operation: Operation): Promise<void> {
  const live = world.ids.filter((id) => world.values.has(id));
  if (live.length === 0) return;
  const actorId = live[operation.actor % live.length]!;
  const actorValue = world.values.get(actorId)!;
  const callerRow = await keyRow(actorId);
  assert.ok(callerRow, 'a live key has a row');
  const caller = powerOf(callerRow);
  const api = client(app, actorValue);
  const targetId = 'target' in operation ? world.ids[operation.target % world.ids.length]! : '';
  const targetBefore = targetId ? await keyRow(targetId) : undefined;
  const logsBefore = logLines.length;

  const post = async (path: string, body: object, idempotencyKey: string | undefined) => {
    if (idempotencyKey) world.posts.push({ path, body, idem: idempotencyKey });
    return api.post(path, body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : undefined);
  };
  let response;
  if (operation.op === 'revokedBehind') {
    assert.notEqual((await api.get('/api/users/@me/')).status, 401, 'the key is cached');
    if (operation.change === 'delete') await db.deleteFrom('personal_api_keys').where('id', '=', actorId).execute();
    else
      await db
        .updateTable('personal_api_keys')
        .set({ secure_value: hashKeyValue(`${actorValue}-rolled-behind`) })
        .where('id', '=', actorId)
        .execute();
    world.values.delete(actorId);
    const others = world.ids.filter((id) => world.values.has(id));
    const other = others.length ? others[operation.target % others.length]! : actorId;
    const before = await keyRow(other);
    const attempt =
      operation.then === 'create'
        ? await api.post(KEYS, { label: 'successor', scopes: ['*'] })
        : operation.then === 'roll'
          ? await api.post(`${KEYS}${other}/roll/`, {})
          : await api.patch(`${KEYS}${other}/`, { scopes: ['*'], scoped_organizations: [], scoped_teams: [] });
    // 403 when the key never had the scope; 401 when it had it but is gone.
    assert.ok(
      attempt.status === 401 || attempt.status === 403,
      `a key ${operation.change === 'delete' ? 'deleted' : 'rolled'} behind the process could ${operation.then}: ${attempt.status}`,
    );
    if (grantsScope(powerOf(callerRow).scopes.length ? powerOf(callerRow).scopes : ['*'], 'personal_api_key:write')) assert.equal(attempt.status, 401);
    assert.equal(attempt.body?.value, undefined);
    assert.deepEqual(await keyRow(other), before, 'the other key is unchanged');
    return;
  }
  if (operation.op === 'replay') {
    if (world.posts.length === 0) return;
    const earlier = world.posts[operation.earlier % world.posts.length]!;
    response = await api.post(earlier.path, earlier.body, { 'idempotency-key': earlier.idem });
  } else if (operation.op === 'create') {
    response = await post(KEYS, { scopes: ['personal_api_key:read'], ...bodyOf(world, operation.fields), label: operation.label }, operation.idem);
  } else if (operation.op === 'patch') response = await api.patch(`${KEYS}${targetId}/`, bodyOf(world, operation.fields));
  else if (operation.op === 'roll') response = await post(`${KEYS}${targetId}/roll/`, {}, operation.idem);
  else if (operation.op === 'delete') response = await api.delete(`${KEYS}${targetId}/`);
  else if (operation.op === 'list') response = await api.get(KEYS);
  else response = await api.get(`${KEYS}${targetId}/`);
  assert.ok(response.status < 500, `server error ${response.status}`);
  const text = JSON.stringify(response.body ?? null);
  // What a failure message may show of an answer: never a value, even a throwaway one.
  const shown = JSON.stringify({ ...response.body, value: response.body?.value === undefined ? undefined : '[value]' });
  const within_ = (key: Power) => ONLY === 'secrets' || within(key, caller, world.orgOfTeam);

  // A value is shown once: by the answer that made it, never again, never anywhere else.
  const value: unknown = response.body?.value;
  if (typeof value === 'string') {
    assert.ok(
      ONLY === 'power' || !world.secrets.has(value),
      `a key value was answered a second time (${response.headers['idempotent-replayed'] ? 'replay' : 'direct'})`,
    );
    world.secrets.add(value);
    assert.ok(within_(powerOf(response.body)), `caller received a credential beyond its power: ${shown}`);
    world.values.set(response.body.id, value);
  }
  for (const secret of world.secrets) {
    if (secret !== value && ONLY !== 'power') assert.ok(!text.includes(secret), 'a response holds a key value other than its own new one');
  }
  if (operation.op === 'patch' && response.status === 200) assert.ok(within_(powerOf(response.body)), `patched a key beyond the caller's power: ${shown}`);
  if (operation.op === 'delete' && response.status === 204) {
    assert.ok(targetBefore && within_(powerOf(targetBefore)), "deleted a key beyond the caller's power");
    world.values.delete(targetId);
  }
  if (operation.op === 'roll' && response.status === 200 && targetBefore) {
    assert.ok(within_(powerOf(targetBefore)), "rolled a key beyond the caller's power");
  }
  if (operation.op === 'list' && response.status === 200) {
    for (const key of response.body) assert.ok(within_(powerOf(key)), `listed a key beyond the caller's power: ${JSON.stringify(key)}`);
  }
  if (operation.op === 'retrieve' && response.status === 200) assert.ok(within_(powerOf(response.body)), "read a key beyond the caller's power");
  if (response.status === 201 && typeof value === 'string' && !world.ids.includes(response.body.id)) world.ids.push(response.body.id);

  if (ONLY === 'power') return;
  const atRest = await secretsAtRest(world);
  assert.deepEqual(atRest, [], `a key value is stored in ${atRest.join(', ')}`);
  const leaked = logLines.slice(logsBefore).filter((line) => [...world.secrets].some((secret) => line.includes(secret)));
  assert.deepEqual(leaked, [], 'a log line holds a key value');
}

describe('no key ever grants more than the key that asks; no secret at rest (property)', () => {
  it(`holds over ${NUM_RUNS} random sequences of key operations`, { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(seedPower, { minLength: 1, maxLength: 3 }), fc.array(operation, { minLength: 1, maxLength: 12 }), async (seeds, operations) => {
        const world = await buildWorld(seeds);
        for (const operation of operations) await step(world, operation);
      }),
      { numRuns: NUM_RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: false },
    );
  });
});
