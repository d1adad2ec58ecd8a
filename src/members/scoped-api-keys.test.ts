// What PostHog clients read about members after invites: a member's keys reaching the
// organization (scoped_api_keys), and the member list's `email` and `order` parameters.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, seedKey, createOrganizationRow, createUser } from '../../test/support/fixtures.ts';
import { createProjectRow } from '../../test/support/integrations.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
});
after(() => t.close());

describe('GET /api/organizations/:organization_id/members/:user_uuid/scoped_api_keys/', () => {
  it("lists the member's keys that reach this organization, by label, never their values", async () => {
    const owner = await createUser(t.db);
    const organization = await createOrganizationRow(t.db, owner.id, 'Keys');
    const project = await createProjectRow(t.db, organization, 'P');
    const team = await t.db.selectFrom('teams').select('id').where('project_id', '=', project).executeTakeFirstOrThrow();
    const member = await createUser(t.db);
    await addMember(t.db, organization, member.id, 1);
    const elsewhere = await createOrganizationRow(t.db, member.id, 'Elsewhere');
    const elsewhereProject = await createProjectRow(t.db, elsewhere, 'Q');
    const elsewhereTeam = await t.db.selectFrom('teams').select('id').where('project_id', '=', elsewhereProject).executeTakeFirstOrThrow();
    const unrestricted = (await seedKey(t.db, member.id, ['*'], { label: 'everything' })).value;
    (await seedKey(t.db, member.id, ['*'], { label: 'this org', scopedOrganizations: [organization] })).value;
    (await seedKey(t.db, member.id, ['*'], { label: 'other org', scopedOrganizations: [elsewhere] })).value;
    (await seedKey(t.db, member.id, ['*'], { label: 'this project', scopedTeams: [team.id] })).value;
    (await seedKey(t.db, member.id, ['*'], { label: 'other project', scopedTeams: [elsewhereTeam.id] })).value;
    const asMember = client(t.app, (await seedKey(t.db, owner.id, ['organization_member:read'])).value);
    const url = `/api/organizations/${organization}/members/${member.uuid}/scoped_api_keys/`;
    const quiet = await asMember.get(url);
    assert.equal(quiet.status, 200);
    assert.deepEqual(
      quiet.body.keys.map((key: { name: string }) => key.name),
      ['everything', 'this org', 'this project'],
    );
    assert.deepEqual(Object.keys(quiet.body).sort(), ['has_keys', 'has_keys_active_last_week', 'keys']);
    assert.equal(quiet.body.has_keys, true);
    assert.equal(quiet.body.has_keys_active_last_week, false);
    assert.ok(!JSON.stringify(quiet.body).includes(unrestricted));
    await client(t.app, unrestricted).get('/api/users/@me/');
    const active = await asMember.get(url);
    assert.equal(active.body.has_keys_active_last_week, true);
    assert.equal(active.body.keys[0].last_used_at !== null, true);
    const keyless = await asMember.get(`/api/organizations/${organization}/members/${owner.uuid}/scoped_api_keys/`);
    assert.deepEqual(
      keyless.body.keys.map((key: { name: string }) => key.name),
      ['test key'],
    );
    const stranger = await createUser(t.db);
    assertError(await asMember.get(`/api/organizations/${organization}/members/${stranger.uuid}/scoped_api_keys/`), 404, { code: 'not_found' });
  });
});

describe('GET /api/organizations/:organization_id/members/ with email and order', () => {
  it('filters by exact email ignoring case, and orders by joined_at either way', async () => {
    const owner = await createUser(t.db);
    const organization = await createOrganizationRow(t.db, owner.id, 'Order');
    const second = await createUser(t.db, { email: `Second-${Date.now()}@Example.com` });
    const third = await createUser(t.db);
    await addMember(t.db, organization, second.id, 1);
    await addMember(t.db, organization, third.id, 1);
    const api = client(t.app, (await seedKey(t.db, owner.id)).value);
    const url = `/api/organizations/${organization}/members/`;
    const byEmail = await api.get(`${url}?email=${encodeURIComponent(second.email.toLowerCase())}`);
    assert.equal(byEmail.status, 200);
    assert.equal(byEmail.body.count, 1);
    assert.deepEqual(
      byEmail.body.results.map((row: { user: { uuid: string } }) => row.user.uuid),
      [second.uuid],
    );
    const partial = await api.get(`${url}?email=${encodeURIComponent(second.email.slice(1))}`);
    assert.equal(partial.body.count, 0, 'exact, not a search');
    const oldest = await api.get(`${url}?order=joined_at`);
    assert.deepEqual(
      oldest.body.results.map((row: { user: { uuid: string } }) => row.user.uuid),
      [owner.uuid, second.uuid, third.uuid],
    );
    const newest = await api.get(`${url}?order=-joined_at`);
    assert.deepEqual(
      newest.body.results.map((row: { user: { uuid: string } }) => row.user.uuid),
      [third.uuid, second.uuid, owner.uuid],
    );
    assert.deepEqual(
      (await api.get(url)).body.results.map((row: { user: { uuid: string } }) => row.user.uuid),
      [third.uuid, second.uuid, owner.uuid],
    );
    assertError(await api.get(`${url}?order=email`), 400, { code: 'invalid_choice', attr: 'order' });
  });
});
