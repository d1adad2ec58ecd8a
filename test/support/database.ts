import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';

/** Which database the suite runs against: `pglite` (embedded) or `postgres`. */
export const TEST_DB = (process.env.ORGBASE_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
export const POSTGRES_ADMIN_URL = process.env.ORGBASE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** What `openDatabase` needs to reach the same database from another process. */
  connection: { databaseUrl: string | undefined; dataDir: string };
  drop(): Promise<void>;
}

function postgresUrl(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of the kind under test, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DB === 'postgres') {
    const name = `orgbase_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
    const databaseUrl = postgresUrl(name);
    const handle = await openDatabase({ databaseUrl, dataDir: '' });
    await migrate(handle.db);
    return {
      handle,
      connection: { databaseUrl, dataDir: '' },
      async drop() {
        await handle.close();
        await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgbase-test-'));
  // initdb costs seconds; the runner prepares one migrated data directory to copy from.
  const template = process.env.ORGBASE_TEST_PGLITE_TEMPLATE;
  if (template && fs.existsSync(template)) fs.cpSync(template, path.join(dataDir, 'pgdata'), { recursive: true });
  const handle = await openDatabase({ databaseUrl: undefined, dataDir });
  await migrate(handle.db);
  return {
    handle,
    connection: { databaseUrl: undefined, dataDir },
    async drop() {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The environment under which another orgbase process (the CLI, a server) reaches this test
 * database. The embedded database admits one process at a time, so this process lets go of it.
 */
export async function handOver(database: TestDatabase, logLevel: string): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: logLevel };
  delete env.DATABASE_URL;
  delete env.ORGBASE_DATA_DIR;
  if (TEST_DB === 'postgres') return { ...env, DATABASE_URL: database.connection.databaseUrl };
  await database.handle.close();
  return { ...env, ORGBASE_DATA_DIR: database.connection.dataDir };
}

/**
 * Opens a database handed over to a separate process (handOver) in this one for a look, and
 * releases it again: PGlite admits one process at a time.
 */
export async function inspect<T>(database: TestDatabase, look: (db: DatabaseHandle['db']) => Promise<T>): Promise<T> {
  if (TEST_DB === 'postgres') return look(database.handle.db);
  const handle = await openDatabase(database.connection);
  try {
    return await look(handle.db);
  } finally {
    await handle.close();
  }
}
