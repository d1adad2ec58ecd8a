import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { assertError, seedKey, createOrganizationRow, createUser, createUserWithKey } from '../../test/support/fixtures.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function keyIdByLabel(userId: number, label: string): Promise<string> {
  const row = await t.db.selectFrom('personal_api_keys').select('id').where('user_id', '=', userId).where('label', '=', label).executeTakeFirstOrThrow();
  return row.id;
}

describe('creating a personal API key', () => {
  it('answers 201 with the value once, and stores only its sha256 hash', async () => {
    const { user, key } = await createUserWithKey(t.db);
    const response = await client(t.app, key).post('/api/personal_api_keys/', { label: 'ci', scopes: ['organization:read'] });
    assert.equal(response.status, 201);
    const value: string = response.body.value;
    assert.match(value, /^phx_[0-9A-Za-z]{40,}$/);
    assert.equal(response.body.mask_value, `${value.slice(0, 4)}...${value.slice(-4)}`);
    assert.equal(response.body.user_id, user.id);
    assert.deepEqual(response.body.scopes, ['organization:read']);
    assert.deepEqual(response.body.scoped_organizations, []);
    assert.deepEqual(response.body.scoped_teams, []);

    const row = await t.db.selectFrom('personal_api_keys').selectAll().where('id', '=', response.body.id).executeTakeFirstOrThrow();
    assert.equal(row.secure_value, `sha256$${createHash('sha256').update(value).digest('hex')}`);
    const dump = await sql<{ dump: string }>`SELECT row_to_json(k)::text AS dump FROM personal_api_keys k`.execute(t.db);
    for (const { dump: text } of dump.rows) assert.ok(!text.includes(value), 'the plaintext key is stored nowhere');

    const retrieved = await client(t.app, key).get(`/api/personal_api_keys/${response.body.id}/`);
    assert.equal(retrieved.status, 200);
    assert.equal(retrieved.body.value, undefined, 'the value is never shown again');
  });

  it('authenticates the new key at once', async () => {
    const { key } = await createUserWithKey(t.db);
    const created = await client(t.app, key).post('/api/personal_api_keys/', { label: 'new', scopes: ['user:read'] });
    const me = await client(t.app, created.body.value).get('/api/users/@me/');
    assert.equal(me.status, 200);
  });

  it('refuses an unknown scope with attr "scopes" and stores nothing', async () => {
    const { user, key } = await createUserWithKey(t.db);
    const response = await client(t.app, key).post('/api/personal_api_keys/', { label: 'x', scopes: ['organization:admin'] });
    assertError(response, 400, { type: 'validation_error', code: 'invalid_input', detail: 'Invalid scope: organization:admin', attr: 'scopes' });
    const count = await t.db
      .selectFrom('personal_api_keys')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.equal(count.n, 1);
  });

  it('refuses labels that are missing, blank or over 40 characters', async () => {
    const { key } = await createUserWithKey(t.db);
    const api = client(t.app, key);
    assertError(await api.post('/api/personal_api_keys/', { scopes: ['*'] }), 400, { code: 'required', attr: 'label' });
    assertError(await api.post('/api/personal_api_keys/', { label: '   ', scopes: ['*'] }), 400, { code: 'blank', attr: 'label' });
    assertError(await api.post('/api/personal_api_keys/', { label: 'x'.repeat(41), scopes: ['*'] }), 400, {
      code: 'max_length',
      detail: 'Ensure this field has no more than 40 characters.',
      attr: 'label',
    });
  });

  it('refuses scoping a key to an organization the user is not in', async () => {
    const { key } = await createUserWithKey(t.db);
    const stranger = await createUser(t.db);
    const foreign = await createOrganizationRow(t.db, stranger.id);
    const response = await client(t.app, key).post('/api/personal_api_keys/', {
      label: 'scoped',
      scopes: ['*'],
      scoped_organizations: [foreign],
    });
    assertError(response, 400, {
      detail: 'You must be a member of all organizations that you are scoping the key to.',
      attr: 'scoped_organizations',
    });
  });

  it('accepts scoping to an organization the user is in', async () => {
    const { user, key } = await createUserWithKey(t.db);
    const organization = await createOrganizationRow(t.db, user.id);
    const response = await client(t.app, key).post('/api/personal_api_keys/', {
      label: 'scoped',
      scopes: ['organization:read'],
      scoped_organizations: [organization],
    });
    assert.equal(response.status, 201);
    assert.deepEqual(response.body.scoped_organizations, [organization]);
  });

  it('does not let a key grant a scope it lacks', async () => {
    const { key } = await createUserWithKey(t.db, ['personal_api_key:write', 'organization:read']);
    const response = await client(t.app, key).post('/api/personal_api_keys/', { label: 'x', scopes: ['organization:write'] });
    assertError(response, 403, { code: 'permission_denied', detail: "API key cannot grant a scope it does not have: 'organization:write'" });
    const narrower = await client(t.app, key).post('/api/personal_api_keys/', { label: 'x', scopes: ['organization:read'] });
    assert.equal(narrower.status, 201);
  });

  it('limits a user to 10 keys', async () => {
    const { user, key } = await createUserWithKey(t.db);
    for (let i = 0; i < 9; i++) (await seedKey(t.db, user.id, ['user:read'])).value;
    const response = await client(t.app, key).post('/api/personal_api_keys/', { label: 'eleventh', scopes: ['*'] });
    assertError(response, 400, {
      detail: 'You can only have 10 personal API keys. Remove an existing key before creating a new one.',
    });
  });

  it('accepts a form-encoded body, as PostHog examples send', async () => {
    const { key } = await createUserWithKey(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/personal_api_keys/',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'label=form&scopes=organization%3Aread',
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.deepEqual(response.json().scopes, ['organization:read']);
  });
});

describe('managing personal API keys', () => {
  it("lists only the caller's keys, without values", async () => {
    const { user, key } = await createUserWithKey(t.db);
    (await seedKey(t.db, user.id, ['user:read'], { label: 'second' })).value;
    const other = await createUserWithKey(t.db);
    const response = await client(t.app, key).get('/api/personal_api_keys/');
    assert.equal(response.status, 200);
    assert.equal(response.body.length, 2);
    for (const item of response.body) {
      assert.equal(item.user_id, user.id);
      assert.equal(item.value, undefined);
    }
    const otherKeyId = (await client(t.app, other.key).get('/api/personal_api_keys/')).body[0].id;
    assertError(await client(t.app, key).get(`/api/personal_api_keys/${otherKeyId}/`), 404, { code: 'not_found' });
    assertError(await client(t.app, key).delete(`/api/personal_api_keys/${otherKeyId}/`), 404, { code: 'not_found' });
    assert.ok(await t.db.selectFrom('personal_api_keys').select('id').where('id', '=', otherKeyId).executeTakeFirst());
  });

  it('updates label and scopes, and the new scopes apply at once', async () => {
    const { user, key } = await createUserWithKey(t.db);
    const target = (await seedKey(t.db, user.id, ['user:read'], { label: 'target' })).value;
    assert.equal((await client(t.app, target).get('/api/users/@me/')).status, 200); // now cached
    const id = await keyIdByLabel(user.id, 'target');
    const patched = await client(t.app, key).patch(`/api/personal_api_keys/${id}/`, { label: 'renamed', scopes: ['organization:read'] });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.label, 'renamed');
    const stored = await t.db.selectFrom('personal_api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(stored.scopes, ['organization:read']);
    assertError(await client(t.app, target).get('/api/users/@me/'), 403, { detail: "API key missing required scope 'user:read'" });
  });

  it('answers an empty PATCH with the key unchanged', async () => {
    const { user, key } = await createUserWithKey(t.db);
    (await seedKey(t.db, user.id, ['user:read'], { label: 'untouched' })).value;
    const id = await keyIdByLabel(user.id, 'untouched');
    const response = await client(t.app, key).patch(`/api/personal_api_keys/${id}/`, {});
    assert.equal(response.status, 200);
    assert.equal(response.body.label, 'untouched');
    const audit = await t.db.selectFrom('audit_log').select('id').where('target_id', '=', id).where('action', '=', 'personal_api_key.updated').execute();
    assert.equal(audit.length, 0, 'nothing changed, nothing recorded');
  });

  it('deletes a key, which stops authenticating at once', async () => {
    const { user, key } = await createUserWithKey(t.db);
    const doomed = (await seedKey(t.db, user.id, ['*'], { label: 'doomed' })).value;
    assert.equal((await client(t.app, doomed).get('/api/users/@me/')).status, 200); // now cached
    const id = await keyIdByLabel(user.id, 'doomed');
    const response = await client(t.app, key).delete(`/api/personal_api_keys/${id}/`);
    assert.equal(response.status, 204);
    assert.equal(response.body, undefined);
    assert.equal(await t.db.selectFrom('personal_api_keys').select('id').where('id', '=', id).executeTakeFirst(), undefined);
    assertError(await client(t.app, doomed).get('/api/users/@me/'), 401, { code: 'authentication_failed' });
  });

  it('rolls a key: a new value works, the old one stops at once', async () => {
    const { key } = await createUserWithKey(t.db);
    assert.equal((await client(t.app, key).get('/api/users/@me/')).status, 200);
    const id = (await client(t.app, key).get('/api/personal_api_keys/')).body[0].id;
    const rolled = await client(t.app, key).post(`/api/personal_api_keys/${id}/roll/`);
    assert.equal(rolled.status, 200);
    assert.notEqual(rolled.body.value, key);
    assert.ok(rolled.body.last_rolled_at);
    assertError(await client(t.app, key).get('/api/users/@me/'), 401, { code: 'authentication_failed' });
    assert.equal((await client(t.app, rolled.body.value).get('/api/users/@me/')).status, 200);
  });
});

describe('last_used_at', () => {
  it('is written on first use and not again within the hour', async () => {
    const { user, key } = await createUserWithKey(t.db);
    const before = await t.db.selectFrom('personal_api_keys').select('last_used_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(before.last_used_at, null);
    await client(t.app, key).get('/api/users/@me/');
    const first = await t.db.selectFrom('personal_api_keys').select('last_used_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.ok(first.last_used_at);
    await client(t.app, key).get('/api/users/@me/');
    const second = await t.db.selectFrom('personal_api_keys').select('last_used_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(second.last_used_at, first.last_used_at);
  });

  it('is written again once it is more than an hour old', async () => {
    const fresh = await startTestApp({ keyCacheTtlSeconds: 0 });
    try {
      const { user, key } = await createUserWithKey(fresh.db);
      const stale = new Date(Date.now() - 2 * 3600_000).toISOString();
      await fresh.db.updateTable('personal_api_keys').set({ last_used_at: stale }).where('user_id', '=', user.id).execute();
      await client(fresh.app, key).get('/api/users/@me/');
      const row = await fresh.db.selectFrom('personal_api_keys').select('last_used_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
      assert.ok(Date.parse(row.last_used_at!) > Date.now() - 60_000);
    } finally {
      await fresh.close();
    }
  });
});
