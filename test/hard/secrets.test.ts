// Secrets stay secret: no key value and no stored hash in the server's logs (at trace level)
// or in any response; security headers on every kind of response; a body size limit.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { generatePersonalApiKey, hashKeyValue } from '../../src/personal-api-keys/key-format.ts';
import { createTestDatabase, TEST_DB, type TestDatabase } from '../support/database.ts';
import { createUser, seedKey, type SeededKey } from '../support/fixtures.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

const BODY_LIMIT = 4096;

let database: TestDatabase;
let server: ServerProcess;
let seeded: SeededKey;
const bodies: string[] = [];
const secrets: string[] = [];

before(async () => {
  database = await createTestDatabase();
  const user = await createUser(database.handle.db);
  seeded = await seedKey(database.handle.db, user.id, ['*']);
  const base: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'trace', ORGBASE_BODY_LIMIT: String(BODY_LIMIT) };
  delete base.DATABASE_URL;
  delete base.REDIS_URL;
  const env = TEST_DB === 'postgres' ? { ...base, DATABASE_URL: database.connection.databaseUrl } : { ...base, ORGBASE_DATA_DIR: database.connection.dataDir };
  if (TEST_DB === 'pglite') await database.handle.close();
  server = await startServerProcess(env);
});
after(async () => {
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await database.drop();
});

/** `reveals`: the response shows a new key's value, once, by design (create and roll). */
async function call(method: string, path: string, options: { key?: string; body?: string; headers?: Record<string, string>; reveals?: boolean } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    body: options.body,
  });
  const text = await response.text();
  if (!options.reveals) bodies.push(text);
  return { status: response.status, text, headers: response.headers };
}

function rememberSecret(value: string): void {
  const hash = hashKeyValue(value);
  secrets.push(value, hash, hash.slice('sha256$'.length), createHash('sha256').update(value).digest('base64'));
}

describe('secrets, headers and limits over a real socket', () => {
  it('never logs or answers a key value or its hash, through create, roll, use and failure', async () => {
    rememberSecret(seeded.value);
    const created = await call('POST', '/api/personal_api_keys/', {
      key: seeded.value,
      body: JSON.stringify({ label: 'to be rolled', scopes: ['*'] }),
      reveals: true,
    });
    assert.equal(created.status, 201, created.text);
    const { id, value } = JSON.parse(created.text) as { id: string; value: string };
    rememberSecret(value);
    const rolled = await call('POST', `/api/personal_api_keys/${id}/roll/`, { key: seeded.value, reveals: true });
    assert.equal(rolled.status, 200, rolled.text);
    const rolledValue = (JSON.parse(rolled.text) as { value: string }).value;
    rememberSecret(rolledValue);
    // The key in every place PostHog reads it from, valid and not.
    assert.equal((await call('GET', '/api/users/@me/', { key: rolledValue })).status, 200);
    assert.equal((await call('GET', `/api/users/@me/?personal_api_key=${rolledValue}`)).status, 200);
    assert.equal(
      (
        await call('POST', '/api/personal_api_keys/', {
          body: JSON.stringify({ personal_api_key: rolledValue, label: 'from body', scopes: ['*'] }),
          reveals: true,
        })
      ).status,
      201,
    );
    assert.equal((await call('GET', '/api/users/@me/', { key: value })).status, 401, 'the value before the roll is dead');
    const unknown = generatePersonalApiKey();
    rememberSecret(unknown);
    assert.equal((await call('GET', `/api/users/@me/?personal_api_key=${unknown}`)).status, 401);
    assert.equal((await call('GET', '/api/users/@me/', { key: unknown })).status, 401);
    assert.equal((await call('GET', '/api/users/@me/', { headers: { authorization: `Bearer ${unknown} trailing` } })).status, 401);
    // Failures around a key. (A validation message quotes the offending value as PostHog's
    // does, "Invalid scope: X", so a key sent as a scope comes back to its own sender only.)
    await call('POST', '/api/personal_api_keys/', { key: rolledValue, body: JSON.stringify({ label: rolledValue.slice(0, 30), scopes: ['nope:read'] }) });
    await call('PATCH', `/api/personal_api_keys/${rolledValue}/`, { key: rolledValue, body: JSON.stringify({ label: 'x' }) });
    await call('POST', '/api/personal_api_keys/', { key: rolledValue, body: `{"label": "${rolledValue}"` });
    assert.equal((await call('DELETE', `/api/personal_api_keys/${id}/`, { key: seeded.value })).status, 204);

    // Give the logger a moment to flush, then search everything the server said.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const logs = server.output();
    assert.ok(logs.includes('incoming request'), 'trace logs were captured');
    for (const [where, text] of [
      ['logs', logs],
      ['response bodies', bodies.join('\n')],
    ] as const) {
      for (const secret of secrets) {
        const at = text.indexOf(secret);
        assert.ok(at < 0, `${where} contain a secret: ${text.slice(Math.max(0, at - 20), at + 400)}`);
      }
      assert.ok(!text.includes('sha256$'), `${where} contain a stored hash`);
    }
  });

  it('sends the security headers on every kind of response', async () => {
    const responses = [
      await call('GET', '/api/users/@me/', { key: seeded.value }),
      await call('GET', '/api/users/@me/'),
      await call('GET', '/api/nowhere/'),
      await call('POST', '/api/users/@me/', { key: seeded.value, body: '{}' }),
      await call('POST', '/api/personal_api_keys/', { key: seeded.value, body: '{"label":' }),
      await call('POST', '/api/personal_api_keys/', { key: seeded.value, body: JSON.stringify({ label: 'x'.repeat(BODY_LIMIT) }) }),
      await call('GET', '/api/personal_api_keys/nope/', { key: seeded.value }),
      await call('GET', '/api/organizations/%E0%A4%A/', { key: seeded.value }),
    ];
    assert.deepEqual(
      responses.map((response) => response.status),
      [200, 401, 404, 405, 400, 413, 404, 400],
    );
    for (const response of responses) {
      const context = `${response.status} ${response.text.slice(0, 100)}`;
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', context);
      assert.equal(response.headers.get('x-frame-options'), 'DENY', context);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', context);
      assert.equal(response.headers.get('strict-transport-security'), null, context); // plain HTTP: no HSTS
      assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'", context);
      assert.equal(response.headers.get('cache-control'), 'no-store', context);
      assert.ok(response.headers.get('x-request-id'), context);
    }
  });

  it('refuses a body over the limit with 413 in PostHog format, writing nothing', async () => {
    const label = `too big ${Date.now()}`;
    const response = await call('POST', '/api/personal_api_keys/', {
      key: seeded.value,
      body: JSON.stringify({ label, scopes: ['*'], padding: 'x'.repeat(BODY_LIMIT * 4) }),
    });
    assert.equal(response.status, 413);
    assert.deepEqual(JSON.parse(response.text), { type: 'invalid_request', code: 'request_too_large', detail: 'Request body is too large.', attr: null });
    const listed = await call('GET', '/api/personal_api_keys/', { key: seeded.value });
    assert.ok(!listed.text.includes(label), 'the oversized request created a key');
  });
});
