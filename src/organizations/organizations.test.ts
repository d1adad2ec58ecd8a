import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { Level } from '../access/levels.ts';
import { addMember, assertError, createOrganizationRow, createUser, createUserWithKey, seedKey } from '../../test/support/fixtures.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const SEED_FIELDS = [
  'id',
  'name',
  'slug',
  'logo_media_id',
  'created_at',
  'updated_at',
  'membership_level',
  'plugins_access_level',
  'teams',
  'projects',
  'available_product_features',
  'is_member_join_email_enabled',
  'metadata',
  'customer_id',
  'enforce_2fa',
  'members_can_invite',
  'members_can_use_personal_api_keys',
  'allow_publicly_shared_resources',
  'member_count',
  'is_ai_data_processing_approved',
  'default_experiment_stats_method',
  'default_anonymize_ips',
  'default_role_id',
  'is_active',
  'is_not_active_reason',
];

async function ownerWithOrganization(name = 'Acme') {
  const { user, key } = await createUserWithKey(t.db);
  const created = await client(t.app, key).post('/api/organizations/', { name });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return { user, key, api: client(t.app, key), organization: created.body };
}

describe('POST /api/organizations/', () => {
  it("creates the organization with the caller as owner, a default project and team, and PostHog's defaults", async () => {
    const { user, key } = await createUserWithKey(t.db);
    const response = await client(t.app, key).post('/api/organizations/', { name: 'Hello World!', slug: 'custom', plugins_access_level: 0 });
    assert.equal(response.status, 201);
    const organization = response.body;
    assert.deepEqual(Object.keys(organization).sort(), [...SEED_FIELDS].sort());
    assert.equal(organization.name, 'Hello World!');
    assert.equal(organization.slug, 'hello-world', 'derived from the name, never taken from the body');
    assert.equal(organization.membership_level, 15);
    assert.equal(organization.plugins_access_level, 9);
    assert.equal(organization.member_count, 1);
    assert.deepEqual(organization.metadata, { instance_tag: 'none' });
    // Self-hosted: every organization has automatic provisioning and SCIM (issue 25).
    assert.deepEqual(organization.available_product_features, [
      { key: 'automatic_provisioning', name: 'Automatic provisioning' },
      { key: 'scim', name: 'SCIM' },
    ]);
    assert.equal(organization.is_member_join_email_enabled, true);
    assert.equal(organization.members_can_invite, true);
    assert.equal(organization.enforce_2fa, null);
    assert.equal(organization.default_experiment_stats_method, 'bayesian');
    assert.equal(organization.default_anonymize_ips, false);
    assert.equal(organization.default_role_id, null);
    assert.equal(organization.is_active, true);
    assert.equal(organization.teams.length, 1);
    assert.equal(organization.projects.length, 1);
    const [team] = organization.teams;
    assert.equal(team.name, 'Default project');
    assert.equal(team.organization, organization.id);
    assert.equal(team.project_id, organization.projects[0].id);
    assert.match(team.api_token, /^phc_/);
    assert.deepEqual(organization.projects[0], { id: team.id, organization_id: organization.id, name: 'Default project' });
    assert.match(organization.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);

    const membership = await t.db.selectFrom('organization_memberships').selectAll().where('organization_id', '=', organization.id).execute();
    assert.deepEqual(
      membership.map((m) => [m.user_id, m.level]),
      [[user.id, 15]],
    );
    const stored = await t.db.selectFrom('users').select('current_organization_id').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(stored.current_organization_id, organization.id);
    const current = await client(t.app, key).get('/api/organizations/@current/');
    assert.equal(current.body.id, organization.id);
  });

  it('applies writable fields from the body', async () => {
    const { key } = await createUserWithKey(t.db);
    const response = await client(t.app, key).post('/api/organizations/', {
      name: 'Configured',
      default_anonymize_ips: true,
      enforce_2fa: true,
      default_experiment_stats_method: 'frequentist',
    });
    assert.equal(response.status, 201);
    assert.equal(response.body.enforce_2fa, true);
    assert.equal(response.body.default_experiment_stats_method, 'frequentist');
    const team = await t.db.selectFrom('teams').select('anonymize_ips').where('organization_id', '=', response.body.id).executeTakeFirstOrThrow();
    assert.equal(team.anonymize_ips, true, 'the team inherits default_anonymize_ips');
  });

  it('gives a colliding name a suffixed slug of at most 48 characters', async () => {
    const { key } = await createUserWithKey(t.db);
    const api = client(t.app, key);
    const long = 'x'.repeat(48);
    const first = await api.post('/api/organizations/', { name: long });
    assert.equal(first.body.slug, long);
    const second = await api.post('/api/organizations/', { name: `#${'X'.repeat(48)}!` });
    assert.match(second.body.slug, /^x{43}-[a-z]{4}$/);
    assert.ok(second.body.slug.length <= 48);
  });

  it('gives concurrent creates of one name distinct slugs', async () => {
    const { key } = await createUserWithKey(t.db);
    const api = client(t.app, key);
    const name = `Concurrent ${Date.now()}`;
    const responses = await Promise.all(Array.from({ length: 10 }, () => api.post('/api/organizations/', { name })));
    assert.deepEqual(
      responses.map((r) => r.status),
      Array(10).fill(201),
    );
    const slugs = responses.map((r) => r.body.slug);
    assert.equal(new Set(slugs).size, 10);
    const stored = await t.db.selectFrom('organizations').select('slug').where('name', '=', name).execute();
    assert.equal(stored.length, 10);
  });

  it('trims the name before checking its length, as DRF does', async () => {
    const { key } = await createUserWithKey(t.db);
    const name = 'n'.repeat(64);
    const response = await client(t.app, key).post('/api/organizations/', { name: `  ${name}  ` });
    assert.equal(response.status, 201);
    assert.equal(response.body.name, name);
  });

  it('refuses missing, blank, over-long and mistyped names, writing nothing', async () => {
    const { user, key } = await createUserWithKey(t.db);
    const api = client(t.app, key);
    assertError(await api.post('/api/organizations/', {}), 400, {
      type: 'validation_error',
      code: 'required',
      detail: 'This field is required.',
      attr: 'name',
    });
    assertError(await api.post('/api/organizations/', { name: '' }), 400, { code: 'blank', attr: 'name' });
    assertError(await api.post('/api/organizations/', { name: '   ' }), 400, { code: 'blank', attr: 'name' });
    assertError(await api.post('/api/organizations/', { name: 'x'.repeat(65) }), 400, {
      code: 'max_length',
      detail: 'Ensure this field has no more than 64 characters.',
      attr: 'name',
    });
    // DRF's CharField takes a number as its text, but not a boolean or a list.
    assertError(await api.post('/api/organizations/', { name: true }), 400, { detail: 'Not a valid string.', attr: 'name' });
    assertError(await api.post('/api/organizations/', { name: ['x'] }), 400, { attr: 'name' });
    assertError(await api.post('/api/organizations/', { name: 'X', default_experiment_stats_method: 'xyz' }), 400, {
      code: 'invalid_choice',
      detail: '"xyz" is not a valid choice.',
      attr: 'default_experiment_stats_method',
    });
    assertError(await api.post('/api/organizations/', { name: 'X', enforce_2fa: 'notabool' }), 400, {
      detail: 'Must be a valid boolean.',
      attr: 'enforce_2fa',
    });
    assertError(await api.post('/api/organizations/', { name: 'X', default_role_id: '00000000-0000-0000-0000-000000000000' }), 400, {
      attr: 'default_role_id',
    });
    const memberships = await t.db.selectFrom('organization_memberships').select('id').where('user_id', '=', user.id).execute();
    assert.equal(memberships.length, 0);
  });
});

