import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uuidv7 } from '../db/ids.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { assertError, createOrganizationRow } from '../../test/support/fixtures.ts';
import { addRoleMembershipRow, createRoleRow, organizationWithPeople, roleMembershipsOf } from '../../test/support/roles.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const ROLE_FIELDS = ['created_at', 'created_by', 'id', 'is_default', 'members', 'name'];

async function world() {
  const people = await organizationWithPeople(t.db);
  return { ...people, url: `/api/organizations/${people.organizationId}/roles/`, api: client(t.app, people.admin.writeKey) };
}

async function rolesOf(organizationId: string) {
  return t.db.selectFrom('roles').selectAll().where('organization_id', '=', organizationId).orderBy('id').execute();
}

describe('POST /api/organizations/:organization_id/roles/', () => {
  it('creates a role with a trimmed name, created by the caller, and records it', async () => {
    const w = await world();
    const response = await w.api.post(w.url, { name: '  Engineering  ', organization: uuidv7() });
    assert.equal(response.status, 201);
    assert.deepEqual(Object.keys(response.body).sort(), ROLE_FIELDS);
    assert.equal(response.body.name, 'Engineering');
    assert.equal(response.body.created_by.uuid, w.admin.user.uuid);
    assert.equal(response.body.created_by.email, w.admin.user.email);
    assert.deepEqual(response.body.members, []);
    assert.equal(response.body.is_default, false);
    const stored = await rolesOf(w.organizationId);
    assert.deepEqual(
      stored.map((role) => [role.id, role.name, role.created_by_id, role.created_at]),
      [[response.body.id, 'Engineering', w.admin.user.id, response.body.created_at]],
    );
    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', response.body.id).execute();
    assert.deepEqual(
      audit.map((row) => [row.action, row.organization_id]),
      [['role.created', w.organizationId]],
    );
  });

  it('refuses a name already used in the organization, ignoring case', async () => {
    const w = await world();
    await createRoleRow(t.db, w.organizationId, 'Analyst');
    const response = await w.api.post(w.url, { name: 'ANALYST' });
    assertError(response, 400, {
      type: 'validation_error',
      code: 'unique',
      detail: 'There is already a role with this name.',
      attr: 'name',
    });
    assert.equal((await rolesOf(w.organizationId)).length, 1);
  });

  it('allows the same name in another organization', async () => {
    const w = await world();
    await createRoleRow(t.db, await createOrganizationRow(t.db, w.outsider.user.id), 'Analyst');
    assert.equal((await w.api.post(w.url, { name: 'Analyst' })).status, 201);
  });

  it('lets the unique index settle concurrent creates of one name: one 201, the others 400', async () => {
    const w = await world();
    const responses = await Promise.all(Array.from({ length: 4 }, (_, i) => w.api.post(w.url, { name: i % 2 ? 'Ops' : 'OPS' })));
    assert.deepEqual(responses.map((response) => response.status).sort(), [201, 400, 400, 400]);
    for (const response of responses.filter((candidate) => candidate.status === 400)) assertError(response, 400, { code: 'unique', attr: 'name' });
    assert.equal((await rolesOf(w.organizationId)).length, 1);
  });

  it('refuses a missing, null, blank or over-long name and stores nothing', async () => {
    const w = await world();
    assertError(await w.api.post(w.url, {}), 400, { code: 'required', detail: 'This field is required.', attr: 'name' });
    assertError(await w.api.post(w.url, { name: null }), 400, { code: 'null', attr: 'name' });
    assertError(await w.api.post(w.url, { name: '' }), 400, { code: 'blank', detail: 'This field may not be blank.', attr: 'name' });
    assertError(await w.api.post(w.url, { name: '   ' }), 400, { code: 'blank', attr: 'name' });
    assertError(await w.api.post(w.url, { name: ['x'] }), 400, { detail: 'Not a valid string.', attr: 'name' });
    assertError(await w.api.post(w.url, { name: 'x'.repeat(201) }), 400, {
      code: 'max_length',
      detail: 'Ensure this field has no more than 200 characters.',
      attr: 'name',
    });
    assertError(await w.api.post(w.url, [{ name: 'x' }]), 400, { detail: 'Invalid data. Expected a dictionary, but got list.', attr: null });
    assert.equal((await rolesOf(w.organizationId)).length, 0);
    assert.equal((await w.api.post(w.url, { name: 'x'.repeat(200) })).status, 201);
  });
});

