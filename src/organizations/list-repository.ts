// The organization list of a caller, as the list cache (list-cache.ts) keeps it: every
// membership of the user with its level and what the list orders and searches by, read once;
// pages are cut from it in memory. The database says how names fold and sort (its collation),
// so the memory gives the answers the SQL list gave.
import { sql } from 'kysely';
import type { Executor } from '../db/types.ts';

/** One organization the user belongs to, as the list needs it. */
export interface ListedMembership {
  id: string;
  level: number;
  /** `lower(name)` as the database folds it: what a search (ILIKE) matches against. */
  foldedName: string;
  /** The name's place in `ORDER BY lower(name)`: equal names share it (ties go by id). */
  nameRank: number;
  /** The creation time's place in `ORDER BY created_at` (ties go by id). */
  createdRank: number;
}

/** Exported for bench/hot-queries.ts, which explains it. */
export function selectListedMemberships(db: Executor, userId: number) {
  return db
    .selectFrom('organization_memberships as lm')
    .innerJoin('organizations as lo', 'lo.id', 'lm.organization_id')
    .where('lm.user_id', '=', userId)
    .select([
      'lm.organization_id as id',
      'lm.level',
      sql<string>`lower(lo.name)`.as('folded_name'),
      sql<string>`dense_rank() OVER (ORDER BY lower(lo.name))`.as('name_rank'),
      sql<string>`dense_rank() OVER (ORDER BY lo.created_at)`.as('created_rank'),
    ])
    .orderBy('lm.organization_id');
}

/** The user's memberships in id (creation) order: one statement, on a list cache miss. */
export async function findListedMemberships(db: Executor, userId: number): Promise<ListedMembership[]> {
  const rows = await selectListedMemberships(db, userId).execute();
  return rows.map((row) => ({
    id: row.id,
    level: Number(row.level),
    foldedName: row.folded_name,
    nameRank: Number(row.name_rank),
    createdRank: Number(row.created_rank),
  }));
}

/** `lower(text)` as the database folds it (ILIKE folds both sides so); pure, so kept forever. */
export async function foldCase(db: Executor, text: string): Promise<string> {
  const { rows } = await sql<{ folded: string }>`SELECT lower(${text}::text) AS folded`.execute(db);
  return rows[0]!.folded;
}
