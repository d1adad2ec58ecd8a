// Item 3: Redis is optional. Down at start, killed while serving, started again: orgbase
// serves throughout, committed writes answer success, limits hold per process meanwhile.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { baseEnv, call, nonJsonLines, redisServer, seedKey, sleep, startOrgbase, tempDir, type Orgbase, type RedisServer } from './support.ts';

let server: Orgbase | undefined;
let redis: RedisServer | undefined;
const dir = tempDir('redis');
after(async () => {
  await server?.stop();
  await redis?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const prefix = `orgbase-real-${process.pid}:`;
function countersInRedis(port: number): number {
  const out = spawnSync('redis-cli', ['-p', String(port), '--scan', '--pattern', `${prefix}*`], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter(Boolean).length;
}

async function untilCountedInRedis(url: string, key: string, port: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 10_000) {
    assert.equal((await call(url, 'GET', '/api/users/@me/', key)).status, 200);
    if (countersInRedis(port) > 0) return Date.now() - started;
    await sleep(100);
  }
  throw new Error('counters never reached Redis');
}

describe('Redis down at start, killed while serving, and back', () => {
  it('serves throughout and recovers by itself', { timeout: 240_000 }, async () => {
    redis = await redisServer(); // not started: nothing listens on its port yet
    const env = baseEnv({
      ORGBASE_DATA_DIR: dir,
      REDIS_URL: redis.url,
      ORGBASE_REDIS_PREFIX: prefix,
      ORGBASE_RATE_LIMIT_PER_MINUTE: '40',
    });
    const key = seedKey(env);
    server = await startOrgbase(env);
    const url = server.url;
    assert.equal((await call(url, 'GET', '/api/users/@me/', key.value)).status, 200, 'serves with Redis unreachable');

    await redis.start();
    const firstRecovery = await untilCountedInRedis(url, key.value, redis.port);

    const made = async (label: string) => {
      const answer = await call(url, 'POST', '/api/personal_api_keys/', key.value, { label, scopes: ['*'] });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      return { id: answer.body.id as string, value: answer.body.value as string };
    };
    const toRoll = await made('to roll');
    const toDelete = await made('to delete');
    // Limits count per user: the limited key is another user's, untouched this minute (the CLI
    // reaches the running server through its control socket).
    const limited = seedKey(env, `limited-${Date.now()}@example.com`);

    await redis.kill();
    const rolled = await call(url, 'POST', `/api/personal_api_keys/${toRoll.id}/roll/`, key.value);
    assert.equal(rolled.status, 200, `roll with Redis dead: ${rolled.status} ${JSON.stringify(rolled.body)}`);
    assert.equal((await call(url, 'GET', '/api/users/@me/', rolled.body.value)).status, 200, 'the rolled value works');
    assert.equal((await call(url, 'GET', '/api/users/@me/', toRoll.value)).status, 401, 'the old value does not');
    const deleted = await call(url, 'DELETE', `/api/personal_api_keys/${toDelete.id}/`, key.value);
    assert.equal(deleted.status, 204, `delete with Redis dead: ${deleted.status} ${JSON.stringify(deleted.body)}`);
    assert.equal((await call(url, 'GET', '/api/users/@me/', toDelete.value)).status, 401);

    // Limits are counted by this process meanwhile. The minute's window is aligned to the clock:
    // 45 requests that straddle its end would start counting afresh, so they start well inside one.
    if (Date.now() % 60_000 > 55_000) await sleep(60_000 - (Date.now() % 60_000) + 100);
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await call(url, 'GET', '/api/users/@me/', limited.value)).status);
    assert.deepEqual(statuses.slice(0, 40), Array(40).fill(200));
    assert.ok(
      statuses.slice(40).every((status) => status === 429),
      `over the limit: ${statuses.slice(40)}`,
    );

    await redis.start();
    const secondRecovery = await untilCountedInRedis(url, key.value, redis.port);
    console.log(`# Redis: counters back on Redis ${firstRecovery} ms after it first started, ${secondRecovery} ms after its restart`);
    assert.ok(secondRecovery < 5000);

    const output = server.output();
    assert.deepEqual(nonJsonLines(output), [], 'nothing printed outside the JSON log');
    const warnings = output.split('\n').filter((line) => line.includes('Redis unavailable'));
    assert.equal(warnings.length, 2, `one warning per outage (two outages), got ${warnings.length}`);
    assert.ok(
      !/"level":50/.test(output) ||
        !/Redis/.test(
          output
            .split('\n')
            .filter((l) => l.includes('"level":50'))
            .join(''),
        ),
      'no Redis errors',
    );
  });
});