describe('GET /api/organizations/:organization_id/roles/', () => {
  it('lists the roles oldest first with members and is_default, paginated', async () => {
    const w = await world();
    const ids = [];
    for (const name of ['A', 'B', 'C']) ids.push(await createRoleRow(t.db, w.organizationId, name));
    const membership = await addRoleMembershipRow(t.db, ids[1]!, w.member.user.id);
    await t.db.updateTable('organizations').set({ default_role_id: ids[2]! }).where('id', '=', w.organizationId).execute();
    await createRoleRow(t.db, await createOrganizationRow(t.db, w.outsider.user.id), 'Elsewhere');

    const response = await client(t.app, w.member.readKey).get(w.url);
    assert.equal(response.status, 200);
    assert.equal(response.body.count, 3);
    assert.deepEqual(
      response.body.results.map((role: { id: string }) => role.id),
      ids,
    );
    assert.deepEqual(
      response.body.results.map((role: { is_default: boolean }) => role.is_default),
      [false, false, true],
    );
    assert.deepEqual(
      response.body.results[1].members.map((member: { id: string }) => member.id),
      [membership],
    );
    assert.equal(response.body.results[1].members[0].user.uuid, w.member.user.uuid);
    assert.equal(response.body.results[0].created_by, null);

    const page = await w.api.get(`${w.url}?limit=1&offset=1`);
    assert.deepEqual(
      page.body.results.map((role: { id: string }) => role.id),
      [ids[1]],
    );
    assert.match(page.body.next, /\/roles\/\?limit=1&offset=2$/);
    assert.match(page.body.previous, /\/roles\/\?limit=1$/);
  });
});

describe('GET /api/organizations/:organization_id/roles/:id/', () => {
  it('answers the role with its members', async () => {
    const w = await world();
    const roleId = await createRoleRow(t.db, w.organizationId, 'Support');
    await addRoleMembershipRow(t.db, roleId, w.admin.user.id);
    const response = await client(t.app, w.member.readKey).get(`${w.url}${roleId}/`);
    assert.equal(response.status, 200);
    assert.deepEqual(Object.keys(response.body).sort(), ROLE_FIELDS);
    assert.equal(response.body.name, 'Support');
    assert.equal(response.body.members[0].user_uuid, w.admin.user.uuid);
  });

  it("answers 404 for another organization's role, an unknown id or a malformed id", async () => {
    const w = await world();
    const foreign = await createRoleRow(t.db, await createOrganizationRow(t.db, w.outsider.user.id));
    for (const id of [foreign, uuidv7(), 'not-a-uuid']) {
      assertError(await w.api.get(`${w.url}${id}/`), 404, { code: 'not_found', detail: 'Not found.' });
      assertError(await w.api.patch(`${w.url}${id}/`, { name: 'Hijacked' }), 404, { code: 'not_found' });
      assertError(await w.api.delete(`${w.url}${id}/`), 404, { code: 'not_found' });
    }
    const stored = await t.db.selectFrom('roles').select('name').where('id', '=', foreign).executeTakeFirstOrThrow();
    assert.notEqual(stored.name, 'Hijacked');
  });
});

