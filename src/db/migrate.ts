import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './types.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant works; it only has to be the same in every orgbase process.
const MIGRATION_LOCK_KEY = 7_204_511_913;

export const MIGRATIONS_DIRECTORY = MIGRATIONS_DIR;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
  /** How long each applied file took (not printed by `orgbase migrate`: the server logs it). */
  timings: Array<{ name: string; milliseconds: number }>;
}

/**
 * Applies pending `.sql` files in name order, all in one transaction that holds an advisory
 * lock, so several processes starting at once apply each file exactly once.
 */
export async function migrate(db: Db, options: { only?: readonly string[] } = {}): Promise<MigrationResult> {
  // `only`: a database as an older release left it (test/upgrade.test.ts).
  const files = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((name) => name.endsWith('.sql') && (!options.only || options.only.includes(name)))
    .sort();
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`.execute(trx);
    const done = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(trx);
    const doneNames = new Set(done.rows.map((row) => row.name));
    const applied: string[] = [];
    const timings: MigrationResult['timings'] = [];
    for (const file of files) {
      if (doneNames.has(file)) continue;
      const started = performance.now();
      await sql.raw(fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8')).execute(trx);
      await sql`INSERT INTO schema_migrations (name) VALUES (${file})`.execute(trx);
      applied.push(file);
      timings.push({ name: file, milliseconds: Math.round(performance.now() - started) });
    }
    return { applied, alreadyApplied: files.filter((file) => doneNames.has(file)), timings };
  });
}
