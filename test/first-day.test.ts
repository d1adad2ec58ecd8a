// A first day with orgbase: the start log's hint is a command that reaches the server's own
// database, every command names the database it used, a command run while the first start
// creates the database waits for it, and the log says what runs and when the network sees
// keys in clear text.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, describe, it } from 'node:test';
import { redactedDatabaseUrl } from '../src/cli/invocation.ts';
import { createTestDatabase, handOver, TEST_DB } from './support/database.ts';
import { orgbase } from './support/cli.ts';
import { freePort, runServeExpectingFailure, spawnServer, startServerProcess, type ServerProcess } from './support/server-process.ts';

const run = promisify(execFile);
const cleanups: Array<() => Promise<unknown> | unknown> = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function stopLater(server: ServerProcess): void {
  cleanups.push(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
  });
}

/** The environment without the variables that choose a database: the command must carry them. */
function bareEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.ORGBASE_DATA_DIR;
  return env;
}

function logLines(output: string): Array<Record<string, any>> {
  return output.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line)];
    } catch {
      return [];
    }
  });
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the first day', () => {
  it("hints at a command that reaches the server's own database, and the command says which it used", async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const env = await handOver(database, 'info');
    const server = await startServerProcess(env);
    stopLater(server);
    const listening = await waitFor('the listening line', () => logLines(server.output()).find((line) => line.msg === 'orgbase listening'));
    assert.match(listening.version, /^\d+\.\d+\.\d+/);
    assert.match(listening.commit, /^([0-9a-f]{40}(-dirty)?|unknown)$/);
    const hint = await waitFor('the first-user hint', () => logLines(server.output()).find((line) => String(line.msg).startsWith('no users yet')));
    const expected =
      TEST_DB === 'postgres'
        ? `DATABASE_URL=${database.connection.databaseUrl} ./bin/orgbase.js init --email you@example.com`
        : `ORGBASE_DATA_DIR=${database.connection.dataDir} ./bin/orgbase.js init --email you@example.com`;
    assert.equal(hint.command, expected);
    assert.ok(hint.msg.includes(expected), hint.msg);

    // Run exactly that, from where the server runs, with nothing else choosing the database.
    const { stdout, stderr } = await run('sh', ['-c', hint.command.replace('you@example.com', 'ann@example.com')], { env: bareEnv(), cwd: process.cwd() });
    const key = JSON.parse(stdout).key.value as string;
    const me = await fetch(`${server.url}/api/users/@me/`, { headers: { authorization: `Bearer ${key}` } });
    assert.equal(me.status, 200, 'the key printed by the hinted command works on the server');
    const named =
      TEST_DB === 'postgres'
        ? /^orgbase: database: PostgreSQL 127\.0\.0\.1:5432\/orgbase_test_\w+\n/
        : new RegExp(`^orgbase: database: embedded ${database.connection.dataDir} \\(through the running server\\)\\n`);
    assert.match(stderr, named);
  });

  it('keeps a password out of the hint', () => {
    assert.equal(redactedDatabaseUrl('postgres://orgbase:s3cret@db.internal:5432/orgbase'), 'postgres://orgbase:PASSWORD@db.internal:5432/orgbase');
    assert.equal(redactedDatabaseUrl('postgres://orgbase@db.internal/orgbase'), 'postgres://orgbase@db.internal/orgbase');
  });

  it('warns at start when serving a non-loopback address over plain HTTP', { skip: TEST_DB !== 'postgres' && 'one database is enough' }, async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const env = await handOver(database, 'info');
    const port = await freePort();
    for (const [trustProxy, warned] of [
      [undefined, true],
      ['127.0.0.1', false],
    ] as const) {
      const { child, output, exited } = spawnServer({ ...env, ...(trustProxy ? { ORGBASE_TRUST_PROXY: trustProxy } : {}) }, port, undefined, '0.0.0.0');
      try {
        await waitFor('the listening line', () => logLines(output()).find((line) => line.msg === 'orgbase listening'));
        await new Promise((resolve) => setTimeout(resolve, 300));
        const warning = logLines(output()).find((line) => line.level === 40 && String(line.msg).startsWith('serving 0.0.0.0 over plain HTTP'));
        assert.equal(Boolean(warning), warned, output());
      } finally {
        child.kill('SIGTERM');
        await exited;
      }
    }
  });

  it('makes a command run during the first start wait for the server, not fail', { skip: TEST_DB !== 'pglite' && 'the embedded database only' }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgbase-first-start-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env = { ...bareEnv(), ORGBASE_DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    const serving = startServerProcess(env, 120_000);
    // The server holds the data directory from its first moment, and opens its socket only
    // once the database is created and migrated.
    await waitFor('the lock', () => (fs.existsSync(path.join(dataDir, 'orgbase.lock')) ? true : undefined));
    const command = orgbase(env, 'users', 'list');
    const server = await serving;
    stopLater(server);
    const result = await command;
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), []);
    assert.match(result.stderr, /is held by another orgbase process \(a server still starting, or another command\): waiting for it/);
    assert.equal(result.database, `embedded ${dataDir} (through the running server)`);
  });

  it('fails at once, naming the reason, when the data directory cannot be made', { skip: TEST_DB !== 'pglite' && 'the embedded database only' }, async () => {
    const started = Date.now();
    const failed = await runServeExpectingFailure({ ...bareEnv(), ORGBASE_DATA_DIR: '/proc/nope' });
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /cannot create data directory \(ORGBASE_DATA_DIR\) \/proc\/nope: ENOENT/);
    assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
  });
});
