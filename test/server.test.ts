import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, handOver, TEST_DB, type TestDatabase } from './support/database.ts';
import { createUserWithKey } from './support/fixtures.ts';
import { runServeExpectingFailure, startServerProcess, type ServerProcess } from './support/server-process.ts';

let database: TestDatabase;
let env: NodeJS.ProcessEnv;
let key: string;
let server: ServerProcess;

before(async () => {
  database = await createTestDatabase();
  ({ key } = await createUserWithKey(database.handle.db));
  env = await handOver(database, 'warn');
  server = await startServerProcess(env);
});
after(async () => {
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await database.drop();
});

describe('orgbase serve, over a real socket', () => {
  it('answers health, readiness and an authenticated request', async () => {
    assert.equal((await fetch(`${server.url}/_health`)).status, 200);
    // On PostgreSQL the invalidation channel proves itself at start; the embedded one is local.
    const channel = TEST_DB === 'postgres' ? { invalidation_channel: 'ok' } : {};
    assert.deepEqual(await (await fetch(`${server.url}/_readyz`)).json(), { status: 'ok', database: 'ok', ...channel });
    const me = await fetch(`${server.url}/api/users/@me/`, { headers: { authorization: `Bearer ${key}` } });
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { email: string }).email.endsWith('@example.com'), true);
    const anonymous = await fetch(`${server.url}/api/users/@me/`);
    assert.equal(anonymous.status, 401);
  });

  it('refuses a second process on the same embedded data directory', { skip: TEST_DB !== 'pglite' }, async () => {
    const second = await runServeExpectingFailure(env);
    assert.equal(second.code, 1);
    const lines = second.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, second.stderr);
    assert.match(lines[0]!, /^orgbase: data directory .* is in use by another orgbase process \(pid \d+\)/);
    assert.equal((await fetch(`${server.url}/_health`)).status, 200, 'the first process is unharmed');
  });

  it('exits 0 on SIGTERM and releases the data directory', async () => {
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0, server.output());
    if (TEST_DB === 'pglite') assert.equal(fs.existsSync(path.join(env.ORGBASE_DATA_DIR!, 'orgbase.lock')), false);
  });
});
