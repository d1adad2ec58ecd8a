import { sql } from 'kysely';
import type { Db } from '../../src/db/types.ts';

// Written by authentication itself (at most hourly), whatever the request then answers.
const VOLATILE_COLUMN = 'last_used_at';

// The schema does not change while a suite runs; PGlite takes as long to list the tables as to digest them.
const tableNamesOf = new WeakMap<Db, Promise<string[]>>();

function tableNames(db: Db): Promise<string[]> {
  let names = tableNamesOf.get(db);
  if (!names) tableNamesOf.set(db, (names = listTables(db)));
  return names;
}

async function listTables(db: Db): Promise<string[]> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'
    ORDER BY table_name`.execute(db);
  return tables.rows.map((row) => row.table_name);
}

/**
 * One digest per table of all its rows, computed inside the database in one query: equal
 * digests mean a request wrote nothing (sequences aside, which PostgreSQL never rolls back).
 */
export async function snapshotDatabase(db: Db): Promise<Record<string, string>> {
  const digests = (await tableNames(db)).map(
    (table) => sql`SELECT ${table}::text AS name, md5(coalesce(string_agg(row_text, ',' ORDER BY row_text), '')) AS digest
      FROM (SELECT (to_jsonb(t) - ${VOLATILE_COLUMN}::text)::text AS row_text FROM ${sql.table(table)} t) rows`,
  );
  const { rows } = await sql<{ name: string; digest: string }>`${sql.join(digests, sql` UNION ALL `)}`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** Every row of every table as JSON text, for naming what changed once digests differ. */
export async function dumpDatabase(db: Db): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of await tableNames(db)) {
    const { rows } = await sql<{ row_text: string }>`SELECT (to_jsonb(t) - ${VOLATILE_COLUMN}::text)::text AS row_text FROM ${sql.table(table)} t`.execute(db);
    dump[table] = rows.map((row) => row.row_text).sort();
  }
  return dump;
}

/** The tables whose digest changed between two snapshots. */
export function describeChanges(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]);
}
