import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uuidv7 } from '../db/ids.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, createOrganizationRow, createUser } from '../../test/support/fixtures.ts';
import { addRoleMembershipRow, createRoleRow, organizationWithPeople, roleMembershipsOf } from '../../test/support/roles.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function world() {
  const people = await organizationWithPeople(t.db);
  const roleId = await createRoleRow(t.db, people.organizationId, 'Platform');
  const url = `/api/organizations/${people.organizationId}/roles/${roleId}/role_memberships/`;
  return { ...people, roleId, url, api: client(t.app, people.admin.writeKey) };
}

describe('PUT .../roles/:role_id/role_memberships/ (set semantics)', () => {
  it("makes the role's members exactly the given users, keeping those who stay untouched", async () => {
    const w = await world();
    const stays = await addRoleMembershipRow(t.db, w.roleId, w.member.user.id);
    const leaves = await addRoleMembershipRow(t.db, w.roleId, w.owner.user.id);
    const staysBefore = (await roleMembershipsOf(t.db, w.roleId)).find((row) => row.id === stays)!;

    const response = await w.api.put(w.url, { user_uuids: [w.member.user.uuid, w.admin.user.uuid] });
    assert.equal(response.status, 200);
    assert.equal(response.body.count, 2);
    assert.equal(response.body.next, null);
    assert.equal(response.body.previous, null);
    assert.deepEqual(
      response.body.results.map((membership: { user_uuid: string }) => membership.user_uuid),
      [w.member.user.uuid, w.admin.user.uuid],
    );
    assert.equal(response.body.results[0].id, stays);

    const stored = await roleMembershipsOf(t.db, w.roleId);
    assert.deepEqual(
      stored.map((row) => row.user_id),
      [w.member.user.id, w.admin.user.id],
    );
    assert.deepEqual(stored[0], staysBefore, 'the member who stays keeps id and joined_at');
    assert.ok(!stored.some((row) => row.id === leaves));

    const audit = await t.db.selectFrom('audit_log').selectAll().where('organization_id', '=', w.organizationId).orderBy('id').execute();
    assert.deepEqual(audit.map((row) => `${row.action} ${row.target_id}`).sort(), [
      `role_membership.created ${stored[1]!.id}`,
      `role_membership.deleted ${leaves}`,
    ]);
  });

  it('is idempotent: repeating the request changes nothing and records nothing', async () => {
    const w = await world();
    const body = { user_uuids: [w.owner.user.uuid, w.member.user.uuid] };
    const first = await w.api.put(w.url, body);
    assert.equal(first.status, 200);
    const storedAfterFirst = await roleMembershipsOf(t.db, w.roleId);
    const auditAfterFirst = await t.db.selectFrom('audit_log').select('id').where('organization_id', '=', w.organizationId).execute();

    const second = await w.api.put(w.url, { user_uuids: [w.member.user.uuid.toUpperCase(), w.owner.user.uuid] });
    assert.equal(second.status, 200);
    assert.deepEqual(second.body, first.body);
    assert.deepEqual(await roleMembershipsOf(t.db, w.roleId), storedAfterFirst);
    const auditAfterSecond = await t.db.selectFrom('audit_log').select('id').where('organization_id', '=', w.organizationId).execute();
    assert.equal(auditAfterSecond.length, auditAfterFirst.length);
  });

  it('empties the role when given an empty list', async () => {
    const w = await world();
    await addRoleMembershipRow(t.db, w.roleId, w.member.user.id);
    await addRoleMembershipRow(t.db, w.roleId, w.admin.user.id);
    const response = await w.api.put(w.url, { user_uuids: [] });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { count: 0, next: null, previous: null, results: [] });
    assert.equal((await roleMembershipsOf(t.db, w.roleId)).length, 0);
  });

  it('refuses the whole set when one user is not an active member, changing nothing', async () => {
    const w = await world();
    await addRoleMembershipRow(t.db, w.roleId, w.member.user.id);
    const before = await roleMembershipsOf(t.db, w.roleId);
    const stranger = await createUser(t.db);
    await createOrganizationRow(t.db, stranger.id);
    const inactive = await createUser(t.db);
    await addMember(t.db, w.organizationId, inactive.id);
    await t.db.updateTable('users').set({ is_active: false }).where('id', '=', inactive.id).execute();
    for (const intruder of [stranger.uuid, inactive.uuid, uuidv7()]) {
      const response = await w.api.put(w.url, { user_uuids: [w.admin.user.uuid, intruder] });
      assertError(response, 400, { type: 'validation_error', code: 'invalid_input', detail: 'User does not exist.', attr: 'user_uuids' });
    }
    assert.deepEqual(await roleMembershipsOf(t.db, w.roleId), before);
    const audit = await t.db.selectFrom('audit_log').select('id').where('organization_id', '=', w.organizationId).execute();
    assert.equal(audit.length, 0);
  });

  it('refuses a missing list, a non-list, malformed uuids and repeated uuids', async () => {
    const w = await world();
    assertError(await w.api.put(w.url, {}), 400, { code: 'required', attr: 'user_uuids' });
    assertError(await w.api.put(w.url, { user_uuids: null }), 400, { code: 'null', attr: 'user_uuids' });
    assertError(await w.api.put(w.url, { user_uuids: w.member.user.uuid }), 400, { detail: 'Expected a list of items.', attr: 'user_uuids' });
    assertError(await w.api.put(w.url, { user_uuids: ['nope'] }), 400, { detail: 'Must be a valid UUID.', attr: 'user_uuids__0' });
    assertError(await w.api.put(w.url, { user_uuids: [w.member.user.uuid, w.member.user.uuid] }), 400, { code: 'unique', attr: 'user_uuids' });
    assert.equal((await roleMembershipsOf(t.db, w.roleId)).length, 0);
  });

  it("answers 404 for another organization's role, an unknown or malformed role, and 403 to a member", async () => {
    const w = await world();
    const foreignRole = await createRoleRow(t.db, await createOrganizationRow(t.db, w.outsider.user.id));
    for (const roleId of [foreignRole, uuidv7(), 'nope']) {
      const response = await w.api.put(`/api/organizations/${w.organizationId}/roles/${roleId}/role_memberships/`, { user_uuids: [w.member.user.uuid] });
      assertError(response, 404, { code: 'not_found' });
    }
    assertError(await client(t.app, w.member.writeKey).put(w.url, { user_uuids: [w.member.user.uuid] }), 403, {
      detail: 'Your organization access level is insufficient.',
    });
    assertError(await client(t.app, w.admin.readKey).put(w.url, { user_uuids: [] }), 403, {
      detail: "API key missing required scope 'organization:write'",
    });
    assert.equal((await roleMembershipsOf(t.db, w.roleId)).length, 0);
    assert.equal((await roleMembershipsOf(t.db, foreignRole)).length, 0);
  });

  it('serializes concurrent sets and adds on one role: the result is one of the requested sets', async () => {
    const w = await world();
    const extra = [];
    for (let i = 0; i < 4; i++) {
      const user = await createUser(t.db);
      await addMember(t.db, w.organizationId, user.id);
      extra.push(user);
    }
    const sets = [[w.member.user.uuid, extra[0]!.uuid], [extra[1]!.uuid, extra[2]!.uuid, extra[3]!.uuid], [w.admin.user.uuid], []];
    const responses = await Promise.all([...sets.map((user_uuids) => w.api.put(w.url, { user_uuids })), w.api.post(w.url, { user_uuid: w.owner.user.uuid })]);
    for (const response of responses.slice(0, sets.length)) assert.equal(response.status, 200);
    const userIdsByUuid = new Map([w.owner, w.admin, w.member].map((person) => [person.user.uuid, person.user.id]));
    for (const user of extra) userIdsByUuid.set(user.uuid, user.id);
    const stored = (await roleMembershipsOf(t.db, w.roleId)).map((row) => row.user_id).sort();
    const possible = sets.flatMap((set) => {
      const ids = set.map((uuid) => userIdsByUuid.get(uuid)!);
      return [ids.sort(), [...ids, w.owner.user.id].sort()];
    });
    assert.ok(
      possible.some((candidate) => JSON.stringify(candidate) === JSON.stringify(stored)),
      `stored ${JSON.stringify(stored)} is one requested set (plus the concurrent add)`,
    );
    sets.forEach((set, index) => {
      const answered = responses[index]!.body.results.map((membership: { user_uuid: string }) => membership.user_uuid).sort();
      assert.deepEqual(answered, [...set].sort(), 'each answer is exactly its own set: no other change interleaved');
    });
  });
});
