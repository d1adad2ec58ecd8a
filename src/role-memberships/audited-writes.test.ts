// Add and remove are one statement each (issue 16); their audit rows must stay exactly what
// recordAudit wrote in the transaction they replaced, and a refused write must leave none.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { createRoleRow, organizationWithPeople } from '../../test/support/roles.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function auditOf(targetId: string) {
  return t.db.selectFrom('audit_log').selectAll().where('target_id', '=', targetId).orderBy('id').execute();
}

describe('role membership writes and their audit rows', () => {
  it('records the created and deleted membership with the actor, the request and the snapshot', async () => {
    const people = await organizationWithPeople(t.db);
    const roleId = await createRoleRow(t.db, people.organizationId, 'Audited');
    const api = client(t.app, people.admin.writeKey);
    const url = `/api/organizations/${people.organizationId}/roles/${roleId}/role_memberships/`;
    const added = await api.post(url, { user_uuid: people.member.user.uuid });
    assert.equal(added.status, 201);
    const removed = await api.delete(`${url}${added.body.id}/`);
    assert.equal(removed.status, 204);

    const rows = await auditOf(added.body.id);
    assert.equal(rows.length, 2);
    const snapshot = {
      id: added.body.id,
      role_id: roleId,
      organization_member_id: added.body.organization_member.id,
      user_uuid: people.member.user.uuid,
      joined_at: added.body.joined_at,
    };
    const key = await t.db.selectFrom('personal_api_keys').select('id').where('user_id', '=', people.admin.user.id).where(sql<boolean>`scopes @> ARRAY['organization:write']::text[]`).executeTakeFirstOrThrow();
    for (const [row, action] of [[rows[0]!, 'role_membership.created'], [rows[1]!, 'role_membership.deleted']] as const) {
      assert.equal(row.action, action);
      assert.equal(row.organization_id, people.organizationId);
      assert.equal(row.target_type, 'role_membership');
      assert.equal(row.actor_user_id, people.admin.user.id);
      assert.equal(row.actor_user_uuid, people.admin.user.uuid);
      assert.equal(row.actor_email, people.admin.user.email);
      assert.equal(row.actor_key_id, key.id);
      assert.equal(typeof row.request_id, 'string');
    }
    assert.deepEqual(rows[0]!.after, snapshot);
    assert.equal(rows[0]!.before, null);
    assert.deepEqual(rows[1]!.before, snapshot);
    assert.equal(rows[1]!.after, null);
  });

  it('writes no membership and no audit row when the add is refused', async () => {
    const people = await organizationWithPeople(t.db);
    const roleId = await createRoleRow(t.db, people.organizationId, 'Refused');
    const api = client(t.app, people.admin.writeKey);
    const url = `/api/organizations/${people.organizationId}/roles/${roleId}/role_memberships/`;
    const before = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal((await api.post(url, { user_uuid: people.outsider.user.uuid })).status, 400);
    assert.equal((await api.post(`/api/organizations/${people.organizationId}/roles/${people.organizationId}/role_memberships/`, { user_uuid: people.member.user.uuid })).status, 400);
    const first = await api.post(url, { user_uuid: people.member.user.uuid });
    assert.equal(first.status, 201);
    assert.equal((await api.post(url, { user_uuid: people.member.user.uuid })).status, 400);
    assert.equal((await api.delete(`${url}${people.organizationId}/`)).status, 404);
    const afterCount = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n) - Number(before.n), 1);
  });
});
