// `orgbase restore FILE`: fills an empty data directory from `orgbase backup`'s tarball. Runs
// in this process with the data directory locked, so a server cannot start on it meanwhile.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { acquireDataDirLock, DataDirLockedError } from '../db/data-dir-lock.ts';
import type { Outcome } from '../commands/execute.ts';

export async function restore(config: Config, file: string): Promise<Outcome> {
  if (config.databaseUrl) {
    return { ok: false, message: 'restore fills the embedded database; for PostgreSQL restore a pg_dump with pg_restore or psql.' };
  }
  if (!fs.existsSync(file)) return { ok: false, message: `no backup file at ${file}` };
  const pgdata = path.join(config.dataDir, 'pgdata');
  let release: () => void;
  try {
    release = acquireDataDirLock(config.dataDir);
  } catch (error) {
    if (error instanceof DataDirLockedError) return { ok: false, message: `${error.message}; restore needs the server stopped` };
    throw error;
  }
  const started = Date.now();
  try {
    if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0) {
      return { ok: false, message: `${config.dataDir} already holds a database; restore fills an empty data directory (set ORGBASE_DATA_DIR to a new one)` };
    }
    const { PGlite } = await import('@electric-sql/pglite');
    let db;
    try {
      db = await PGlite.create({ dataDir: pgdata, loadDataDir: new Blob([fs.readFileSync(file)]) });
    } catch (error) {
      fs.rmSync(pgdata, { recursive: true, force: true }); // leave the directory as empty as it was
      return { ok: false, message: `${file} is not an orgbase backup: ${error instanceof Error ? error.message : String(error)}` };
    }
    await db.close();
  } finally {
    release();
  }
  // Open it the way the server will: this replays the WAL and applies newer migrations.
  const [{ openDatabase }, { migrate }, { countUsers }, { countOrganizations }, { countPersonalApiKeys }] = await Promise.all([
    import('../db/connection.ts'),
    import('../db/migrate.ts'),
    import('../users/repository.ts'),
    import('../organizations/repository.ts'),
    import('../personal-api-keys/repository.ts'),
  ]);
  const database = await openDatabase(config);
  try {
    const migrations = await migrate(database.db);
    return {
      ok: true,
      result: {
        data_dir: config.dataDir,
        users: await countUsers(database.db),
        organizations: await countOrganizations(database.db),
        personal_api_keys: await countPersonalApiKeys(database.db),
        migrations_applied: migrations.applied,
        milliseconds: Date.now() - started,
      },
    };
  } finally {
    await database.close();
  }
}
