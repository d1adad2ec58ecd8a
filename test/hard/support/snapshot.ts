import { sql } from 'kysely';
import type { Db } from '../../../src/db/types.ts';

// Written by authentication itself (at most hourly), whatever the request then answers.
const VOLATILE_COLUMNS: Record<string, string[]> = { personal_api_keys: ['last_used_at'] };

/**
 * Every row of every table as sorted JSON text: two snapshots are equal exactly when a request
 * wrote nothing (sequences aside, which PostgreSQL never rolls back).
 */
export async function snapshotDatabase(db: Db): Promise<Record<string, string[]>> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'
    ORDER BY table_name`.execute(db);
  const snapshot: Record<string, string[]> = {};
  for (const { table_name: table } of tables.rows) {
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(db);
    const volatile = VOLATILE_COLUMNS[table] ?? [];
    snapshot[table] = rows
      .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).filter(([column]) => !volatile.includes(column)))))
      .sort();
  }
  return snapshot;
}

/** What changed between two snapshots, in a few lines a failing assertion can show. */
export function describeChanges(before: Record<string, string[]>, after: Record<string, string[]>): string[] {
  const changes: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = new Set(before[table] ?? []);
    const now = new Set(after[table] ?? []);
    for (const row of now) if (!was.has(row)) changes.push(`${table} + ${row.slice(0, 300)}`);
    for (const row of was) if (!now.has(row)) changes.push(`${table} - ${row.slice(0, 300)}`);
  }
  return changes;
}
