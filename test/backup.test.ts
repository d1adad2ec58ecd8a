// orgbase backup / restore through the real CLI: a copy taken while the server runs, restored
// into another data directory, holds every row of every table as it was at the backup.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connection.ts';
import { orgbase, orgbaseJson } from './support/cli.ts';
import { createTestDatabase, handOver, TEST_DB, type TestDatabase } from './support/database.ts';
import { startServerProcess } from './support/server-process.ts';

let database: TestDatabase;
let env: NodeJS.ProcessEnv;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'orgbase-backup-'));

before(async () => {
  database = await createTestDatabase();
  env = await handOver(database, 'silent');
});
after(async () => {
  await database.drop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Every row of every table, in a stable order. */
async function everyRow(dataDir: string): Promise<Record<string, unknown[]>> {
  const handle = await openDatabase({ databaseUrl: undefined, dataDir });
  try {
    const tables = await sql<{ name: string }>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(handle.db);
    const rows: Record<string, unknown[]> = {};
    for (const { name } of tables.rows) {
      rows[name] = (await sql`SELECT * FROM ${sql.table(name)} ORDER BY 1`.execute(handle.db)).rows;
    }
    return rows;
  } finally {
    await handle.close();
  }
}

describe('backup and restore', () => {
  it('refuses on PostgreSQL and points at pg_dump', { skip: TEST_DB !== 'postgres' }, async () => {
    const result = await orgbase(env, 'backup', path.join(scratch, 'pg.tgz'));
    assert.equal(result.code, 1);
    assert.equal(result.stderr, 'orgbase: backup copies the embedded database; for PostgreSQL use pg_dump.\n');
    assert.equal(fs.existsSync(path.join(scratch, 'pg.tgz')), false);
  });

  it("copies a running server's data and restores every row elsewhere", { skip: TEST_DB !== 'pglite' }, async () => {
    const server = await startServerProcess(env);
    const file = path.join(scratch, 'orgbase.tgz');
    try {
      const init = await orgbaseJson(env, 'init', '--email', 'ann@example.com', '--organization', 'Acme');
      const headers = { authorization: `Bearer ${init.key.value}`, 'content-type': 'application/json' };
      for (const name of ['Beta', 'Gamma']) {
        const created = await fetch(`${server.url}/api/organizations/`, { method: 'POST', headers, body: JSON.stringify({ name }) });
        assert.equal(created.status, 201);
      }
      await orgbaseJson(env, 'users', 'create', '--email', 'bob@example.com');
      await orgbaseJson(env, 'members', 'add', '--organization', init.organization.id, '--email', 'bob@example.com', '--level', '8');
      await orgbaseJson(env, 'integrations', 'add', '--organization', init.organization.id, '--kind', 'vercel', '--integration-id', 'icfg_9');
      const backup = await orgbaseJson(env, 'backup', file);
      assert.equal(backup.file, file);
      assert.equal(fs.statSync(file).size, backup.bytes);
      assert.equal(fs.statSync(file).mode & 0o777, 0o600, 'a backup holds key hashes: owner-only');
      // Written after the backup: must not be in the restored copy.
      await orgbaseJson(env, 'users', 'create', '--email', 'late@example.com');
    } finally {
      server.child.kill('SIGTERM');
      assert.equal(await server.exited, 0);
    }
    const expected = await everyRow(env.ORGBASE_DATA_DIR!);
    const restoredDir = path.join(scratch, 'restored');
    const restored = await orgbaseJson({ ...env, ORGBASE_DATA_DIR: restoredDir }, 'restore', file);
    assert.equal(restored.users, 2);
    assert.equal(restored.organizations, 3);
    const actual = await everyRow(restoredDir);
    // The user made after the backup is the only difference.
    const without = (rows: Record<string, unknown[]>) =>
      Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.filter((row) => !JSON.stringify(row).includes('late@'))]));
    assert.ok(Object.keys(actual).length >= 8);
    assert.deepEqual(actual, without(expected));
    assert.equal(expected.users!.length, 3);
    assert.equal(actual.users!.length, 2);
    assert.ok(actual.audit_log!.length >= 5 && actual.organization_integrations!.length === 1);

    // A second restore into the now-full directory is refused, leaving it as it is.
    const again = await orgbase({ ...env, ORGBASE_DATA_DIR: restoredDir }, 'restore', file);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already holds a database; restore fills an empty data directory/);
    // Not a backup: refused, and the directory stays empty for a real one.
    const junk = path.join(scratch, 'junk.tgz');
    fs.writeFileSync(junk, 'not a tarball');
    const bad = await orgbase({ ...env, ORGBASE_DATA_DIR: path.join(scratch, 'bad') }, 'restore', junk);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /is not an orgbase backup/);
    assert.equal(fs.existsSync(path.join(scratch, 'bad', 'pgdata')), false);
  });

  it("backs up a stopped server's data directory too", { skip: TEST_DB !== 'pglite' }, async () => {
    // Into a directory that does not exist yet, as the README's `backups/orgbase-$(date +%F).tgz`.
    const file = path.join(scratch, 'backups', 'stopped.tgz');
    const backup = await orgbaseJson(env, 'backup', file);
    assert.ok(backup.bytes > 0);
    const restoredDir = path.join(scratch, 'restored-stopped');
    await orgbaseJson({ ...env, ORGBASE_DATA_DIR: restoredDir }, 'restore', file);
    assert.deepEqual(await everyRow(restoredDir), await everyRow(env.ORGBASE_DATA_DIR!));
  });
});
