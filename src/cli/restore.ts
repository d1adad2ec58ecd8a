// `orgbase restore FILE`: fills an empty data directory from `orgbase backup`'s tarball. Runs
// in this process with the data directory locked, so a server cannot start on it meanwhile.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Config } from '../config.ts';
import { acquireDataDirLock, DataDirLockedError } from '../db/data-dir-lock.ts';
import { ownDataDir, restrictNewFiles, tightenTree } from '../db/private-files.ts';
import type { Outcome } from '../commands/execute.ts';

/**
 * Whether `bytes` are a whole gzipped tarball, checked before PGlite sees them: fed a truncated
 * or foreign file, its gunzip stream rejects a promise nobody awaits and the process dies with
 * a stack trace after the one-line error.
 */
function backupProblem(bytes: Buffer): string | undefined {
  let tar: Buffer;
  try {
    tar = zlib.gunzipSync(bytes);
  } catch (error) {
    return `not a complete gzip file (${(error as Error).message})`;
  }
  // A tar archive: 512-byte blocks, the first a header with the POSIX "ustar" magic.
  if (tar.length < 1024 || tar.length % 512 !== 0 || tar.subarray(257, 262).toString('latin1') !== 'ustar') return 'not a tar archive';
  return undefined;
}

export async function restore(config: Config, file: string): Promise<Outcome> {
  if (config.databaseUrl) {
    return { ok: false, message: 'restore fills the embedded database; for PostgreSQL restore a pg_dump with pg_restore or psql.' };
  }
  if (!fs.existsSync(file)) return { ok: false, message: `no backup file at ${file}` };
  const pgdata = path.join(config.dataDir, 'pgdata');
  restrictNewFiles();
  ownDataDir(config.dataDir);
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
    const bytes = fs.readFileSync(file);
    const problem = backupProblem(bytes);
    if (problem) return { ok: false, message: `${file} is not an orgbase backup: ${problem}` };
    const { PGlite } = await import('@electric-sql/pglite');
    let db;
    try {
      db = await PGlite.create({ dataDir: pgdata, loadDataDir: new Blob([bytes]) });
    } catch (error) {
      fs.rmSync(pgdata, { recursive: true, force: true }); // leave the directory as empty as it was
      return { ok: false, message: `${file} is not an orgbase backup: ${error instanceof Error ? error.message : String(error)}` };
    }
    await db.close();
    // PGlite chmods what it extracts to 0666 (in this thread, unlike the server's worker).
    tightenTree(pgdata);
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
