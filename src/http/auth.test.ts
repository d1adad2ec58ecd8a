import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { assertError, seedKey, createUser, createUserWithKey } from '../../test/support/fixtures.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const ME = '/api/users/@me/';

describe('authentication with a personal API key', () => {
  it('answers 401 not_authenticated without credentials', async () => {
    assertError(await client(t.app).get(ME), 401, {
      type: 'authentication_error',
      code: 'not_authenticated',
      detail: 'Authentication credentials were not provided.',
      attr: null,
    });
  });

  it('answers 401 authentication_failed to an unknown or malformed key', async () => {
    for (const token of ['phx_unknown', 'not-even-a-key', 'phx_' + 'a'.repeat(60)]) {
      assertError(await client(t.app, token).get(ME), 401, {
        type: 'authentication_error',
        code: 'authentication_failed',
        detail: 'Personal API key found in request Authorization header is invalid.',
      });
    }
  });

  it('treats a header that is not "Bearer <token>" as no credentials', async () => {
    const { key } = await createUserWithKey(t.db);
    assertError(await client(t.app).get(ME, { authorization: `Basic ${key}` }), 401, { code: 'not_authenticated' });
    assertError(await client(t.app).get(ME, { authorization: 'Bearer' }), 401, { code: 'not_authenticated' });
  });

  it('accepts the key with surrounding spaces, in the query string and in the body', async () => {
    const { user, key } = await createUserWithKey(t.db);
    assert.equal((await client(t.app).get(ME, { authorization: `Bearer   ${key}   ` })).body.id, user.id);
    assert.equal((await client(t.app).get(`${ME}?personal_api_key=${key}`)).body.id, user.id);
    const viaBody = await client(t.app).post('/api/personal_api_keys/', { personal_api_key: key, label: 'body', scopes: ['user:read'] });
    assert.equal(viaBody.status, 201);
    assert.equal(viaBody.body.user_id, user.id);
    assertError(await client(t.app).get(`${ME}?personal_api_key=phx_nope`), 401, {
      detail: 'Personal API key found in request query string is invalid.',
    });
  });

  it('refuses the key of a deactivated or deleted user', async () => {
    const deactivated = await createUserWithKey(t.db);
    await t.db.updateTable('users').set({ is_active: false }).where('id', '=', deactivated.user.id).execute();
    assertError(await client(t.app, deactivated.key).get(ME), 401, { code: 'authentication_failed' });

    const deleted = await createUserWithKey(t.db);
    await t.db.deleteFrom('users').where('id', '=', deleted.user.id).execute();
    assertError(await client(t.app, deleted.key).get(ME), 401, { code: 'authentication_failed' });
  });

  it('answers 403 naming the missing scope', async () => {
    const { key } = await createUserWithKey(t.db, ['organization:read']);
    assertError(await client(t.app, key).get(ME), 403, {
      type: 'authentication_error',
      code: 'permission_denied',
      detail: "API key missing required scope 'user:read'",
    });
    assertError(await client(t.app, key).post('/api/personal_api_keys/', { label: 'x', scopes: ['*'] }), 403, {
      detail: "API key missing required scope 'personal_api_key:write'",
    });
  });

  it('lets a write scope satisfy the read scope, but not the other way round', async () => {
    const user = await createUser(t.db);
    const writer = (await seedKey(t.db, user.id, ['personal_api_key:write'])).value;
    assert.equal((await client(t.app, writer).get('/api/personal_api_keys/')).status, 200);
    const reader = (await seedKey(t.db, user.id, ['personal_api_key:read'])).value;
    assert.equal((await client(t.app, reader).get('/api/personal_api_keys/')).status, 200);
    assertError(await client(t.app, reader).post('/api/personal_api_keys/', { label: 'x', scopes: ['user:read'] }), 403, {
      detail: "API key missing required scope 'personal_api_key:write'",
    });
  });

  it('checks credentials before validating the body', async () => {
    assertError(await client(t.app).post('/api/personal_api_keys/', { label: 42 }), 401, { code: 'not_authenticated' });
  });
});

describe('GET /api/users/@me/', () => {
  it("answers the caller's fields", async () => {
    const { user, key } = await createUserWithKey(t.db);
    const response = await client(t.app, key).get(ME);
    assert.equal(response.status, 200);
    assert.equal(response.body.uuid, user.uuid);
    assert.equal(response.body.email, user.email);
    assert.deepEqual(response.body.organizations, []);
    assert.equal(response.body.organization, null);
    assert.match(response.body.date_joined, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });
});
