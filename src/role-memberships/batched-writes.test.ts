// Role membership writes of one organization that arrive while one is being written go
// together in the next call of orgbase_role_membership_writes (audited-writes.ts): one
// transaction, one commit. Each keeps its own answer, audit row and event, and the events keep
// the organization's gapless sequence in the order the writes were applied.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, createUser } from '../../test/support/fixtures.ts';
import { createRoleRow, organizationWithPeople } from '../../test/support/roles.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe('role membership writes sent together', () => {
  it('answers each, numbers their events without a gap in the order applied, and commits them in fewer transactions', async () => {
    const people = await organizationWithPeople(t.db);
    const roleId = await createRoleRow(t.db, people.organizationId, 'Many at once');
    const users = [];
    for (let index = 0; index < 12; index++) {
      const user = await createUser(t.db);
      await addMember(t.db, people.organizationId, user.id);
      users.push(user);
    }
    const api = client(t.app, people.admin.writeKey);
    const url = `/api/organizations/${people.organizationId}/roles/${roleId}/role_memberships/`;
    // Twelve adds, one of them twice (refused as a second add), and one of an outsider, all at once.
    const adds = await Promise.all([...users, users[0]!, people.outsider.user].map((user) => api.post(url, { user_uuid: user.uuid })));
    const created = adds.filter((response) => response.status === 201);
    assert.equal(created.length, 12, JSON.stringify(adds.map((response) => response.status)));
    assert.deepEqual(
      adds
        .filter((response) => response.status !== 201)
        .map((response) => response.body.detail)
        .sort(),
      ['User does not exist.', 'User is already part of the role.'],
    );
    const removals = await Promise.all(created.map((response) => api.delete(`${url}${response.body.id}/`)));
    assert.deepEqual(
      removals.map((response) => response.status),
      created.map(() => 204),
    );

    const events = await t.db
      .selectFrom('events')
      .select(['sequence', 'type', 'data', 'created_at'])
      .where('organization_id', '=', people.organizationId)
      .where('type', 'like', 'role_membership.%')
      .orderBy('sequence')
      .execute();
    assert.equal(events.length, 24);
    const first = Number(events[0]!.sequence);
    assert.deepEqual(
      events.map((event) => Number(event.sequence)),
      events.map((_, index) => first + index),
    );
    // Each membership's creation comes before its deletion, with the membership's own snapshot.
    for (const response of created) {
      const mine = events.filter((event) => (event.data as { id: string }).id === response.body.id);
      assert.deepEqual(
        mine.map((event) => event.type),
        ['role_membership.created', 'role_membership.deleted'],
      );
      assert.equal((mine[0]!.data as { user_uuid: string }).user_uuid, response.body.user.uuid);
    }
    const audit = await t.db
      .selectFrom('audit_log')
      .select('target_id')
      .where('organization_id', '=', people.organizationId)
      .where('target_type', '=', 'role_membership')
      .execute();
    assert.equal(audit.length, 24);
    // now() is the transaction's start: writes committed together share it.
    const transactions = new Set(events.map((event) => String(event.created_at))).size;
    assert.ok(transactions < events.length, `${transactions} transactions for ${events.length} writes`);
  });
});
