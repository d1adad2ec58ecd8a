import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Caller } from '../access/caller.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, seedKey, createOrganizationRow, createUser, createUserWithKey } from '../../test/support/fixtures.ts';
import { recordAudit } from './repository.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

function callerFor(user: { id: number; uuid: string }, requestId = 'req-test'): Caller {
  return { user, key: { id: 'k1', secureValue: '', scopes: ['*'], scopedOrganizations: [], scopedTeams: [] }, requestId };
}

describe('GET /api/organizations/:organization_id/audit_log/', () => {
  it('answers the trail newest first, filtered by action, actor, target and time', async () => {
    const owner = await createUser(t.db);
    const other = await createUser(t.db);
    const organization = await createOrganizationRow(t.db, owner.id);
    await addMember(t.db, organization, other.id, 8);
    await recordAudit(t.db, callerFor(owner), {
      organizationId: organization,
      action: 'role.created',
      targetType: 'role',
      targetId: 'r1',
      after: { name: 'A' },
    });
    await recordAudit(t.db, callerFor(other), {
      organizationId: organization,
      action: 'role.updated',
      targetType: 'role',
      targetId: 'r1',
      before: { name: 'A' },
      after: { name: 'B' },
    });
    await recordAudit(t.db, callerFor(owner), {
      organizationId: organization,
      action: 'role.deleted',
      targetType: 'role',
      targetId: 'r2',
      before: { name: 'C' },
    });
    const key = (await seedKey(t.db, owner.id, ['activity_log:read'])).value;
    const api = client(t.app, key);
    const url = `/api/organizations/${organization}/audit_log/`;

    const all = await api.get(url);
    assert.equal(all.status, 200);
    assert.equal(all.body.count, 3);
    assert.deepEqual(
      all.body.results.map((entry: { action: string }) => entry.action),
      ['role.deleted', 'role.updated', 'role.created'],
    );
    const updated = all.body.results[1];
    assert.deepEqual(updated.before, { name: 'A' });
    assert.deepEqual(updated.after, { name: 'B' });
    assert.equal(updated.actor.user_uuid, other.uuid);
    assert.equal(updated.actor.email, other.email);
    assert.equal(updated.request_id, 'req-test');

    assert.equal((await api.get(`${url}?action=role.created,role.deleted`)).body.count, 2);
    assert.equal((await api.get(`${url}?actor=${other.uuid}`)).body.count, 1);
    assert.equal((await api.get(`${url}?target_type=role&target_id=r2`)).body.count, 1);
    assert.equal((await api.get(`${url}?after=2000-01-01T00:00:00Z&before=2000-01-02T00:00:00Z`)).body.count, 0);
    const paged = await api.get(`${url}?limit=1&offset=1`);
    assert.equal(paged.body.results[0].action, 'role.updated');
    assert.match(paged.body.next, /limit=1&offset=2$/);
    assertError(await api.get(`${url}?actor=not-a-uuid`), 400, { attr: 'actor', detail: 'Must be a valid UUID.' });
  });
});

describe('the trail of personal API keys', () => {
  it('records creation, change, roll and deletion without the value or its hash', async () => {
    const { user, key } = await createUserWithKey(t.db);
    const api = client(t.app, key);
    const created = await api.post('/api/personal_api_keys/', { label: 'audited', scopes: ['user:read'] });
    await api.patch(`/api/personal_api_keys/${created.body.id}/`, { label: 'renamed' });
    await api.post(`/api/personal_api_keys/${created.body.id}/roll/`);
    await api.delete(`/api/personal_api_keys/${created.body.id}/`);
    const rows = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', created.body.id).orderBy('id').execute();
    assert.deepEqual(
      rows.map((row) => row.action),
      ['personal_api_key.created', 'personal_api_key.updated', 'personal_api_key.rolled', 'personal_api_key.deleted'],
    );
    for (const row of rows) {
      assert.equal(row.actor_user_id, user.id);
      assert.ok(row.request_id);
      const text = JSON.stringify(row);
      assert.ok(!text.includes(created.body.value) && !text.includes('sha256$'), 'no key material in the trail');
    }
    assert.deepEqual((rows[1]!.after as { label: string }).label, 'renamed');
  });

  it('writes nothing when the change is refused', async () => {
    const { user, key } = await createUserWithKey(t.db);
    await client(t.app, key).post('/api/personal_api_keys/', { label: 'x', scopes: ['nope:read'] });
    const rows = await t.db.selectFrom('audit_log').select('id').where('actor_user_id', '=', user.id).execute();
    assert.equal(rows.length, 0);
  });
});
