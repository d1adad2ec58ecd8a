import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, seedKey, createOrganizationRow, createUser } from '../../test/support/fixtures.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const CURRENT = '/api/personal_api_keys/@current/';

describe('GET /api/personal_api_keys/@current/', () => {
  it("answers the calling key's scopes and the organizations it reaches, with the caller's level in each", async () => {
    const user = await createUser(t.db);
    const stranger = await createUser(t.db);
    const owned = await createOrganizationRow(t.db, user.id, 'Owned');
    const joined = await createOrganizationRow(t.db, stranger.id, 'Joined');
    await addMember(t.db, joined, user.id, 8);
    await createOrganizationRow(t.db, stranger.id, 'Foreign');
    const key = (await seedKey(t.db, user.id, ['organization:read'], { label: 'introspected' })).value;

    const response = await client(t.app, key).get(CURRENT);
    assert.equal(response.status, 200);
    assert.equal(response.body.label, 'introspected');
    assert.deepEqual(response.body.scopes, ['organization:read']);
    assert.equal(response.body.user.uuid, user.uuid);
    assert.equal(response.body.value, undefined);
    const levels = Object.fromEntries(response.body.organizations.map((o: { name: string; membership_level: number }) => [o.name, o.membership_level]));
    assert.deepEqual(levels, { Owned: 15, Joined: 8 });
    assert.ok(response.body.organizations.every((o: { id: string }) => [owned, joined].includes(o.id)));
  });

  it('narrows the organizations to scoped_organizations', async () => {
    const user = await createUser(t.db);
    const first = await createOrganizationRow(t.db, user.id, 'First');
    await createOrganizationRow(t.db, user.id, 'Second');
    const key = (await seedKey(t.db, user.id, ['user:read'], { scopedOrganizations: [first] })).value;
    const response = await client(t.app, key).get(CURRENT);
    assert.deepEqual(response.body.scoped_organizations, [first]);
    assert.deepEqual(
      response.body.organizations.map((o: { id: string }) => o.id),
      [first],
    );
  });

  it('answers any valid key, whatever its scopes, and 401 without one', async () => {
    const user = await createUser(t.db);
    const key = (await seedKey(t.db, user.id, ['feature_flag:read'])).value;
    assert.equal((await client(t.app, key).get(CURRENT)).status, 200);
    assertError(await client(t.app).get(CURRENT), 401, { code: 'not_authenticated' });
    assertError(await client(t.app, 'phx_nope').get(CURRENT), 401, { code: 'authentication_failed' });
  });
});
