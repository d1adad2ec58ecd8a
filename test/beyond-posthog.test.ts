// Issue 8 across every resource: ETags and conditional writes, Idempotency-Key on creates,
// the audit trail of each change, and list filtering.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createIntegrationRow, createProjectRow } from './support/integrations.ts';
import { client, startTestApp, type Client, type TestApp } from './support/app.ts';
import { addMember, assertError, createUser, createUserWithKey } from './support/fixtures.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

interface World {
  api: Client;
  organizationId: string;
  owner: { id: number; uuid: string };
  member: { id: number; uuid: string };
  roleId: string;
  roleMembershipId: string;
  integrationId: string;
  projectId: number;
}

async function world(): Promise<World> {
  const { user: owner, key } = await createUserWithKey(t.db);
  const api = client(t.app, key);
  const organizationId = (await api.post('/api/organizations/', { name: 'Beyond' })).body.id;
  const member = await createUser(t.db);
  await addMember(t.db, organizationId, member.id, 1);
  const roleId = (await api.post(`/api/organizations/${organizationId}/roles/`, { name: 'Engineers' })).body.id;
  const roleMembershipId = (await api.post(`/api/organizations/${organizationId}/roles/${roleId}/role_memberships/`, { user_uuid: member.uuid })).body.id;
  const integrationId = await createIntegrationRow(t.db, organizationId, { config: { type: 'connectable' } });
  const projectId = await createProjectRow(t.db, organizationId);
  return { api, organizationId, owner, member, roleId, roleMembershipId, integrationId, projectId };
}

/** Each resource: where a GET reads it, and a write that changes it. */
function resources(w: World) {
  const org = `/api/organizations/${w.organizationId}`;
  return [
    { name: 'organization', url: `${org}/`, write: (api: Client, h: Record<string, string>) => api.patch(`${org}/`, { name: 'Renamed' }, h) },
    {
      name: 'member',
      url: `${org}/members/${w.member.uuid}/`,
      write: (api: Client, h: Record<string, string>) => api.patch(`${org}/members/${w.member.uuid}/`, { level: 8 }, h),
    },
    {
      name: 'role',
      url: `${org}/roles/${w.roleId}/`,
      write: (api: Client, h: Record<string, string>) => api.patch(`${org}/roles/${w.roleId}/`, { name: 'Renamed' }, h),
    },
    {
      name: 'integration',
      url: `${org}/integrations/${w.integrationId}/`,
      write: (api: Client, h: Record<string, string>) =>
        api.patch(`${org}/integrations/${w.integrationId}/environment-mapping/`, { production: w.projectId }, h),
    },
    {
      name: 'role membership',
      url: `${org}/roles/${w.roleId}/role_memberships/${w.roleMembershipId}/`,
      write: (api: Client, h: Record<string, string>) => api.delete(`${org}/roles/${w.roleId}/role_memberships/${w.roleMembershipId}/`, h),
    },
  ];
}

describe('ETags on every single resource', () => {
  it('answer 304 to If-None-Match, refuse a stale If-Match with 412 writing nothing, and accept the current one', async () => {
    const w = await world();
    for (const resource of resources(w)) {
      const read = await w.api.get(resource.url);
      assert.equal(read.status, 200, resource.name);
      const etag = String(read.headers.etag);
      assert.match(etag, /^"[\w-]{27}"$/, resource.name);
      assert.equal((await w.api.get(resource.url, { 'if-none-match': etag })).status, 304, resource.name);
      assertError(await resource.write(w.api, { 'if-match': '"stale"' }), 412, { code: 'precondition_failed' });
      assert.deepEqual((await w.api.get(resource.url)).body, read.body, `${resource.name} unchanged after 412`);
      const written = await resource.write(w.api, { 'if-match': etag });
      assert.ok([200, 204].includes(written.status), `${resource.name}: ${written.status} ${JSON.stringify(written.body)}`);
      if (written.status === 200) {
        assert.equal((await w.api.get(resource.url)).headers.etag, written.headers.etag, `${resource.name}: the write's ETag is the next GET's`);
      }
    }
  });
});

