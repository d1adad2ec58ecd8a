import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Level } from '../access/levels.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, seedKey, createUser } from '../../test/support/fixtures.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const ME = '/api/users/@me/';
const USER_FIELDS = [
  'allow_impersonation',
  'anonymize_data',
  'date_joined',
  'distinct_id',
  'email',
  'first_name',
  'has_password',
  'has_social_auth',
  'has_sso_enforcement',
  'hedgehog_config',
  'id',
  'is_2fa_enabled',
  'is_active',
  'is_email_verified',
  'is_impersonated',
  'is_impersonated_read_only',
  'is_impersonated_until',
  'is_staff',
  'last_name',
  'notification_settings',
  'organization',
  'organizations',
  'pending_email',
  'role_at_organization',
  'scene_personalisation',
  'sensitive_session_expires_at',
  'team',
  'uuid',
];

/** A user in two organizations made through the API (B last, so current), each with its default project. */
async function twoOrganizations() {
  const user = await createUser(t.db);
  const key = (await seedKey(t.db, user.id, ['*'])).value;
  const api = client(t.app, key);
  const a = (await api.post('/api/organizations/', { name: 'A' })).body;
  const b = (await api.post('/api/organizations/', { name: 'B' })).body;
  const extraInA = (await api.post(`/api/organizations/${a.id}/projects/`, { name: 'A second' })).body;
  await api.patch(ME, { set_current_organization: b.id });
  return { user, api, a, b, aTeam: a.teams[0].id as number, bTeam: b.teams[0].id as number, extraInA: extraInA.id as number };
}

describe('GET /api/users/@me/', () => {
  it("answers PostHog's full User: the current project as `team`, the full current organization", async () => {
    const w = await twoOrganizations();
    const me = await w.api.get(ME);
    assert.equal(me.status, 200);
    assert.deepEqual(Object.keys(me.body).sort(), USER_FIELDS);
    assert.equal(me.body.team.id, w.bTeam);
    assert.equal(me.body.team.organization, w.b.id);
    assert.equal(me.body.organization.id, w.b.id);
    assert.equal(me.body.organization.member_count, 1);
    assert.deepEqual(
      me.body.organization.teams.map((team: { id: number }) => team.id),
      [w.bTeam],
    );
    assert.deepEqual(me.body.organizations.map((organization: { id: string }) => organization.id).sort(), [w.a.id, w.b.id].sort());
    assert.deepEqual([me.body.has_password, me.body.is_impersonated, me.body.pending_email, me.body.scene_personalisation], [false, false, null, []]);
  });

  it('answers null team and organization to a user in no organization', async () => {
    const user = await createUser(t.db);
    const me = await client(t.app, (await seedKey(t.db, user.id, ['user:read'])).value).get(ME);
    assert.deepEqual([me.body.team, me.body.organization, me.body.organizations], [null, null, []]);
  });

  it('shows a key scoped to organization A nothing of the others, nor one of them as current (issue 12.8)', async () => {
    const w = await twoOrganizations();
    const scoped = client(t.app, (await seedKey(t.db, w.user.id, ['user:read'], { scopedOrganizations: [w.a.id] })).value);
    const me = await scoped.get(ME);
    assert.equal(me.status, 200);
    assert.deepEqual(
      me.body.organizations.map((organization: { id: string }) => organization.id),
      [w.a.id],
    );
    assert.equal(me.body.organization.id, w.a.id);
    assert.equal(me.body.team.organization, w.a.id);
    const text = JSON.stringify(me.body);
    assert.ok(!text.includes(w.b.id) && !text.includes('"B"'), 'B is named in the answer');
  });

  it('shows a key scoped to teams only those teams, their projects and their organization', async () => {
    const w = await twoOrganizations();
    const scoped = client(t.app, (await seedKey(t.db, w.user.id, ['user:read'], { scopedTeams: [w.extraInA] })).value);
    const me = (await scoped.get(ME)).body;
    assert.deepEqual(
      me.organizations.map((organization: { id: string }) => organization.id),
      [w.a.id],
    );
    assert.equal(me.team.id, w.extraInA);
    assert.deepEqual(
      me.organization.teams.map((team: { id: number }) => team.id),
      [w.extraInA],
    );
    assert.deepEqual(
      me.organization.projects.map((project: { id: number }) => project.id),
      [w.extraInA],
    );
    assert.ok(!JSON.stringify(me).includes(w.b.id));
  });
});

