import type { Config } from '../config.ts';
import { openDatabase } from './connection.ts';
import { migrate, type MigrationResult } from './migrate.ts';
import type { Db } from './types.ts';

type Settings = Pick<Config, 'databaseUrl' | 'databaseDirectUrl' | 'dataDir'>;

/**
 * Runs migrations on the direct connection (DATABASE_DIRECT_URL) when it differs from the
 * request pool's: DDL and the migration lock belong on a session of their own, not on a server
 * connection a pooler lends out between statements. `db` (the request pool) otherwise.
 */
export async function migrateDirect(config: Settings, db: Db): Promise<MigrationResult> {
  if (!config.databaseUrl || !config.databaseDirectUrl || config.databaseDirectUrl === config.databaseUrl) return migrate(db);
  const direct = await openDatabase({ databaseUrl: config.databaseDirectUrl, dataDir: config.dataDir, databasePoolSize: 1 });
  try {
    return await migrate(direct.db);
  } finally {
    await direct.close();
  }
}