describe('Idempotency-Key on creates', () => {
  it('creates one organization for concurrent requests with one key', async () => {
    const { user, key } = await createUserWithKey(t.db);
    const api = client(t.app, key);
    const responses = await Promise.all(Array.from({ length: 5 }, () => api.post('/api/organizations/', { name: 'Once' }, { 'idempotency-key': 'org-once' })));
    assert.ok(responses.every((r) => r.status === 201));
    assert.equal(new Set(responses.map((r) => r.body.id)).size, 1);
    const owned = await t.db.selectFrom('organization_memberships').select('id').where('user_id', '=', user.id).execute();
    assert.equal(owned.length, 1);
  });

  it('replays a role membership add instead of answering "already part of the role"', async () => {
    const w = await world();
    const newcomer = await createUser(t.db);
    await addMember(t.db, w.organizationId, newcomer.id, 1);
    const url = `/api/organizations/${w.organizationId}/roles/${w.roleId}/role_memberships/`;
    const first = await w.api.post(url, { user_uuid: newcomer.uuid }, { 'idempotency-key': 'add-newcomer' });
    const retry = await w.api.post(url, { user_uuid: newcomer.uuid }, { 'idempotency-key': 'add-newcomer' });
    assert.equal(first.status, 201);
    assert.equal(retry.status, 201);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.equal(retry.body.id, first.body.id);
  });
});

describe('the audit trail', () => {
  it('records every change to the organization, members, roles, role memberships and integrations', async () => {
    const w = await world();
    for (const resource of resources(w)) await resource.write(w.api, {});
    await w.api.delete(`/api/organizations/${w.organizationId}/members/${w.member.uuid}/`);
    const trail = await w.api.get(`/api/organizations/${w.organizationId}/audit_log/?limit=100`);
    assert.equal(trail.status, 200);
    const actions = new Set(trail.body.results.map((entry: { action: string }) => entry.action));
    for (const action of [
      'organization.created',
      'organization.updated',
      'role.created',
      'role.updated',
      'role_membership.created',
      'role_membership.deleted',
      'member.updated',
      'member.removed',
      'integration.updated',
    ]) {
      assert.ok(actions.has(action), `${action} is recorded (got ${[...actions].join(', ')})`);
    }
    const entry = trail.body.results.find((e: { action: string }) => e.action === 'organization.updated');
    assert.equal(entry.before.name, 'Beyond');
    assert.equal(entry.after.name, 'Renamed');
    assert.equal(entry.actor.user_uuid, w.owner.uuid);
    assert.ok(entry.request_id);
  });

  it('writes nothing for a refused change', async () => {
    const w = await world();
    const before = await t.db.selectFrom('audit_log').select('id').where('organization_id', '=', w.organizationId).execute();
    await w.api.patch(`/api/organizations/${w.organizationId}/`, { name: '' });
    await w.api.post(`/api/organizations/${w.organizationId}/roles/`, { name: 'engineers' });
    const afterRows = await t.db.selectFrom('audit_log').select('id').where('organization_id', '=', w.organizationId).execute();
    assert.equal(afterRows.length, before.length);
  });
});

describe('list filtering', () => {
  it('searches and orders roles', async () => {
    const w = await world();
    const url = `/api/organizations/${w.organizationId}/roles/`;
    await w.api.post(url, { name: 'alpha' });
    await w.api.post(url, { name: 'Zeta' });
    const names = async (query: string) => (await w.api.get(`${url}?${query}`)).body.results.map((r: { name: string }) => r.name);
    assert.deepEqual(await names('ordering=name'), ['alpha', 'Engineers', 'Zeta']);
    assert.deepEqual(await names('ordering=-name'), ['Zeta', 'Engineers', 'alpha']);
    assert.deepEqual(await names('ordering=-created_at'), ['Zeta', 'alpha', 'Engineers']);
    assert.deepEqual(await names('search=ET'), ['Zeta']);
    assert.equal((await w.api.get(`${url}?search=a&limit=1`)).body.count, 2);
  });
});
