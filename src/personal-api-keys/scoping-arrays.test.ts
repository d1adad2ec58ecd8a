import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrate } from '../db/migrate.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { assertError, createOrganizationRow, createUserWithKey } from '../../test/support/fixtures.ts';
import { generateKeyId, generatePersonalApiKey, hashKeyValue, maskKeyValue } from './key-format.ts';

const KEYS = '/api/personal_api_keys/';
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

/** PostHog serves `scoped_teams` and `scoped_organizations` as lists, `[]` for unrestricted. */
describe('key scoping is always a list', () => {
  it('answers [] for an unscoped key in create, list, retrieve, patch and @current', async () => {
    const { key } = await createUserWithKey(t.db);
    const api = client(t.app, key);
    const created = await api.post(KEYS, { label: 'plain', scopes: ['organization:read'] });
    assert.equal(created.status, 201);
    const views = [
      created.body,
      (await api.get(`${KEYS}${created.body.id}/`)).body,
      (await api.get(KEYS)).body.find((k: { id: string }) => k.id === created.body.id),
      (await api.patch(`${KEYS}${created.body.id}/`, { label: 'renamed' })).body,
      (await client(t.app, created.body.value).get(`${KEYS}@current/`)).body,
    ];
    for (const view of views) {
      assert.deepEqual(view.scoped_organizations, []);
      assert.deepEqual(view.scoped_teams, []);
    }
  });

  it('refuses null as DRF refuses it for a list field', async () => {
    const { key } = await createUserWithKey(t.db);
    const api = client(t.app, key);
    assertError(await api.post(KEYS, { label: 'x', scopes: ['*'], scoped_organizations: null }), 400, {
      code: 'null',
      attr: 'scoped_organizations',
    });
    assertError(await api.post(KEYS, { label: 'x', scopes: ['*'], scoped_teams: null }), 400, { code: 'null', attr: 'scoped_teams' });
  });

  it('migration 0007 turns the NULL scoping of existing keys into [] and drops stored replays', async () => {
    const { user } = await createUserWithKey(t.db);
    const organization = await createOrganizationRow(t.db, user.id);
    // Put the table back as it was before 0007 and store a key as the old code did.
    await sql`ALTER TABLE personal_api_keys ALTER COLUMN scoped_teams DROP NOT NULL, ALTER COLUMN scoped_organizations DROP NOT NULL`.execute(t.db);
    const old = generatePersonalApiKey();
    const id = generateKeyId();
    await sql`INSERT INTO personal_api_keys (id, user_id, label, secure_value, mask_value, scopes, scoped_teams, scoped_organizations)
      VALUES (${id}, ${user.id}, 'legacy', ${hashKeyValue(old)}, ${maskKeyValue(old)}, ${sql.raw("'{*}'")}, NULL, NULL)`.execute(t.db);
    const kept = generateKeyId();
    await sql`INSERT INTO personal_api_keys (id, user_id, label, secure_value, mask_value, scopes, scoped_teams, scoped_organizations)
      VALUES (${kept}, ${user.id}, 'scoped', 'sha256$x', 'phx_...x', ${sql.raw("'{*}'")}, NULL, ${sql.raw(`'{${organization}}'`)})`.execute(t.db);
    // The old replay store kept a new key's value in the body.
    await t.db
      .insertInto('idempotency_keys')
      .values({ user_id: user.id, key: 'old', fingerprint: 'f'.repeat(64) })
      .execute();
    await sql`UPDATE idempotency_keys SET status_code = 201, response_body = ${JSON.stringify({ value: old })} WHERE key = 'old'`.execute(t.db);
    await t.db
      .deleteFrom('schema_migrations' as never)
      .where('name' as never, '=', '0007_key_scoping_arrays.sql' as never)
      .execute();

    const result = await migrate(t.db);
    assert.deepEqual(result.applied, ['0007_key_scoping_arrays.sql']);
    const rows = await t.db
      .selectFrom('personal_api_keys')
      .select(['id', 'scoped_teams', 'scoped_organizations'])
      .where('id', 'in', [id, kept])
      .orderBy('label')
      .execute();
    assert.deepEqual(
      rows.map((row) => [row.id, row.scoped_teams, row.scoped_organizations]),
      [
        [id, [], []],
        [kept, [], [organization]],
      ],
    );
    const { rows: kept_ } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM idempotency_keys t WHERE t::text LIKE ${`%${old}%`}`.execute(t.db);
    assert.equal(kept_[0]!.n, 0);
    const current = await client(t.app, old).get(`${KEYS}@current/`);
    assert.equal(current.status, 200);
    assert.deepEqual([current.body.scoped_organizations, current.body.scoped_teams], [[], []]);
  });
});