describe('PATCH and PUT /api/organizations/:organization_id/roles/:id/', () => {
  it('renames the role and records the change', async () => {
    const w = await world();
    const roleId = await createRoleRow(t.db, w.organizationId, 'Support');
    const response = await w.api.patch(`${w.url}${roleId}/`, { name: ' Customer support ' });
    assert.equal(response.status, 200);
    assert.equal(response.body.name, 'Customer support');
    assert.equal((await rolesOf(w.organizationId))[0]!.name, 'Customer support');
    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', roleId).executeTakeFirstOrThrow();
    assert.equal(audit.action, 'role.updated');
    assert.deepEqual([(audit.before as { name: string }).name, (audit.after as { name: string }).name], ['Support', 'Customer support']);
    const put = await w.api.put(`${w.url}${roleId}/`, { name: 'Helpdesk' });
    assert.equal(put.status, 200);
    assert.equal((await rolesOf(w.organizationId))[0]!.name, 'Helpdesk');
  });

  it('allows a rename that only changes case, and refuses the name of another role', async () => {
    const w = await world();
    const roleId = await createRoleRow(t.db, w.organizationId, 'analyst');
    await createRoleRow(t.db, w.organizationId, 'Engineer');
    assert.equal((await w.api.patch(`${w.url}${roleId}/`, { name: 'Analyst' })).status, 200);
    assertError(await w.api.patch(`${w.url}${roleId}/`, { name: 'ENGINEER' }), 400, {
      code: 'unique',
      detail: 'There is already a role with this name.',
      attr: 'name',
    });
    assert.deepEqual(
      (await rolesOf(w.organizationId)).map((role) => role.name),
      ['Analyst', 'Engineer'],
    );
  });

  it('refuses a blank, null or over-long name, and PUT without a name, changing nothing', async () => {
    const w = await world();
    const roleId = await createRoleRow(t.db, w.organizationId, 'Support');
    const url = `${w.url}${roleId}/`;
    assertError(await w.api.patch(url, { name: '  ' }), 400, { code: 'blank', attr: 'name' });
    assertError(await w.api.patch(url, { name: null }), 400, { code: 'null', attr: 'name' });
    assertError(await w.api.patch(url, { name: 'y'.repeat(201) }), 400, { code: 'max_length', attr: 'name' });
    assertError(await w.api.put(url, {}), 400, { code: 'required', attr: 'name' });
    const unchanged = await w.api.patch(url, {});
    assert.equal(unchanged.status, 200);
    assert.equal(unchanged.body.name, 'Support');
    assert.deepEqual(
      (await rolesOf(w.organizationId)).map((role) => role.name),
      ['Support'],
    );
    const audit = await t.db.selectFrom('audit_log').select('id').where('target_id', '=', roleId).execute();
    assert.equal(audit.length, 0, 'a request that changed nothing leaves no trail');
  });
});

describe('DELETE /api/organizations/:organization_id/roles/:id/', () => {
  it('answers 204 and removes the role with its memberships (cascade)', async () => {
    const w = await world();
    const roleId = await createRoleRow(t.db, w.organizationId, 'Doomed');
    const keptRole = await createRoleRow(t.db, w.organizationId, 'Kept');
    await addRoleMembershipRow(t.db, roleId, w.member.user.id);
    await addRoleMembershipRow(t.db, roleId, w.admin.user.id);
    const kept = await addRoleMembershipRow(t.db, keptRole, w.member.user.id);
    const response = await w.api.delete(`${w.url}${roleId}/`);
    assert.equal(response.status, 204);
    assert.equal(response.body, undefined);
    assert.deepEqual(
      (await rolesOf(w.organizationId)).map((role) => role.id),
      [keptRole],
    );
    assert.equal((await roleMembershipsOf(t.db, roleId)).length, 0);
    assert.deepEqual(
      (await roleMembershipsOf(t.db, keptRole)).map((row) => row.id),
      [kept],
    );
    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', roleId).executeTakeFirstOrThrow();
    assert.equal(audit.action, 'role.deleted');
    assertError(await w.api.delete(`${w.url}${roleId}/`), 404, { code: 'not_found' });
  });

  it("clears the organization's default role when it is deleted (set null)", async () => {
    const w = await world();
    const roleId = await createRoleRow(t.db, w.organizationId, 'Default');
    await t.db.updateTable('organizations').set({ default_role_id: roleId }).where('id', '=', w.organizationId).execute();
    assert.equal((await w.api.get(`${w.url}${roleId}/`)).body.is_default, true);
    assert.equal((await w.api.delete(`${w.url}${roleId}/`)).status, 204);
    const organization = await t.db.selectFrom('organizations').select('default_role_id').where('id', '=', w.organizationId).executeTakeFirstOrThrow();
    assert.equal(organization.default_role_id, null);
  });
});
