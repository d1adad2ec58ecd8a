import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uuidv7 } from '../db/ids.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, seedKey, createOrganizationRow, createUser } from '../../test/support/fixtures.ts';
import { addRoleMembershipRow, createRoleRow, organizationWithPeople, roleMembershipsOf } from '../../test/support/roles.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const FIELDS = ['id', 'joined_at', 'organization_member', 'role_id', 'updated_at', 'user', 'user_uuid'];

function membershipsUrl(organizationId: string, roleId: string) {
  return `/api/organizations/${organizationId}/roles/${roleId}/role_memberships/`;
}

/** An organization with a role, and a plain member ready to be added to it. */
async function world() {
  const people = await organizationWithPeople(t.db);
  const roleId = await createRoleRow(t.db, people.organizationId, 'Engineering');
  return { ...people, roleId, url: membershipsUrl(people.organizationId, roleId), api: client(t.app, people.admin.writeKey) };
}

describe('POST .../roles/:role_id/role_memberships/', () => {
  it('adds a member of the organization and answers 201 with every field of the reference', async () => {
    const w = await world();
    const response = await w.api.post(w.url, { user_uuid: w.member.user.uuid });
    assert.equal(response.status, 201);
    assert.deepEqual(Object.keys(response.body).sort(), FIELDS);
    assert.equal(response.body.role_id, w.roleId);
    assert.equal(response.body.user_uuid, w.member.user.uuid);
    assert.equal(response.body.user.email, w.member.user.email);
    assert.equal(response.body.user.id, w.member.user.id);
    assert.equal(response.body.organization_member.user.email, w.member.user.email);
    assert.equal(response.body.organization_member.level, 1);
    assert.match(response.body.joined_at, TIMESTAMP);
    assert.match(response.body.updated_at, TIMESTAMP);

    const membership = await t.db
      .selectFrom('organization_memberships')
      .select('id')
      .where('organization_id', '=', w.organizationId)
      .where('user_id', '=', w.member.user.id)
      .executeTakeFirstOrThrow();
    const stored = await roleMembershipsOf(t.db, w.roleId);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.id, response.body.id);
    assert.equal(stored[0]!.user_id, w.member.user.id);
    assert.equal(stored[0]!.organization_member_id, membership.id);
    assert.equal(response.body.organization_member.id, membership.id);
    assert.equal(stored[0]!.joined_at, response.body.joined_at);

    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', response.body.id).execute();
    assert.deepEqual(
      audit.map((row) => [row.action, row.organization_id, row.actor_user_id]),
      [['role_membership.created', w.organizationId, w.admin.user.id]],
    );
  });

  it("adds through /api/organizations/@current/ and from a form body, as PostHog's example sends it", async () => {
    const w = await world();
    const viaCurrent = await w.api.post(membershipsUrl('@current', w.roleId), { user_uuid: w.member.user.uuid });
    assert.equal(viaCurrent.status, 201);
    const other = await createUser(t.db);
    await addMember(t.db, w.organizationId, other.id);
    const viaForm = await t.app.inject({
      method: 'POST',
      url: w.url,
      headers: { authorization: `Bearer ${w.admin.writeKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `user_uuid=${other.uuid}`,
    });
    assert.equal(viaForm.statusCode, 201);
    assert.deepEqual(
      (await roleMembershipsOf(t.db, w.roleId)).map((row) => row.user_id),
      [w.member.user.id, other.id],
    );
  });

  it('answers 400 "User is already part of the role." to a second add and keeps one row', async () => {
    const w = await world();
    assert.equal((await w.api.post(w.url, { user_uuid: w.member.user.uuid })).status, 201);
    const again = await w.api.post(w.url, { user_uuid: w.member.user.uuid });
    assertError(again, 400, { type: 'validation_error', code: 'invalid_input', detail: 'User is already part of the role.', attr: null });
    assert.equal((await roleMembershipsOf(t.db, w.roleId)).length, 1);
  });

  it('lets the unique constraint settle concurrent adds of one user: one 201, the others 400', async () => {
    const w = await world();
    const responses = await Promise.all(Array.from({ length: 6 }, () => w.api.post(w.url, { user_uuid: w.member.user.uuid })));
    const statuses = responses.map((response) => response.status).sort();
    assert.deepEqual(statuses, [201, 400, 400, 400, 400, 400]);
    for (const response of responses.filter((candidate) => candidate.status === 400)) {
      assertError(response, 400, { detail: 'User is already part of the role.', attr: null });
    }
    const stored = await roleMembershipsOf(t.db, w.roleId);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.id, responses.find((response) => response.status === 201)!.body.id);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'role_membership.created')
      .where('organization_id', '=', w.organizationId)
      .execute();
    assert.equal(audit.length, 1, 'the refused adds left no trail');
  });

  it('refuses users who are not active members of the organization with "User does not exist."', async () => {
    const w = await world();
    const stranger = await createUser(t.db);
    await createOrganizationRow(t.db, stranger.id, 'Other tenant');
    const inactive = await createUser(t.db);
    await addMember(t.db, w.organizationId, inactive.id);
    await t.db.updateTable('users').set({ is_active: false }).where('id', '=', inactive.id).execute();
    for (const userUuid of [uuidv7(), stranger.uuid, inactive.uuid]) {
      const response = await w.api.post(w.url, { user_uuid: userUuid });
      assertError(response, 400, { type: 'validation_error', code: 'invalid_input', detail: 'User does not exist.', attr: null });
    }
    assert.equal((await roleMembershipsOf(t.db, w.roleId)).length, 0);
  });

  it('refuses a missing, null or malformed user_uuid and stores nothing', async () => {
    const w = await world();
    assertError(await w.api.post(w.url, {}), 400, { code: 'required', detail: 'This field is required.', attr: 'user_uuid' });
    assertError(await w.api.post(w.url, { user_uuid: null }), 400, { code: 'null', attr: 'user_uuid' });
    assertError(await w.api.post(w.url, { user_uuid: 'nope' }), 400, {
      code: 'invalid_input',
      detail: 'Must be a valid UUID.',
      attr: 'user_uuid',
    });
    assertError(await w.api.post(w.url, { user_uuid: 12 }), 400, { attr: 'user_uuid' });
    assertError(await w.api.post(w.url, '{"user_uuid":'), 400, { type: 'invalid_request', code: 'parse_error' });
    assert.equal((await roleMembershipsOf(t.db, w.roleId)).length, 0);
  });

  it('answers "Role does not exist." to an add for a role of another organization, an unknown or a malformed role, and stores nothing', async () => {
    const w = await world();
    const foreignRole = await createRoleRow(t.db, await createOrganizationRow(t.db, w.outsider.user.id));
    for (const roleId of [foreignRole, uuidv7(), 'not-a-uuid']) {
      const url = membershipsUrl(w.organizationId, roleId);
      assertError(await w.api.post(url, { user_uuid: w.member.user.uuid }), 400, { code: 'invalid_input', detail: 'Role does not exist.', attr: null });
      // PostHog lists a well-formed foreign or unknown role as an empty page; a malformed id names nothing (404).
      if (roleId === 'not-a-uuid') assertError(await w.api.get(url), 404, { code: 'not_found' });
      else assert.deepEqual((await w.api.get(url)).body, { count: 0, next: null, previous: null, results: [] });
      assertError(await w.api.get(`${url}${uuidv7()}/`), 404, { code: 'not_found' });
      assertError(await w.api.delete(`${url}${uuidv7()}/`), 404, { code: 'not_found' });
    }
    assert.equal((await roleMembershipsOf(t.db, foreignRole)).length, 0);
  });

  it('checks the rule in the statement, yet answers as if it were checked first: no write, no kept Idempotency-Key', async () => {
    const w = await world();
    const asMember = client(t.app, w.member.writeKey);
    // A member is refused before the body or the role id is looked at, as PostHog does.
    assertError(await asMember.post(w.url, {}), 403, { code: 'permission_denied' });
    assertError(await asMember.post(membershipsUrl(w.organizationId, 'not-a-uuid'), { user_uuid: w.member.user.uuid }), 403, { code: 'permission_denied' });
    assertError(await client(t.app, w.outsider.writeKey).post(w.url, { user_uuid: w.member.user.uuid }), 404, { detail: 'Organization not found.' });
    const headers = { 'idempotency-key': `promote-${uuidv7()}` };
    assertError(await asMember.post(w.url, { user_uuid: w.member.user.uuid }, headers), 403, { code: 'permission_denied' });
    assert.equal((await roleMembershipsOf(t.db, w.roleId)).length, 0);
    // The refusal was not kept under the key: once promoted, the same request goes through.
    const promoter = client(t.app, (await seedKey(t.db, w.admin.user.id, ['organization_member:write'])).value);
    assert.equal((await promoter.patch(`/api/organizations/${w.organizationId}/members/${w.member.user.uuid}/`, { level: 8 })).status, 200);
    const retried = await asMember.post(w.url, { user_uuid: w.member.user.uuid }, headers);
    assert.equal(retried.status, 201);
    assert.equal(retried.headers['idempotent-replayed'], undefined);
  });

  it('lets a user be in two roles', async () => {
    const w = await world();
    const secondRole = await createRoleRow(t.db, w.organizationId, 'Design');
    assert.equal((await w.api.post(w.url, { user_uuid: w.member.user.uuid })).status, 201);
    assert.equal((await w.api.post(membershipsUrl(w.organizationId, secondRole), { user_uuid: w.member.user.uuid })).status, 201);
    const rows = await t.db.selectFrom('role_memberships').select('role_id').where('user_id', '=', w.member.user.id).execute();
    assert.deepEqual(rows.map((row) => row.role_id).sort(), [w.roleId, secondRole].sort());
  });
});

describe('GET .../roles/:role_id/role_memberships/', () => {
  it('answers an empty page for a role without members', async () => {
    const w = await world();
    const response = await w.api.get(w.url);
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { count: 0, next: null, previous: null, results: [] });
  });

  it("lists only this role's memberships, oldest first, with limit/offset links", async () => {
    const w = await world();
    const otherRole = await createRoleRow(t.db, w.organizationId, 'Other');
    await addRoleMembershipRow(t.db, otherRole, w.owner.user.id);
    const expected: string[] = [];
    for (const person of [w.member, w.owner, w.admin]) expected.push(await addRoleMembershipRow(t.db, w.roleId, person.user.id));

    const all = await client(t.app, w.member.readKey).get(w.url);
    assert.equal(all.status, 200);
    assert.equal(all.body.count, 3);
    assert.deepEqual(
      all.body.results.map((membership: { id: string }) => membership.id),
      expected,
    );
    for (const membership of all.body.results) assert.deepEqual(Object.keys(membership).sort(), FIELDS);

    const first = await w.api.get(`${w.url}?limit=2`);
    assert.deepEqual(
      first.body.results.map((membership: { id: string }) => membership.id),
      expected.slice(0, 2),
    );
    assert.match(first.body.next, /\/role_memberships\/\?limit=2&offset=2$/);
    assert.equal(first.body.previous, null);
    const second = await w.api.get(`${w.url}?limit=2&offset=2`);
    assert.deepEqual(
      second.body.results.map((membership: { id: string }) => membership.id),
      expected.slice(2),
    );
    assert.equal(second.body.next, null);
    assert.match(second.body.previous, /\/role_memberships\/\?limit=2$/);
  });
});

describe('GET .../role_memberships/:id/', () => {
  it('answers the membership to any member, and 404 under another role or for a malformed id', async () => {
    const w = await world();
    const id = await addRoleMembershipRow(t.db, w.roleId, w.admin.user.id);
    const response = await client(t.app, w.member.readKey).get(`${w.url}${id}/`);
    assert.equal(response.status, 200);
    assert.equal(response.body.id, id);
    assert.equal(response.body.user_uuid, w.admin.user.uuid);
    assert.equal(response.body.organization_member.level, 8);
    assert.deepEqual(Object.keys(response.body).sort(), FIELDS);

    const otherRole = await createRoleRow(t.db, w.organizationId);
    assertError(await w.api.get(`${membershipsUrl(w.organizationId, otherRole)}${id}/`), 404, { code: 'not_found' });
    assertError(await w.api.get(`${w.url}not-a-uuid/`), 404, { code: 'not_found' });
    assertError(await w.api.get(`${w.url}${uuidv7()}/`), 404, { code: 'not_found' });
  });
});

describe('DELETE .../role_memberships/:id/', () => {
  it('answers 204, removes the row and records it; a second delete is 404', async () => {
    const w = await world();
    const id = await addRoleMembershipRow(t.db, w.roleId, w.member.user.id);
    const kept = await addRoleMembershipRow(t.db, w.roleId, w.admin.user.id);
    const response = await w.api.delete(`${w.url}${id}/`);
    assert.equal(response.status, 204);
    assert.equal(response.body, undefined);
    assert.deepEqual(
      (await roleMembershipsOf(t.db, w.roleId)).map((row) => row.id),
      [kept],
    );
    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(audit.action, 'role_membership.deleted');
    assert.equal((audit.before as { user_uuid: string }).user_uuid, w.member.user.uuid);
    assertError(await w.api.delete(`${w.url}${id}/`), 404, { code: 'not_found' });
  });

  it('lets an admin remove their own membership', async () => {
    const w = await world();
    const id = await addRoleMembershipRow(t.db, w.roleId, w.admin.user.id);
    assert.equal((await w.api.delete(`${w.url}${id}/`)).status, 204);
    assert.equal((await roleMembershipsOf(t.db, w.roleId)).length, 0);
  });

  it('does not delete a membership through another role of the organization', async () => {
    const w = await world();
    const id = await addRoleMembershipRow(t.db, w.roleId, w.member.user.id);
    const otherRole = await createRoleRow(t.db, w.organizationId);
    assertError(await w.api.delete(`${membershipsUrl(w.organizationId, otherRole)}${id}/`), 404, { code: 'not_found' });
    assert.equal((await roleMembershipsOf(t.db, w.roleId)).length, 1);
  });
});

describe('methods a role membership does not have', () => {
  it('answers 405 to PATCH and PUT on a membership and changes nothing', async () => {
    const w = await world();
    const id = await addRoleMembershipRow(t.db, w.roleId, w.member.user.id);
    const before = await roleMembershipsOf(t.db, w.roleId);
    assertError(await w.api.patch(`${w.url}${id}/`, { user_uuid: w.admin.user.uuid }), 405, {
      code: 'method_not_allowed',
      detail: 'Method "PATCH" not allowed.',
    });
    assertError(await w.api.put(`${w.url}${id}/`, { user_uuid: w.admin.user.uuid }), 405, { detail: 'Method "PUT" not allowed.' });
    assert.deepEqual(await roleMembershipsOf(t.db, w.roleId), before);
  });
});

describe('removing a member from the organization', () => {
  it('removes their role memberships with them (foreign key cascade)', async () => {
    const w = await world();
    const secondRole = await createRoleRow(t.db, w.organizationId);
    await addRoleMembershipRow(t.db, w.roleId, w.member.user.id);
    await addRoleMembershipRow(t.db, secondRole, w.member.user.id);
    const kept = await addRoleMembershipRow(t.db, w.roleId, w.admin.user.id);
    await t.db.deleteFrom('organization_memberships').where('organization_id', '=', w.organizationId).where('user_id', '=', w.member.user.id).execute();
    const left = await t.db.selectFrom('role_memberships').select('id').where('user_id', '=', w.member.user.id).execute();
    assert.equal(left.length, 0);
    const listed = await w.api.get(w.url);
    assert.deepEqual(
      listed.body.results.map((membership: { id: string }) => membership.id),
      [kept],
    );
    assert.equal(listed.body.count, 1);
  });
});