describe('PATCH /api/users/@me/', () => {
  it('changes first and last name, trimmed, ignoring other fields', async () => {
    const w = await twoOrganizations();
    const response = await w.api.patch(ME, { first_name: '  Ada ', last_name: 'Lovelace', email: 'x@example.com', is_staff: true });
    assert.equal(response.status, 200);
    assert.deepEqual(
      [response.body.first_name, response.body.last_name, response.body.email, response.body.is_staff],
      ['Ada', 'Lovelace', w.user.email, false],
    );
    assertError(await w.api.patch(ME, { first_name: 'x'.repeat(151) }), 400, { code: 'max_length', attr: 'first_name' });
    const audit = await t.db.selectFrom('audit_log').select('action').where('target_id', '=', w.user.uuid).execute();
    assert.ok(audit.some((row) => row.action === 'user.updated'));
  });

  it('switches the current organization and project, which @current then means', async () => {
    const w = await twoOrganizations();
    const switched = await w.api.patch(ME, { set_current_organization: w.a.id });
    assert.deepEqual([switched.body.organization.id, switched.body.team.id], [w.a.id, w.aTeam]);
    assert.equal((await w.api.get('/api/organizations/@current/')).body.id, w.a.id);
    const team = await w.api.patch(ME, { set_current_team: w.extraInA });
    assert.deepEqual([team.body.organization.id, team.body.team.id], [w.a.id, w.extraInA]);
    assert.equal((await w.api.get('/api/projects/@current/')).body.id, w.extraInA);
    const back = await w.api.patch(ME, { set_current_team: String(w.bTeam) });
    assert.deepEqual([back.body.organization.id, back.body.team.id], [w.b.id, w.bTeam]);
    assert.equal((await w.api.get('/api/organizations/@current/projects/')).body.results[0].id, w.bTeam);
  });

  it('refuses organizations and projects the user is not in, or the key does not reach', async () => {
    const w = await twoOrganizations();
    const stranger = await twoOrganizations();
    for (const [field, value] of [
      ['set_current_organization', stranger.a.id],
      ['set_current_organization', 'not-a-uuid'],
      ['set_current_team', stranger.aTeam],
      ['set_current_team', 'abc'],
    ] as const) {
      assertError(await w.api.patch(ME, { [field]: value }), 400, { code: 'does_not_exist', detail: `Object with id=${value} does not exist.`, attr: field });
    }
    const scoped = client(t.app, (await seedKey(t.db, w.user.id, ['user:write'], { scopedOrganizations: [w.b.id] })).value);
    assertError(await scoped.patch(ME, { set_current_organization: w.a.id }), 400, { code: 'does_not_exist' });
    assertError(await scoped.patch(ME, { set_current_team: w.aTeam }), 400, { code: 'does_not_exist' });
    assert.equal((await w.api.get(ME)).body.organization.id, w.b.id);
    const reader = client(t.app, (await seedKey(t.db, w.user.id, ['user:read'])).value);
    assertError(await reader.patch(ME, { first_name: 'X' }), 403, { detail: "API key missing required scope 'user:write'" });
  });

  it('a member of an organization switches to it too', async () => {
    const w = await twoOrganizations();
    const other = await createUser(t.db);
    await addMember(t.db, w.a.id, other.id, Level.Member);
    const api = client(t.app, (await seedKey(t.db, other.id, ['user:write'])).value);
    const me = await api.patch(ME, { set_current_team: w.extraInA });
    assert.equal(me.status, 200);
    assert.deepEqual([me.body.organization.id, me.body.team.id, me.body.organization.membership_level], [w.a.id, w.extraInA, 1]);
  });
});
