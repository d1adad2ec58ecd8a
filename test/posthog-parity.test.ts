// One test per difference from PostHog found on main (issue 14, point 4), each asserting the
// answer ../shared/reference/posthog-behaviour.md gives for PostHog.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Level } from '../src/access/levels.ts';
import { uuidv7 } from '../src/db/ids.ts';
import { client, startTestApp, type TestApp } from './support/app.ts';
import { addMember, assertError, seedKey, createOrganizationRow, createUser } from './support/fixtures.ts';
import { organizationWithIntegration, storedIntegration } from './support/integrations.ts';
import { createRoleRow, organizationWithPeople, roleMembershipsOf } from './support/roles.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe('PostHog parity (issue 14, point 4)', () => {
  it('environment mapping ignores unknown body keys, as the seed example sending `kind` expects (§9.3)', async () => {
    const w = await organizationWithIntegration(t.db);
    const response = await client(t.app, w.admin.writeKey).patch(w.mappingUrl, { production: w.projectId, kind: 'vercel', staging: 3 });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(response.body.config.environment_mapping, { production: w.projectId, preview: w.projectId, development: w.projectId });
  });

  it('environment mapping saves only config: updated_at is not bumped (§9.3)', async () => {
    const w = await organizationWithIntegration(t.db);
    const before = await storedIntegration(t.db, w.integrationId);
    const response = await client(t.app, w.admin.writeKey).patch(w.mappingUrl, { production: w.projectId });
    assert.equal(response.status, 200);
    assert.equal(response.body.updated_at, before.updated_at);
    assert.equal((await storedIntegration(t.db, w.integrationId)).updated_at, before.updated_at);
  });

  it('an owner cannot remove another owner: 400 "Cannot leave the organization as its owner!" (§6.7)', async () => {
    const owner = await createUser(t.db);
    const organizationId = await createOrganizationRow(t.db, owner.id);
    const other = await createUser(t.db);
    await addMember(t.db, organizationId, other.id, Level.Owner);
    const api = client(t.app, (await seedKey(t.db, owner.id, ['organization_member:write'])).value);
    assertError(await api.delete(`/api/organizations/${organizationId}/members/${other.uuid}/`), 400, {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'Cannot leave the organization as its owner!',
      attr: null,
    });
    const still = await t.db
      .selectFrom('organization_memberships')
      .select('level')
      .where('organization_id', '=', organizationId)
      .where('user_id', '=', other.id)
      .executeTakeFirst();
    assert.equal(still?.level, Level.Owner);
  });

  it("PUT /api/organizations/:id/ is served with PATCH's rules (§1.1, case 41)", async () => {
    const w = await organizationWithPeople(t.db);
    const url = `/api/organizations/${w.organizationId}/`;
    const updated = await client(t.app, w.admin.writeKey).put(url, { name: 'Put name', enforce_2fa: true });
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    assert.equal(updated.body.name, 'Put name');
    assert.equal(updated.body.enforce_2fa, true);
    assertError(await client(t.app, w.member.writeKey).put(url, { name: 'X' }), 403, { detail: 'Your organization access level is insufficient.' });
    assertError(await client(t.app, w.admin.writeKey).put(url, { enforce_2fa: false }), 400, { code: 'required', attr: 'name' });
    assertError(await client(t.app, w.outsider.writeKey).put(url, { name: 'X' }), 404, { detail: 'Not found.' });
  });

  it('role memberships of a role outside the organization: list is an empty page (case 92), create is 400 "Role does not exist." (case 90)', async () => {
    const w = await organizationWithPeople(t.db);
    const elsewhere = await organizationWithPeople(t.db);
    const foreignRole = await createRoleRow(t.db, elsewhere.organizationId);
    await t.db
      .insertInto('role_memberships')
      .values((eb) => ({
        id: uuidv7(),
        role_id: foreignRole,
        user_id: elsewhere.member.user.id,
        organization_member_id: eb
          .selectFrom('organization_memberships')
          .select('id')
          .where('user_id', '=', elsewhere.member.user.id)
          .where('organization_id', '=', elsewhere.organizationId),
      }))
      .execute();
    for (const role of [foreignRole, uuidv7()]) {
      const url = `/api/organizations/${w.organizationId}/roles/${role}/role_memberships/`;
      const listed = await client(t.app, w.admin.readKey).get(url);
      assert.equal(listed.status, 200);
      assert.deepEqual(listed.body, { count: 0, next: null, previous: null, results: [] });
      assertError(await client(t.app, w.admin.writeKey).post(url, { user_uuid: w.member.user.uuid }), 400, {
        type: 'validation_error',
        code: 'invalid_input',
        detail: 'Role does not exist.',
        attr: null,
      });
    }
    assert.equal((await roleMembershipsOf(t.db, foreignRole)).length, 1);
  });

  it('JSON bodies take what DRF takes: "true"/"false"/"1"/"0" and 1/0 for booleans, numbers for strings, numeric text for integers', async () => {
    const w = await organizationWithPeople(t.db);
    const api = client(t.app, w.admin.writeKey);
    const url = `/api/organizations/${w.organizationId}/`;
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ is_member_join_email_enabled: 'false' }, { is_member_join_email_enabled: false }],
      [{ is_member_join_email_enabled: '1' }, { is_member_join_email_enabled: true }],
      [{ is_member_join_email_enabled: 0 }, { is_member_join_email_enabled: false }],
      [{ default_anonymize_ips: 'True' }, { default_anonymize_ips: true }],
      [{ enforce_2fa: 'null' }, { enforce_2fa: null }],
      [{ enforce_2fa: 'yes' }, { enforce_2fa: true }],
      [{ name: 12345 }, { name: '12345' }],
    ];
    for (const [body, expected] of cases) {
      const response = await api.patch(url, body);
      assert.equal(response.status, 200, `${JSON.stringify(body)}: ${JSON.stringify(response.body)}`);
      for (const [key, value] of Object.entries(expected)) assert.equal(response.body[key], value, JSON.stringify(body));
    }
    // What DRF refuses stays refused, with its messages.
    assertError(await api.patch(url, { is_member_join_email_enabled: 'notabool' }), 400, {
      detail: 'Must be a valid boolean.',
      attr: 'is_member_join_email_enabled',
    });
    assertError(await api.patch(url, { is_member_join_email_enabled: 2 }), 400, { detail: 'Must be a valid boolean.' });
    assertError(await api.patch(url, { members_can_use_personal_api_keys: 'null' }), 400, { detail: 'Must be a valid boolean.' });
    assertError(await api.patch(url, { name: true }), 400, { detail: 'Not a valid string.', attr: 'name' });
    // Integer fields take numeric text, as DRF's IntegerField does (int() after dropping ".0").
    const integration = await organizationWithIntegration(t.db);
    const mapped = await client(t.app, integration.admin.writeKey).patch(integration.mappingUrl, { production: ` ${integration.projectId}.0 ` });
    assert.equal(mapped.status, 200, JSON.stringify(mapped.body));
    assert.equal(mapped.body.config.environment_mapping.production, integration.projectId);
    // A choice given as text, as DRF's ChoiceField matches it.
    const member = await client(t.app, (await seedKey(t.db, w.owner.user.id, ['organization_member:write'])).value).patch(
      `/api/organizations/${w.organizationId}/members/${w.member.user.uuid}/`,
      { level: '8' },
    );
    assert.equal(member.status, 200, JSON.stringify(member.body));
    assert.equal(member.body.level, 8);
  });
});
