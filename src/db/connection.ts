import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { DatabaseUnreachableError, describeTarget } from './database-errors.ts';
import { startEmbeddedServer } from './embedded.ts';
import { PreparingClient, SharedSessionClient, type SessionOptions } from './prepared-statements.ts';
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

type DatabaseSettings = Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'databasePoolSize' | 'databaseIdleTimeoutMs' | 'preparedStatements'>>;

function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

// A connection that cannot be opened within this time counts as an outage (503), rather than
// holding the request until the client gives up.
const CONNECT_TIMEOUT_MS = 5000;

/** Clients on the embedded engine: enough to keep its thread busy while the main one works. */
const EMBEDDED_CLIENTS = 4;

export async function openDatabase(config: DatabaseSettings): Promise<DatabaseHandle> {
  installTypeParsers();
  if (config.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: config.databasePoolSize ?? 10,
      idleTimeoutMillis: config.databaseIdleTimeoutMs ?? 10_000,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      Client: PreparingClient,
      // pg.Pool hands these to each client it opens (see SessionOptions).
      ...({ timeZone: 'UTC', preparedStatements: config.preparedStatements ?? true } satisfies SessionOptions),
    });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on the next checkout.
    });
    // Fail at start with the address, not at the first request with a 503.
    try {
      const client = await pool.connect();
      client.release();
    } catch (error) {
      await pool.end().catch(() => {});
      throw new DatabaseUnreachableError(describeTarget(config.databaseUrl), error);
    }
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, pool, kind: 'postgres', close: once(() => db.destroy()) };
  }
  const embedded = await startEmbeddedServer(config.dataDir);
  // PGlite is one session: its clients take turns in the engine's thread (see WireSessions),
  // and everything inside a transaction must use the transaction handle or it waits for
  // itself. A few clients rather than one let the main thread prepare the next statement while
  // the engine runs the current one. Closing a client idle gains nothing (the session lives on
  // in the worker), so by default they are kept.
  const pool = new pg.Pool({
    stream: embedded.stream,
    user: 'postgres',
    database: 'postgres',
    max: EMBEDDED_CLIENTS,
    idleTimeoutMillis: config.databaseIdleTimeoutMs ?? 0,
    // Names its prepared statements apart from the other clients' in the shared session.
    Client: SharedSessionClient,
  } as pg.PoolConfig);
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

/**
 * The path every request takes: a pooled client and a parameterized (so prepared) statement,
 * so a readiness probe cannot say ok while requests fail on a stale connection or statement.
 */
export async function probeDatabase(db: Db): Promise<void> {
  await sql`SELECT name FROM schema_migrations WHERE name <> ${''} LIMIT 1`.execute(db);
}
