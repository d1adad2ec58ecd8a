// kill -9 during a mixed write load, then restart on the same data: every write the server
// acknowledged is there, and no write is there by halves.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Level } from '../../src/access/levels.ts';
import { openDatabase } from '../../src/db/connection.ts';
import type { Db } from '../../src/db/types.ts';
import { createTestDatabase, TEST_DB, type TestDatabase } from '../support/database.ts';
import { addMember, createOrganizationRow, createUser, seedKey } from '../support/fixtures.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { type SeededUser } from '../support/world.ts';

const CYCLES = 3;
const WORKERS = 8;

let database: TestDatabase;
let env: NodeJS.ProcessEnv;
let users: SeededUser[];
let organizationId: string;

interface Acknowledged {
  keys: { id: string; value: string; userId: number }[];
  organizations: { id: string; userId: number }[];
  roles: { id: string }[];
}
const acknowledged: Acknowledged = { keys: [], organizations: [], roles: [] };
let attempted = 0;

before(async () => {
  database = await createTestDatabase();
  const db = database.handle.db;
  users = [];
  for (let index = 0; index < 24; index++) {
    const user = await createUser(db);
    users.push({ id: user.id, uuid: user.uuid, email: user.email, key: await seedKey(db, user.id, ['*']) });
  }
  organizationId = await createOrganizationRow(db, users[0]!.id, 'crash roles');
  for (const user of users.slice(1)) await addMember(db, organizationId, user.id, Level.Admin);
  const base: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ORGBASE_RATE_LIMIT_PER_MINUTE: '0', ORGBASE_RATE_LIMIT_PER_HOUR: '0' };
  delete base.DATABASE_URL;
  delete base.REDIS_URL;
  env = TEST_DB === 'postgres' ? { ...base, DATABASE_URL: database.connection.databaseUrl } : { ...base, ORGBASE_DATA_DIR: database.connection.dataDir };
  if (TEST_DB === 'pglite') await database.handle.close();
});
after(async () => {
  console.log(
    `# crash durability: ${CYCLES} kill -9 cycles, ${attempted} writes attempted, verified ${acknowledged.keys.length} keys, ${acknowledged.organizations.length} organizations, ${acknowledged.roles.length} roles`,
  );
  await database.drop();
});

/** One writer: keys, organizations and roles in turn, until the server dies under it. */
async function writer(server: ServerProcess, worker: number, stop: { now: boolean }): Promise<void> {
  for (let step = 0; !stop.now; step++) {
    const user = users[(worker * 3 + step) % users.length]!;
    const headers = { authorization: `Bearer ${user.key.value}`, 'content-type': 'application/json' };
    const kind = (['organization', 'role', 'key'] as const)[(worker + step) % 3]!;
    attempted++;
    try {
      if (kind === 'key') {
        // Keys are capped at ten per user: delete one first so the load can go on.
        const response = await fetch(`${server.url}/api/personal_api_keys/`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ label: `crash ${worker}-${step}`, scopes: ['organization:read'] }),
        });
        const body = (await response.json()) as { id: string; value: string; detail?: string };
        if (response.status === 201) acknowledged.keys.push({ id: body.id, value: body.value, userId: user.id });
        else assert.match(String(body.detail), /only have 10 personal API keys/, JSON.stringify(body));
      } else if (kind === 'organization') {
        const response = await fetch(`${server.url}/api/organizations/`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name: `crash ${worker}-${step}` }),
        });
        const body = (await response.json()) as { id: string };
        assert.equal(response.status, 201, JSON.stringify(body));
        acknowledged.organizations.push({ id: body.id, userId: user.id });
      } else {
        const response = await fetch(`${server.url}/api/organizations/${organizationId}/roles/`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name: `crash role ${worker}-${step}-${Date.now()}` }),
        });
        const body = (await response.json()) as { id: string };
        assert.equal(response.status, 201, JSON.stringify(body));
        acknowledged.roles.push({ id: body.id });
      }
    } catch (error) {
      if (stop.now) return; // the connection died with the server: not acknowledged
      stop.now = true;
      throw new Error(`${kind} write failed before the kill: ${(error as Error).message}\n${server.output().slice(-3000)}`);
    }
  }
}

