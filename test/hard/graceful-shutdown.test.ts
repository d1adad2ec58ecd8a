// SIGTERM: stop accepting, finish what is in flight, close the database, exit 0.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, TEST_DB, withAdminClient, type TestDatabase } from '../support/database.ts';
import { createUser, seedKey, type SeededKey } from '../support/fixtures.ts';
import { slowPost, startServerProcess, type ServerProcess } from '../support/server-process.ts';

let database: TestDatabase;
let env: NodeJS.ProcessEnv;
let key: SeededKey;
let userId: number;
let server: ServerProcess;

before(async () => {
  database = await createTestDatabase();
  const user = await createUser(database.handle.db);
  userId = user.id;
  key = await seedKey(database.handle.db, user.id, ['*']);
  const base: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete base.DATABASE_URL;
  delete base.REDIS_URL;
  env = TEST_DB === 'postgres' ? { ...base, DATABASE_URL: database.connection.databaseUrl } : { ...base, ORGBASE_DATA_DIR: database.connection.dataDir };
  if (TEST_DB === 'pglite') await database.handle.close();
  server = await startServerProcess(env);
});
after(async () => {
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await database.drop();
});

async function acceptsNewConnections(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${url}/_health`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}

describe('graceful shutdown on SIGTERM', () => {
  it('stops accepting, finishes the request in flight, closes the database and exits 0', async () => {
    const inFlight = slowPost(
      `${server.url}/api/personal_api_keys/`,
      key.value,
      JSON.stringify({ label: 'written during shutdown', scopes: ['organization:read'] }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGTERM');
    let refused = false;
    for (let attempt = 0; attempt < 50 && !refused; attempt++) {
      refused = !(await acceptsNewConnections(server.url));
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(refused, 'new connections are still served after SIGTERM');
    assert.equal(server.child.exitCode, null, 'the process waits for the request in flight');
    inFlight.sendRest();
    const response = await inFlight.response;
    assert.equal(response.status, 201, response.body);
    const created = JSON.parse(response.body) as { id: string };
    assert.equal(await server.exited, 0, server.output());

    if (TEST_DB === 'pglite') {
      assert.equal(fs.existsSync(path.join(env.ORGBASE_DATA_DIR!, 'orgbase.lock')), false, 'the embedded database was not closed');
    } else {
      const databaseName = new URL(database.connection.databaseUrl!).pathname.slice(1);
      const open = await withAdminClient((admin) =>
        admin.query<{ count: string }>('SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [databaseName]),
      );
      // The suite's own pool to this database is still open; the server's ten are not.
      assert.ok(Number(open.rows[0]!.count) <= 1, `connections left open: ${open.rows[0]!.count}`);
    }
    // The write that was in flight was committed before the database closed.
    const { openDatabase } = await import('../../src/db/connection.ts');
    const handle = TEST_DB === 'pglite' ? await openDatabase(database.connection) : database.handle;
    try {
      const row = await handle.db.selectFrom('personal_api_keys').select(['id', 'user_id']).where('id', '=', created.id).executeTakeFirst();
      assert.deepEqual(row, { id: created.id, user_id: userId });
    } finally {
      if (TEST_DB === 'pglite') await handle.close();
    }
  });
});
