// PostHog's personal API key throttles: per user (all their keys together), fixed windows, 429 in PostHog's format with
// Retry-After and RateLimit-* headers; shared through Redis by several orgbase processes.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { client, startTestApp, type TestApp } from '../support/app.ts';
import { createTestDatabase, TEST_DB, type TestDatabase } from '../support/database.ts';
import { createUser, seedKey, type SeededKey } from '../support/fixtures.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { loadConfig } from '../../src/config.ts';

const REDIS_URL = process.env.ORGBASE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function keyFor(db: TestApp['db']): Promise<SeededKey> {
  const user = await createUser(db);
  return seedKey(db, user.id, ['*']);
}

/** Fixed windows restart on the minute: a test that counts must not straddle that edge. */
async function awayFromWindowEdge(seconds = 60, margin = 8): Promise<void> {
  const intoWindow = (Date.now() / 1000) % seconds;
  if (intoWindow > seconds - margin) await new Promise((resolve) => setTimeout(resolve, (seconds - intoWindow + 0.2) * 1000));
}

describe('rate limits, in memory', () => {
  let harness: TestApp;
  before(async () => {
    harness = await startTestApp({ rateLimitPerMinute: 5, rateLimitPerHour: 100 });
  });
  after(() => harness.close());

  it('answers the request past the per-minute limit with a 429 in PostHog format and its headers', async () => {
    await awayFromWindowEdge();
    const key = await keyFor(harness.db);
    const api = client(harness.app, key.value);
    for (let index = 1; index <= 5; index++) {
      const response = await api.get('/api/users/@me/');
      assert.equal(response.status, 200);
      assert.equal(response.headers['ratelimit-limit'], '5');
      assert.equal(response.headers['ratelimit-remaining'], String(5 - index));
    }
    const throttled = await api.get('/api/users/@me/');
    assert.equal(throttled.status, 429);
    const retryAfter = Number(throttled.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.deepEqual(throttled.body, {
      type: 'throttled_error',
      code: 'throttled',
      detail: `Request was throttled. Expected available in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`,
      attr: null,
    });
    assert.equal(throttled.headers['ratelimit-limit'], '5');
    assert.equal(throttled.headers['ratelimit-remaining'], '0');
    assert.equal(throttled.headers['ratelimit-reset'], String(retryAfter));
    assert.equal(throttled.headers['x-content-type-options'], 'nosniff');
  });

  // Issue 21: counted per key, a key that may mint keys multiplied its budget.
  it('counts per user: a fresh key of the same user shares the budget, another user has their own', async () => {
    await awayFromWindowEdge();
    const user = await createUser(harness.db);
    const first = await seedKey(harness.db, user.id, ['*']);
    for (let index = 0; index < 5; index++) assert.equal((await client(harness.app, first.value).get('/api/users/@me/')).status, 200);
    assert.equal((await client(harness.app, first.value).get('/api/users/@me/')).status, 429);
    const minted = await seedKey(harness.db, user.id, ['*']);
    assert.equal((await client(harness.app, minted.value).get('/api/users/@me/')).status, 429);
    assert.equal((await client(harness.app, (await keyFor(harness.db)).value).get('/api/users/@me/')).status, 200);
  });

  it('does not count requests without a valid key, nor let them be throttled', async () => {
    for (let index = 0; index < 10; index++) {
      const response = await client(harness.app, 'phx_unknown').get('/api/users/@me/');
      assert.equal(response.status, 401);
      assert.equal(response.headers['ratelimit-limit'], undefined);
    }
  });
});

describe('failed authentications (issue 21)', () => {
  let harness: TestApp;
  const unknownKey = () => `phx_${randomBytes(30).toString('base64url').replace(/[-_]/g, 'x')}`;
  const me = (key: string, remoteAddress = '10.0.0.1') =>
    harness.app.inject({ method: 'GET', url: '/api/users/@me/', headers: { authorization: `Bearer ${key}` }, remoteAddress });
  before(async () => {
    harness = await startTestApp({ authFailuresPerAddressPerMinute: 5, authFailuresPerMinute: 12, rateLimitPerMinute: 0, rateLimitPerHour: 0 });
  });
  after(() => harness.close());

  it('answers 429 without a lookup once an address has failed too often, and lets known keys through', async () => {
    await awayFromWindowEdge();
    const known = await keyFor(harness.db);
    assert.equal((await me(known.value)).statusCode, 200, 'cached before the flood');
    const statuses = [];
    for (let index = 0; index < 200; index++) statuses.push((await me(unknownKey())).statusCode);
    assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401]);
    assert.ok(
      statuses.slice(5).every((status) => status === 429),
      JSON.stringify(statuses),
    );
    const throttled = await me(unknownKey());
    assert.equal(throttled.json().code, 'throttled');
    assert.ok(Number(throttled.headers['retry-after']) >= 1 && Number(throttled.headers['retry-after']) <= 60);
    assert.equal((await me(known.value)).statusCode, 200, 'a cached key keeps working from the flooded address');
    // Another address has its own count, up to the limit over all addresses (12 a minute).
    const elsewhere = [];
    for (let index = 0; index < 8; index++) elsewhere.push((await me(unknownKey(), `10.0.1.${index}`)).statusCode);
    assert.deepEqual(elsewhere, [401, 401, 401, 401, 401, 401, 401, 429]);
  });

  it('remembers an unknown key briefly: its repeats are answered without asking the database', async () => {
    const fresh = await startTestApp({ authFailuresPerAddressPerMinute: 0, authFailuresPerMinute: 0, rateLimitPerMinute: 0, rateLimitPerHour: 0 });
    try {
      const value = unknownKey();
      const call = () => fresh.app.inject({ method: 'GET', url: '/api/users/@me/', headers: { authorization: `Bearer ${value}` } });
      assert.equal((await call()).statusCode, 401);
      // The value now exists in the table (only a test can make that happen): the answer still
      // comes from memory, which is what spares the database a guesser's retries.
      const user = await createUser(fresh.db);
      const { hashKeyValue, maskKeyValue, generateKeyId } = await import('../../src/personal-api-keys/key-format.ts');
      await fresh.db
        .insertInto('personal_api_keys')
        .values({
          id: generateKeyId(),
          user_id: user.id,
          label: 'late',
          secure_value: hashKeyValue(value),
          mask_value: maskKeyValue(value),
          scopes: ['*'],
          scoped_organizations: [],
          scoped_teams: [],
        })
        .execute();
      assert.equal((await call()).statusCode, 401);
    } finally {
      await fresh.close();
    }
  });
});