async function verify(db: Db): Promise<void> {
  const keyIds = new Set((await db.selectFrom('personal_api_keys').select('id').execute()).map((row) => row.id));
  for (const key of acknowledged.keys) assert.ok(keyIds.has(key.id), `acknowledged key ${key.id} is gone`);
  const roleIds = new Set((await db.selectFrom('roles').select('id').execute()).map((row) => row.id));
  for (const role of acknowledged.roles) assert.ok(roleIds.has(role.id), `acknowledged role ${role.id} is gone`);
  const organizationIds = new Set((await db.selectFrom('organizations').select('id').execute()).map((row) => row.id));
  for (const organization of acknowledged.organizations)
    assert.ok(organizationIds.has(organization.id), `acknowledged organization ${organization.id} is gone`);
  // Whatever was committed, acknowledged or not, is whole: an owner, a project and a team.
  const crashed = await db
    .selectFrom('organizations as o')
    .select((eb) => [
      'o.id',
      eb
        .selectFrom('organization_memberships as m')
        .whereRef('m.organization_id', '=', 'o.id')
        .where('m.level', '=', Level.Owner)
        .select(eb.fn.countAll<number>().as('n'))
        .as('owners'),
      eb.selectFrom('projects as p').whereRef('p.organization_id', '=', 'o.id').select(eb.fn.countAll<number>().as('n')).as('projects'),
      eb.selectFrom('teams as t').whereRef('t.organization_id', '=', 'o.id').select(eb.fn.countAll<number>().as('n')).as('teams'),
    ])
    .where('o.name', 'like', 'crash %-%')
    .execute();
  for (const organization of crashed) {
    assert.ok(
      Number(organization.owners) >= 1 && Number(organization.projects) >= 1 && Number(organization.teams) >= 1,
      `partial organization ${JSON.stringify(organization)}`,
    );
  }
}

describe('crash durability', () => {
  it('keeps every acknowledged write, and no partial one, across kill -9 and restart', async () => {
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const server = await startServerProcess(env);
      const stop = { now: false };
      const before = acknowledged.keys.length + acknowledged.organizations.length + acknowledged.roles.length;
      const writers = Array.from({ length: WORKERS }, (_, worker) => writer(server, worker, stop));
      // Kill once the load is well under way, at a moment the writers do not choose.
      const deadline = Date.now() + 15_000;
      while (acknowledged.keys.length + acknowledged.organizations.length + acknowledged.roles.length < before + 60 + cycle * 17 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      stop.now = true;
      server.child.kill('SIGKILL');
      const results = await Promise.allSettled(writers);
      const failure = results.find((result) => result.status === 'rejected');
      if (failure) throw failure.reason;
      assert.equal(await server.exited, null, 'killed by the signal');
      assert.ok(acknowledged.keys.length + acknowledged.organizations.length + acknowledged.roles.length > before, 'the load wrote something');
    }
    // Restart on the same data: it recovers, and the acknowledged keys still authenticate.
    const restarted = await startServerProcess(env);
    try {
      for (const key of acknowledged.keys.slice(-10)) {
        const response = await fetch(`${restarted.url}/api/personal_api_keys/@current/`, { headers: { authorization: `Bearer ${key.value}` } });
        assert.equal(response.status, 200, `acknowledged key ${key.id} does not authenticate after the crash`);
      }
    } finally {
      restarted.child.kill('SIGTERM');
      assert.equal(await restarted.exited, 0, restarted.output());
    }
    const handle = await openDatabase(database.connection);
    try {
      await verify(handle.db);
    } finally {
      await handle.close();
    }
  });
});
