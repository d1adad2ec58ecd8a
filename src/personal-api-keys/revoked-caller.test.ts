// A key authenticated from this process's cache may already be gone from the database (deleted
// or rolled by the CLI, another process, or by hand). The writes that hand out power confirm it
// inside their transaction, so such a key can never issue, roll or widen a key.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { assertError, seedKey, createUserWithKey } from '../../test/support/fixtures.ts';
import { hashKeyValue } from './key-format.ts';

let t: TestApp;
before(async () => {
  // A long TTL and a process that hears nothing: only the check in the transaction can refuse.
  t = await startTestApp({ keyCacheTtlSeconds: 600 });
});
after(() => t.close());

const revoked = {
  type: 'authentication_error',
  code: 'authentication_failed',
  detail: 'The personal API key that made this request has been deleted or rolled.',
};

async function cachedThenGone(change: 'delete' | 'roll') {
  const { user, key } = await createUserWithKey(t.db);
  const api = client(t.app, key);
  assert.equal((await api.get('/api/users/@me/')).status, 200, 'the key is cached');
  const where = t.db.selectFrom('personal_api_keys').select('id').where('secure_value', '=', hashKeyValue(key));
  const { id } = await where.executeTakeFirstOrThrow();
  if (change === 'delete') await t.db.deleteFrom('personal_api_keys').where('id', '=', id).execute();
  else
    await t.db
      .updateTable('personal_api_keys')
      .set({ secure_value: hashKeyValue(`phx_rolled${id}`) })
      .where('id', '=', id)
      .execute();
  assert.equal((await api.get('/api/users/@me/')).status, 200, 'still accepted from the cache (the window the check closes)');
  return { user, api, id };
}

async function keyCount(userId: number): Promise<number> {
  const row = await t.db
    .selectFrom('personal_api_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const change of ['delete', 'roll'] as const) {
  describe(`a cached key whose row was ${change === 'delete' ? 'deleted' : 'rolled'} behind this process`, () => {
    it('cannot create a key', async () => {
      const { user, api } = await cachedThenGone(change);
      const before = await keyCount(user.id);
      assertError(await api.post('/api/personal_api_keys/', { label: 'successor', scopes: ['*'] }), 401, revoked);
      assert.equal(await keyCount(user.id), before, 'no key was created');
    });

    it('cannot roll or widen another key of its user', async () => {
      const { user, api } = await cachedThenGone(change);
      const other = (await seedKey(t.db, user.id, ['user:read'])).value;
      const otherId = (await t.db.selectFrom('personal_api_keys').select('id').where('secure_value', '=', hashKeyValue(other)).executeTakeFirstOrThrow()).id;
      assertError(await api.post(`/api/personal_api_keys/${otherId}/roll/`), 401, revoked);
      assertError(await api.patch(`/api/personal_api_keys/${otherId}/`, { scopes: ['*'] }), 401, revoked);
      const row = await t.db.selectFrom('personal_api_keys').selectAll().where('id', '=', otherId).executeTakeFirstOrThrow();
      assert.deepEqual(row.scopes, ['user:read']);
      assert.equal(row.secure_value, hashKeyValue(other), 'not rolled');
    });
  });
}
