// How many statements the hot paths send, pinned: a performance claim ("a warm GET answers from
// memory") fails here when a change breaks it, not only in a bench run. Every statement the app
// sends goes through the one query builder, whose log records it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Kysely, PostgresDialect } from 'kysely';
import { buildApp } from '../src/app/app.ts';
import type { Database } from '../src/db/types.ts';
import type { App } from '../src/http/app-types.ts';
import { client, testConfig } from './support/app.ts';
import { createTestDatabase, TEST_DB, type TestDatabase } from './support/database.ts';
import { seedTenant, type Tenant } from './support/world.ts';

let database: TestDatabase;
let app: App;
let tenant: Tenant;
const sent: string[] = [];

before(async () => {
  database = await createTestDatabase();
  tenant = await seedTenant(database.handle.db, 'budget');
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: database.handle.pool }),
    log: (event) => void sent.push(event.query.sql),
  });
  app = await buildApp({ db, config: testConfig(), logger: false, oneStatementAtATime: TEST_DB === 'pglite' });
  await app.ready();
});

after(async () => {
  await app.close();
  await database.drop();
});

/** The statements one request sends, after the same request ran once (caches warm). */
async function warm(method: 'GET' | 'POST', url: string, key: string, body?: unknown): Promise<string[]> {
  const api = client(app, key);
  const first = await api.call(method, url, body);
  assert.ok(first.status < 300, `${method} ${url}: ${first.status} ${JSON.stringify(first.body)}`);
  sent.length = 0;
  const second = await api.call(method, url, body);
  assert.ok(second.status < 300, `${method} ${url}: ${second.status} ${JSON.stringify(second.body)}`);
  return [...sent];
}

describe('statement budgets of the hot paths (warm caches)', () => {
  it('GET /api/organizations/:id/ sends no statement', async () => {
    assert.deepEqual(await warm('GET', `/api/organizations/${tenant.organizationId}/`, tenant.member.key.value), []);
  });

  it('GET /api/organizations/@current/ sends no statement (which organization is current, from memory)', async () => {
    assert.deepEqual(await warm('GET', '/api/organizations/@current/', tenant.owner.key.value), []);
  });

  it('GET /api/organizations/:id/members/ sends no statement', async () => {
    assert.deepEqual(await warm('GET', `/api/organizations/${tenant.organizationId}/members/`, tenant.member.key.value), []);
  });

  it("GET /api/organizations/ sends no statement (the caller's list and its page from memory)", async () => {
    assert.deepEqual(await warm('GET', '/api/organizations/', tenant.member.key.value), []);
  });

  it('GET /api/organizations/ searched and ordered sends no statement', async () => {
    assert.deepEqual(await warm('GET', '/api/organizations/?search=BUD&ordering=-name&limit=1', tenant.member.key.value), []);
  });

  // Issue 27: the roles page (with its count and the roles' members), the projects, @me.
  it("GET /api/organizations/:id/roles/ sends no statement (the page, its count and the roles' members from memory)", async () => {
    assert.deepEqual(await warm('GET', `/api/organizations/${tenant.organizationId}/roles/`, tenant.member.key.value), []);
  });

  it('GET /api/organizations/:id/projects/ sends no statement', async () => {
    assert.deepEqual(await warm('GET', `/api/organizations/${tenant.organizationId}/projects/`, tenant.member.key.value), []);
  });

  it('GET /api/projects/:id/ sends no statement', async () => {
    assert.deepEqual(await warm('GET', `/api/projects/${tenant.projectId}/`, tenant.member.key.value), []);
  });

  it('GET /api/users/@me/ sends no statement', async () => {
    assert.deepEqual(await warm('GET', '/api/users/@me/', tenant.member.key.value), []);
  });

  it('POST a role membership is one statement (the insert and its audit row)', async () => {
    const api = client(app, tenant.admin.key.value);
    await api.get(`/api/organizations/${tenant.organizationId}/`); // the admin's level warm
    sent.length = 0;
    const added = await api.post(`/api/organizations/${tenant.organizationId}/roles/${tenant.roleId}/role_memberships/`, { user_uuid: tenant.outsider.uuid });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(sent.length, 1, sent.join('\n'));
  });
});
