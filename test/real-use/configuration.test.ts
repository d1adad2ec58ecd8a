// Item 9: every variable is checked once at start; a bad one ends the process with one line
// naming it and the accepted form, and a non-zero exit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { baseEnv, DIST_MAIN, freePort, ROOT, tempDir } from './support.ts';

const dir = tempDir('config');
after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function serve(extra: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  const result = spawnSync(process.execPath, [DIST_MAIN, 'serve'], {
    cwd: ROOT,
    env: baseEnv({ ORGBASE_DATA_DIR: dir, PORT: String(await freePort()), ...extra }),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stderr: result.stderr, ms: Date.now() - started };
}

const cases: [NodeJS.ProcessEnv, RegExp][] = [
  [{ DATABASE_POOL_SIZE: '-5' }, /^orgbase: DATABASE_POOL_SIZE must be an integer from 1 to 1000, got "-5"$/],
  [{ DATABASE_POOL_SIZE: '0' }, /^orgbase: DATABASE_POOL_SIZE must be an integer from 1 to 1000, got "0"$/],
  [{ DATABASE_POOL_SIZE: 'abc' }, /^orgbase: DATABASE_POOL_SIZE must be an integer/],
  [{ DATABASE_URL: 'garbage' }, /^orgbase: DATABASE_URL must be a PostgreSQL URL such as postgres:\/\//],
  [{ DATABASE_URL: 'mysql://user@host/db' }, /^orgbase: DATABASE_URL must be a PostgreSQL URL/],
  [{ SITE_URL: 'not-a-url' }, /^orgbase: SITE_URL must be an http:\/\/ or https:\/\/ URL/],
  [{ REDIS_URL: 'localhost:6379' }, /^orgbase: REDIS_URL must be a Redis URL such as redis:\/\//],
  [{ PORT: '99999' }, /^orgbase: PORT must be an integer from 0 to 65535/],
  [{ ORGBASE_REQUEST_TIMEOUT: '1.5' }, /^orgbase: ORGBASE_REQUEST_TIMEOUT must be an integer/],
  [{ LOG_LEVEL: 'loud' }, /^orgbase: LOG_LEVEL must be one of/],
  [{ ORGBASE_PREPARED_STATEMENTS: 'maybe' }, /^orgbase: ORGBASE_PREPARED_STATEMENTS must be on or off, got "maybe"$/],
  [{ ORGBASE_WORKERS: '0' }, /^orgbase: ORGBASE_WORKERS must be a number of processes from 1 to 256, or auto \(one per core\), got "0"$/],
  [{ DATABASE_URL: 'postgres://u@h/d', DATABASE_DIRECT_URL: 'pgbouncer:6432' }, /^orgbase: DATABASE_DIRECT_URL must be a PostgreSQL URL/],
  [{ DATABASE_DIRECT_URL: 'postgres://u@h/d' }, /^orgbase: DATABASE_DIRECT_URL needs DATABASE_URL/],
  [{ ORGBASE_CHANNEL_PROBE_MS: '10' }, /^orgbase: ORGBASE_CHANNEL_PROBE_MS must be an integer from 50 to 60000/],
];

describe('configuration errors', () => {
  for (const [env, message] of cases) {
    it(`refuses ${JSON.stringify(env)}`, async () => {
      const { code, stderr } = await serve(env);
      assert.notEqual(code, 0);
      assert.notEqual(code, null, 'the process ended on its own');
      const lines = stderr.trim().split('\n');
      assert.equal(lines.length, 1, `one line: ${stderr}`);
      assert.match(lines[0]!, message);
    });
  }

  it('an unreachable PostgreSQL is named by host and port', async () => {
    const port = await freePort();
    const { code, stderr, ms } = await serve({ DATABASE_URL: `postgres://someone:secret@127.0.0.1:${port}/orgbase` });
    assert.equal(code, 1);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0]!, new RegExp(`^orgbase: cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}/orgbase \\(DATABASE_URL\\): .*ECONNREFUSED`));
    assert.doesNotMatch(stderr, /secret/, 'the password is not printed');
    console.log(`# unreachable PostgreSQL: exit ${code} after ${ms} ms: ${lines[0]}`);
  });
});