describe('GET /api/organizations/', () => {
  it("lists the caller's organizations in creation order, with limit/offset links", async () => {
    const { api, organization: first } = await ownerWithOrganization('First');
    const second = (await api.post('/api/organizations/', { name: 'Second' })).body;
    const third = (await api.post('/api/organizations/', { name: 'Third' })).body;
    const stranger = await createUser(t.db);
    await createOrganizationRow(t.db, stranger.id, 'Not mine');

    const all = await api.get('/api/organizations/');
    assert.equal(all.status, 200);
    assert.equal(all.body.count, 3);
    assert.deepEqual(
      all.body.results.map((o: { id: string }) => o.id),
      [first.id, second.id, third.id],
    );
    const page = await api.get('/api/organizations/?limit=1&offset=1');
    assert.deepEqual(
      page.body.results.map((o: { id: string }) => o.id),
      [second.id],
    );
    assert.match(page.body.next, /\/api\/organizations\/\?limit=1&offset=2$/);
    assert.match(page.body.previous, /\/api\/organizations\/\?limit=1$/);
    const past = await api.get('/api/organizations/?limit=10&offset=10');
    assert.equal(past.body.count, 3);
    assert.deepEqual(past.body.results, []);
    const lenient = await api.get('/api/organizations/?limit=abc&offset=-3');
    assert.equal(lenient.body.results.length, 3);
  });

  it('filters by search and orders by name or creation, both ways', async () => {
    const { api } = await ownerWithOrganization('Beta');
    await api.post('/api/organizations/', { name: 'alpha' });
    await api.post('/api/organizations/', { name: 'Gamma' });
    const names = async (query: string) => (await api.get(`/api/organizations/?${query}`)).body.results.map((o: { name: string }) => o.name);
    assert.deepEqual(await names('ordering=name'), ['alpha', 'Beta', 'Gamma']);
    assert.deepEqual(await names('ordering=-name'), ['Gamma', 'Beta', 'alpha']);
    assert.deepEqual(await names('ordering=-created_at'), ['Gamma', 'alpha', 'Beta']);
    assert.deepEqual(await names('search=AMM'), ['Gamma']);
    assert.deepEqual(await names('search=%25'), []);
    assertError(await api.get('/api/organizations/?ordering=slug'), 400, { code: 'invalid_choice', attr: 'ordering' });
  });

  it('gives every page its total and each organization its level, past the end too, whatever the search, ordering or key scope', async () => {
    const { user, api, organization: owned } = await ownerWithOrganization('Kilo one');
    const stranger = await createUser(t.db);
    const asAdmin = await createOrganizationRow(t.db, stranger.id, 'kilo two');
    await addMember(t.db, asAdmin, user.id, Level.Admin);
    const asMember = await createOrganizationRow(t.db, stranger.id, 'Lima');
    await addMember(t.db, asMember, user.id, Level.Member);
    const notMine = await createOrganizationRow(t.db, stranger.id, 'Kilo three');
    const scoped = client(t.app, (await seedKey(t.db, user.id, ['organization:read'], { scopedOrganizations: [asMember, notMine, owned.id] })).value);
    const list = async (caller: typeof api, query: string) => {
      const response = await caller.get(`/api/organizations/?${query}`);
      assert.equal(response.status, 200, query);
      return { count: response.body.count, results: response.body.results.map((o: { id: string; membership_level: number }) => [o.id, o.membership_level]) };
    };
    const levels = { [owned.id]: Level.Owner, [asAdmin]: Level.Admin, [asMember]: Level.Member };
    const expect = (count: number, ids: string[]) => ({ count, results: ids.map((id) => [id, levels[id]]) });
    assert.deepEqual(await list(api, ''), expect(3, [owned.id, asAdmin, asMember]));
    assert.deepEqual(await list(api, 'limit=2&offset=1'), expect(3, [asAdmin, asMember]));
    assert.deepEqual(await list(api, 'offset=3'), expect(3, []));
    assert.deepEqual(await list(api, 'search=kilo'), expect(2, [owned.id, asAdmin]));
    assert.deepEqual(await list(api, 'search=kilo&offset=5'), expect(2, []));
    assert.deepEqual(await list(api, 'ordering=-name&limit=2'), expect(3, [asMember, asAdmin]));
    assert.deepEqual(await list(api, 'ordering=name&offset=9'), expect(3, []));
    assert.deepEqual(await list(scoped, ''), expect(2, [owned.id, asMember]));
    assert.deepEqual(await list(scoped, 'offset=2'), expect(2, []));
    assert.deepEqual(await list(scoped, 'ordering=-created_at'), expect(2, [asMember, owned.id]));
    assert.deepEqual(await list(scoped, 'search=LIM'), expect(1, [asMember]));
    assert.deepEqual(await list(scoped, 'search=kilo&ordering=name&offset=1'), expect(1, []));
  });

  it('answers 404 "You need to belong to an organization." to a user in none', async () => {
    const { key } = await createUserWithKey(t.db);
    assertError(await client(t.app, key).get('/api/organizations/'), 404, {
      type: 'invalid_request',
      code: 'not_found',
      detail: 'You need to belong to an organization.',
    });
  });
});

