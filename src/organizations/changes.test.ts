import { createWrites } from '../writes/unit-of-work.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { uuidv7 } from '../db/ids.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, seedKey, createOrganizationRow, createUser, createUserWithKey } from '../../test/support/fixtures.ts';
import { createMemberService } from '../members/service.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function organizationWith(level: 1 | 8 | 15, scopes = ['*']) {
  const owner = await createUserWithKey(t.db);
  const organization = (await client(t.app, owner.key).post('/api/organizations/', { name: 'Team' })).body;
  if (level === 15) return { organization, api: client(t.app, owner.key), user: owner.user, owner };
  const { user } = await createUserWithKey(t.db);
  await addMember(t.db, organization.id, user.id, level);
  return { organization, api: client(t.app, (await seedKey(t.db, user.id, scopes)).value), user, owner };
}

async function stored(id: string) {
  return t.db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

describe('PATCH /api/organizations/:id/', () => {
  it('lets an admin change writable fields, ignoring read-only ones', async () => {
    const { organization, api } = await organizationWith(8);
    const response = await api.patch(`/api/organizations/${organization.id}/`, {
      name: 'QWERTY',
      is_member_join_email_enabled: false,
      plugins_access_level: 0,
      is_active: false,
      is_not_active_reason: 'x',
      slug: 'hacked',
    });
    assert.equal(response.status, 200);
    assert.equal(response.body.name, 'QWERTY');
    assert.equal(response.body.is_member_join_email_enabled, false);
    assert.equal(response.body.plugins_access_level, 9);
    assert.equal(response.body.is_active, true);
    assert.equal(response.body.is_not_active_reason, null);
    assert.equal(response.body.slug, organization.slug);
    assert.ok(response.body.updated_at > organization.updated_at);
    const row = await stored(organization.id);
    assert.equal(row?.name, 'QWERTY');
    assert.equal(row?.slug, organization.slug);
  });

  it('sets default_role_id to a role of the organization, and clears it', async () => {
    const { organization, api, user } = await organizationWith(15);
    const roleId = uuidv7();
    await t.db.insertInto('roles').values({ id: roleId, organization_id: organization.id, name: 'Default', created_by_id: user.id }).execute();
    const set = await api.patch(`/api/organizations/${organization.id}/`, { default_role_id: roleId });
    assert.equal(set.body.default_role_id, roleId);
    const newcomer = await createUser(t.db);
    await createMemberService({ writes: createWrites(t.db) }).addMember(null, { organizationId: organization.id, userId: newcomer.id, level: 1 });
    const joined = await t.db.selectFrom('role_memberships').select('role_id').where('user_id', '=', newcomer.id).execute();
    assert.deepEqual(
      joined.map((row) => row.role_id),
      [roleId],
      'new members join the default role',
    );
    const cleared = await api.patch(`/api/organizations/${organization.id}/`, { default_role_id: null });
    assert.equal(cleared.body.default_role_id, null);
  });

  it('refuses a role of another organization or an unknown one as default_role_id', async () => {
    const { organization, api } = await organizationWith(15);
    const stranger = await createUser(t.db);
    const foreign = await createOrganizationRow(t.db, stranger.id);
    const foreignRole = uuidv7();
    await t.db.insertInto('roles').values({ id: foreignRole, organization_id: foreign, name: 'Theirs', created_by_id: null }).execute();
    for (const id of [foreignRole, '00000000-0000-0000-0000-000000000000']) {
      assertError(await api.patch(`/api/organizations/${organization.id}/`, { default_role_id: id }), 400, {
        code: 'does_not_exist',
        detail: 'Role does not exist.',
        attr: 'default_role_id',
      });
    }
    assertError(await api.patch(`/api/organizations/${organization.id}/`, { default_role_id: 'nope' }), 400, {
      attr: 'default_role_id',
      detail: 'Must be a valid UUID.',
    });
    assert.equal((await stored(organization.id))?.default_role_id, null);
  });

  it("refuses bad input with PostHog's errors, changing nothing", async () => {
    const { organization, api } = await organizationWith(15);
    const url = `/api/organizations/${organization.id}/`;
    assertError(await api.patch(url, { name: null }), 400, { code: 'null', attr: 'name' });
    assertError(await api.patch(url, { name: '  ' }), 400, { code: 'blank', attr: 'name' });
    assertError(await api.patch(url, { is_member_join_email_enabled: 'notabool' }), 400, {
      code: 'invalid_input',
      detail: 'Must be a valid boolean.',
      attr: 'is_member_join_email_enabled',
    });
    assertError(await api.patch(url, [1, 2]), 400, { detail: 'Invalid data. Expected a dictionary, but got list.', attr: null });
    assertError(await api.patch(url, '{"name": '), 400, { type: 'invalid_request', code: 'parse_error' });
    assertError(await api.post(url, {}), 405, { code: 'method_not_allowed', detail: 'Method "POST" not allowed.' });
    const row = await stored(organization.id);
    assert.equal(row?.name, 'Team');
    assert.equal(row?.updated_at, organization.updated_at);
  });
});

describe('DELETE /api/organizations/:id/', () => {
  it('lets the owner delete it with everything in it, keeping the users', async () => {
    const { organization, api, user, owner } = await organizationWith(15);
    const member = await createUser(t.db);
    const membershipId = await addMember(t.db, organization.id, member.id, 1);
    const roleId = uuidv7();
    await t.db.insertInto('roles').values({ id: roleId, organization_id: organization.id, name: 'R', created_by_id: user.id }).execute();
    await t.db.insertInto('role_memberships').values({ id: uuidv7(), role_id: roleId, user_id: member.id, organization_member_id: membershipId }).execute();
    await t.db.updateTable('organizations').set({ default_role_id: roleId }).where('id', '=', organization.id).execute();
    await t.db
      .insertInto('organization_integrations')
      .values({ id: uuidv7(), organization_id: organization.id, kind: 'vercel', integration_id: 'i', config: '{}' })
      .execute();

    const response = await api.delete(`/api/organizations/${organization.id}/`);
    assert.equal(response.status, 204);
    assert.equal(response.body, undefined);
    for (const table of ['organizations', 'organization_memberships', 'roles', 'organization_integrations', 'projects', 'teams'] as const) {
      const column = table === 'organizations' ? 'id' : 'organization_id';
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${organization.id}`.execute(t.db);
      assert.equal(rows[0]!.n, 0, `${table} keeps no row of the deleted organization`);
    }
    const roleMemberships = await t.db.selectFrom('role_memberships').select('id').where('role_id', '=', roleId).execute();
    assert.equal(roleMemberships.length, 0);
    const users = await t.db.selectFrom('users').select(['id', 'current_organization_id']).where('id', 'in', [owner.user.id, member.id]).execute();
    assert.equal(users.length, 2, 'users stay');
    assert.ok(users.every((u) => u.current_organization_id !== organization.id));
    assertError(await api.delete(`/api/organizations/${organization.id}/`), 404, { code: 'not_found' });
  });

  it('leaves the list answering 404 once the last organization is gone', async () => {
    const { organization, api } = await organizationWith(15);
    assert.equal((await api.delete(`/api/organizations/${organization.id}/`)).status, 204);
    assertError(await api.get('/api/organizations/'), 404, { detail: 'You need to belong to an organization.' });
    assertError(await api.get('/api/organizations/@current/'), 404, { detail: 'Current organization not found.' });
  });
});