describe('rate limits, the hourly window and switching off', () => {
  let hourly: TestApp;
  let unlimited: TestApp;
  before(async () => {
    hourly = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 3 });
    unlimited = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
  });
  after(async () => {
    await hourly.close();
    await unlimited.close();
  });

  it('throttles past the hourly limit with a Retry-After up to the end of the hour', async () => {
    await awayFromWindowEdge(3600, 30);
    const key = await keyFor(hourly.db);
    for (let index = 0; index < 3; index++) assert.equal((await client(hourly.app, key.value).get('/api/users/@me/')).status, 200);
    const throttled = await client(hourly.app, key.value).get('/api/users/@me/');
    assert.equal(throttled.status, 429);
    assert.ok(Number(throttled.headers['retry-after']) <= 3600);
    assert.equal(throttled.headers['ratelimit-policy'], '3;w=3600');
  });

  it('does not limit at all when both limits are 0 (500 requests, past the default 480 a minute)', async () => {
    const key = await keyFor(unlimited.db);
    for (let index = 0; index < 500; index++) {
      const response = await client(unlimited.app, key.value).get('/api/personal_api_keys/@current/');
      assert.equal(response.status, 200);
      assert.equal(response.headers['ratelimit-limit'], undefined);
    }
  });

  it('takes PostHog limits by default and reads both limits from the environment', () => {
    const defaults = loadConfig({});
    assert.equal(defaults.rateLimitPerMinute, 480);
    assert.equal(defaults.rateLimitPerHour, 4800);
    const configured = loadConfig({ ORGBASE_RATE_LIMIT_PER_MINUTE: '0', ORGBASE_RATE_LIMIT_PER_HOUR: '100' });
    assert.equal(configured.rateLimitPerMinute, 0);
    assert.equal(configured.rateLimitPerHour, 100);
    assert.throws(() => loadConfig({ ORGBASE_RATE_LIMIT_PER_MINUTE: '-1' }), /ORGBASE_RATE_LIMIT_PER_MINUTE/);
  });
});

describe('rate limits shared by two orgbase processes through Redis', () => {
  let database: TestDatabase;
  let servers: ServerProcess[] = [];
  let key: SeededKey;
  let redis: Redis;
  const prefix = `orgbase-test-${randomBytes(6).toString('hex')}:`;

  before(async () => {
    database = await createTestDatabase();
    key = await keyFor(database.handle.db);
    redis = new Redis(REDIS_URL);
  });
  after(async () => {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    const names = await redis.keys(`${prefix}*`);
    if (names.length) await redis.del(...names);
    redis.disconnect();
    await database.drop();
  });

  // Two processes cannot share one embedded data directory; PostgreSQL serves both.
  it('throttles a key at the shared limit whichever process it calls', { skip: TEST_DB !== 'postgres' && 'needs PostgreSQL for two processes' }, async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.connection.databaseUrl,
      REDIS_URL,
      ORGBASE_REDIS_PREFIX: prefix,
      ORGBASE_RATE_LIMIT_PER_MINUTE: '10',
      ORGBASE_RATE_LIMIT_PER_HOUR: '1000',
    };
    servers = [await startServerProcess(env), await startServerProcess(env)];
    await awayFromWindowEdge();
    const statuses: number[] = [];
    for (let index = 0; index < 14; index++) {
      const response = await fetch(`${servers[index % 2]!.url}/api/users/@me/`, { headers: { authorization: `Bearer ${key.value}` } });
      statuses.push(response.status);
      if (response.status === 429) {
        assert.equal(((await response.json()) as { code: string }).code, 'throttled');
        assert.ok(Number(response.headers.get('retry-after')) >= 1);
      }
    }
    assert.deepEqual(statuses, [...Array(10).fill(200), 429, 429, 429, 429]);
    // The counters are named by the user's id, never by the key or its hash.
    const names = await redis.keys(`${prefix}*`);
    assert.ok(names.length >= 2, names.join(', '));
    assert.ok(
      names.every((name) => /:user:\d+$/.test(name) && !name.includes('phx_') && !name.includes('sha256')),
      names.join(', '),
    );
    const ttl = await redis.ttl(names.find((name) => name.includes(':60:'))!);
    assert.ok(ttl > 0 && ttl <= 60, `minute counter expires: ttl ${ttl}`);
  });
});