describe('GET /api/organizations/:id/', () => {
  it('answers the organization by id, with or without the trailing slash, and as @current', async () => {
    const { api, organization } = await ownerWithOrganization();
    assert.equal((await api.get(`/api/organizations/${organization.id}/`)).body.id, organization.id);
    assert.equal((await api.get(`/api/organizations/${organization.id}`)).body.id, organization.id);
    assert.equal((await api.get(`/api/organizations/${organization.id.toUpperCase()}/`)).body.id, organization.id);
    const current = await api.get('/api/organizations/@current/');
    assert.equal(current.body.id, organization.id);
    assert.equal(current.body.personalization, undefined);
  });

  it("shows the caller's level and counts members", async () => {
    const { organization } = await ownerWithOrganization();
    const admin = await createUserWithKey(t.db);
    await addMember(t.db, organization.id, admin.user.id, 8);
    const inactive = await createUser(t.db);
    await addMember(t.db, organization.id, inactive.id, 1);
    await t.db.updateTable('users').set({ is_active: false }).where('id', '=', inactive.id).execute();
    const response = await client(t.app, admin.key).get(`/api/organizations/${organization.id}/`);
    assert.equal(response.body.membership_level, 8);
    assert.equal(response.body.member_count, 2, 'inactive users are not counted');
  });

  it("answers 404, never another tenant's data, to non-members, unknown and malformed ids", async () => {
    const { organization } = await ownerWithOrganization();
    const outsider = await createUserWithKey(t.db);
    await createOrganizationRow(t.db, outsider.user.id);
    const api = client(t.app, outsider.key);
    for (const id of [organization.id, '00000000-0000-0000-0000-000000000000', 'not-a-uuid', '1']) {
      assertError(await api.get(`/api/organizations/${id}/`), 404, { detail: 'Not found.' });
    }
  });
});
