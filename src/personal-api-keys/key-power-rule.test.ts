// Issue 12: no key ever grants more than the key that asks, and no key value is at rest.
// Each test is one of the issue's attacks, made with K1: scoped to organization A, holding
// `personal_api_key:write` (and `organization:read` where the attack needs to read).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { assertError, seedKey, createOrganizationRow, createUser } from '../../test/support/fixtures.ts';
import { createProjectRow } from '../../test/support/integrations.ts';

const KEYS = '/api/personal_api_keys/';
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function world() {
  const user = await createUser(t.db);
  const a = await createOrganizationRow(t.db, user.id, 'A');
  const b = await createOrganizationRow(t.db, user.id, 'B');
  const teamA = await createProjectRow(t.db, a);
  const star = (await seedKey(t.db, user.id, ['*'], { label: 'star' })).value;
  const k1 = (await seedKey(t.db, user.id, ['personal_api_key:write', 'organization:read'], { scopedOrganizations: [a], label: 'k1' })).value;
  const starId = (await client(t.app, star).get(`${KEYS}@current/`)).body.id as string;
  return { user, a, b, teamA, star, starId, k1, api: client(t.app, k1) };
}

const stored = (id: string) => t.db.selectFrom('personal_api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('a key manages only keys within its power (issue 12)', () => {
  it("1: K1 neither sees nor rolls the user's * key", async () => {
    const w = await world();
    const listed = await w.api.get(KEYS);
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.body.map((key: { label: string }) => key.label),
      ['k1'],
    );
    assertError(await w.api.get(`${KEYS}${w.starId}/`), 404, { code: 'not_found' });
    const before = await stored(w.starId);
    assertError(await w.api.post(`${KEYS}${w.starId}/roll/`), 404, { code: 'not_found' });
    assert.equal((await stored(w.starId)).secure_value, before.secure_value);
    assert.equal((await client(t.app, w.star).get(`${KEYS}@current/`)).status, 200);
  });

  it("2: a key K1 creates without scoped_organizations inherits K1's [A]", async () => {
    const w = await world();
    const created = await w.api.post(KEYS, { label: 'child', scopes: ['organization:read'] });
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.scoped_organizations, [w.a]);
    const organizations = await client(t.app, created.body.value).get('/api/organizations/');
    assert.deepEqual(
      organizations.body.results.map((o: { id: string }) => o.id),
      [w.a],
    );
    assertError(await client(t.app, created.body.value).get(`/api/organizations/${w.b}/`), 404, {});
    // Explicitly wider is refused, as before.
    assertError(await w.api.post(KEYS, { label: 'x', scopes: ['organization:read'], scoped_organizations: [] }), 403, {
      detail: 'API key cannot grant access to organizations outside its own scope.',
    });
  });

  it('3: a key with scoped_teams cannot patch itself unrestricted', async () => {
    const w = await world();
    const teamKey = (await seedKey(t.db, w.user.id, ['personal_api_key:write', 'organization:read'], { scopedTeams: [w.teamA] })).value;
    const api = client(t.app, teamKey);
    const self = (await api.get(`${KEYS}@current/`)).body.id as string;
    assertError(await api.patch(`${KEYS}${self}/`, { scoped_teams: [] }), 403, {
      detail: 'API key cannot grant access to projects outside its own scope.',
    });
    assertError(await api.patch(`${KEYS}${self}/`, { scoped_teams: null }), 400, { code: 'null', attr: 'scoped_teams' });
    assert.deepEqual((await stored(self)).scoped_teams, [w.teamA]);
    assertError(await api.get('/api/organizations/'), 403, {});
  });

  it("4: K1 cannot delete or narrow the user's stronger keys", async () => {
    const w = await world();
    assertError(await w.api.delete(`${KEYS}${w.starId}/`), 404, { code: 'not_found' });
    assertError(await w.api.patch(`${KEYS}${w.starId}/`, { scopes: ['user:read'], scoped_organizations: [w.a] }), 404, { code: 'not_found' });
    const star = await stored(w.starId);
    assert.deepEqual([star.scopes, star.scoped_organizations], [['*'], []]);
  });

  it('5: K1 never gets a replay of a request another key made', async () => {
    const w = await world();
    const body = { label: 'replayed', scopes: ['personal_api_key:read'] };
    const first = await client(t.app, w.star).post(KEYS, body, { 'idempotency-key': 'shared' });
    assert.equal(first.status, 201);
    const second = await w.api.post(KEYS, body, { 'idempotency-key': 'shared' });
    assert.equal(second.status, 201);
    assert.equal(second.headers['idempotent-replayed'], undefined);
    assert.notEqual(second.body.id, first.body.id);
    assert.deepEqual(second.body.scoped_organizations, [w.a]);
    // Nor after the first key is gone.
    await client(t.app, w.star).delete(`${KEYS}${first.body.id}/`);
    await client(t.app, w.star).delete(`${KEYS}${w.starId}/`);
    const third = await w.api.post(KEYS, { ...body, label: 'again' }, { 'idempotency-key': 'shared-2' });
    assert.equal(third.headers['idempotent-replayed'], undefined);
  });

  it('6: no key value is kept by Idempotency-Key; a replay answers the key without it', async () => {
    const w = await world();
    const created = await client(t.app, w.star).post(KEYS, { label: 'idem', scopes: ['user:read'] }, { 'idempotency-key': 'c1' });
    const rolled = await client(t.app, w.star).post(`${KEYS}${created.body.id}/roll/`, {}, { 'idempotency-key': 'r1' });
    assert.equal(rolled.status, 200);
    for (const value of [created.body.value, rolled.body.value]) {
      assert.match(value, /^phx_/);
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM idempotency_keys t WHERE t::text LIKE ${`%${value}%`}`.execute(t.db);
      assert.equal(rows[0]!.n, 0);
    }
    const replay = await client(t.app, w.star).post(`${KEYS}${created.body.id}/roll/`, {}, { 'idempotency-key': 'r1' });
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(replay.body.value, undefined);
    assert.equal(replay.body.id, created.body.id);
    assert.equal(replay.body.mask_value, rolled.body.mask_value);
  });

  it('a legacy key with no scopes is full access: only a * key sees it, and may still rename it', async () => {
    const w = await world();
    const legacy = await t.db
      .insertInto('personal_api_keys')
      .values({
        id: `legacy${Date.now()}`,
        user_id: w.user.id,
        label: 'legacy',
        secure_value: `sha256$${'0'.repeat(60)}${Date.now()}`,
        mask_value: 'phx_...0000',
        scopes: [],
        scoped_teams: [],
        scoped_organizations: [],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    assertError(await w.api.get(`${KEYS}${legacy.id}/`), 404, { code: 'not_found' });
    const renamed = await client(t.app, w.star).patch(`${KEYS}${legacy.id}/`, { label: 'renamed' });
    assert.equal(renamed.status, 200);
    assert.deepEqual(renamed.body.scopes, []);
  });
});
