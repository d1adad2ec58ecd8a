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
    const key = await t.db
      .selectFrom('personal_api_keys')
      .select('id')
      .where('user_id', '=', people.admin.user.id)
      .where(sql<boolean>`scopes @> ARRAY['organization:write']::text[]`)
      .executeTakeFirstOrThrow();
    for (const [row, action] of [
      [rows[0]!, 'role_membership.created'],
      [rows[1]!, 'role_membership.deleted'],
    ] as const) {
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

  // The statements are built once and given each request's values (db/statement-shapes.ts):
  // nothing of the first caller, target or audit row may stay in them for the next.
  it('records each write with its own caller, target and audit id, one write after another', async () => {
    const people = await organizationWithPeople(t.db);
    const roleId = await createRoleRow(t.db, people.organizationId, 'Two callers');
    const url = `/api/organizations/${people.organizationId}/roles/${roleId}/role_memberships/`;
    const writes = [
      { by: people.owner, of: people.admin },
      { by: people.admin, of: people.member },
    ];
    const added: { id: string; user: { uuid: string } }[] = [];
    for (const { by, of } of writes) {
      const response = await client(t.app, by.writeKey).post(url, { user_uuid: of.user.uuid });
      assert.equal(response.status, 201);
      assert.equal(response.body.user.uuid, of.user.uuid);
      added.push(response.body);
    }
    for (const [index, { by }] of [...writes.entries()].reverse()) {
      assert.equal((await client(t.app, by.writeKey).delete(`${url}${added[index]!.id}/`)).status, 204);
    }
    const rows = (await Promise.all(added.map((membership) => auditOf(membership.id)))).flat();
    assert.equal(rows.length, 4);
    assert.equal(new Set(rows.map((row) => row.id)).size, 4);
    assert.equal(new Set(rows.map((row) => row.request_id)).size, 4);
    writes.forEach(({ by, of }, index) => {
      for (const row of rows.filter((row) => row.target_id === added[index]!.id)) {
        assert.equal(row.actor_user_id, by.user.id);
        assert.equal(row.actor_user_uuid, by.user.uuid);
        assert.equal(row.actor_email, by.user.email);
        assert.equal(((row.after ?? row.before) as { user_uuid: string }).user_uuid, of.user.uuid);
      }
    });
  });

  it('writes no membership and no audit row when the add is refused', async () => {
    const people = await organizationWithPeople(t.db);
    const roleId = await createRoleRow(t.db, people.organizationId, 'Refused');
    const api = client(t.app, people.admin.writeKey);
    const url = `/api/organizations/${people.organizationId}/roles/${roleId}/role_memberships/`;
    const before = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal((await api.post(url, { user_uuid: people.outsider.user.uuid })).status, 400);
    assert.equal(
      (await api.post(`/api/organizations/${people.organizationId}/roles/${people.organizationId}/role_memberships/`, { user_uuid: people.member.user.uuid }))
        .status,
      400,
    );
    const first = await api.post(url, { user_uuid: people.member.user.uuid });
    assert.equal(first.status, 201);
    assert.equal((await api.post(url, { user_uuid: people.member.user.uuid })).status, 400);
    assert.equal((await api.delete(`${url}${people.organizationId}/`)).status, 404);
    const afterCount = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n) - Number(before.n), 1);
  });
});
