import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { startEmbeddedServer } from './embedded.ts';
import { PreparingClient } from './prepared-statements.ts';
import { installTypeParsers } from './type-parsers.ts';
import type { Database, Db } from './types.ts';

export interface DatabaseHandle {
  db: Db;
  pool: pg.Pool;
  kind: 'postgres' | 'embedded';
  /** Embedded only: whether this open created the database, and a copy of it for backups. */
  created?: boolean;
  dump?: () => Promise<Uint8Array>;
  close(): Promise<void>;
}

function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<DatabaseHandle> {
  installTypeParsers();
  if (config.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      options: '-c TimeZone=UTC',
      Client: PreparingClient,
    });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on the next checkout.
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, pool, kind: 'postgres', close: once(() => db.destroy()) };
  }
  const embedded = await startEmbeddedServer(config.dataDir);
  // PGlite is a single connection: one client, and everything inside a transaction must use
  // the transaction handle or it waits for itself.
  const pool = new pg.Pool({
    host: embedded.socketDir,
    port: 5432,
    user: 'postgres',
    database: 'postgres',
    max: 1,
    // PGlite keeps one session for every socket connection: a client the pool closed when idle
    // and its replacement would both name statements orgbase_0..., which then already exist.
    idleTimeoutMillis: 0,
    Client: PreparingClient,
  });
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    kind: 'embedded',
    created: embedded.created,
    dump: embedded.dump,
    close: once(async () => {
      await db.destroy();
      await embedded.stop();
    }),
  };
}
