import { sql } from 'kysely';
import type { Executor } from '../db/types.ts';

export interface StoredRequest {
  fingerprint: string;
  status_code: number | null;
  response_body: string | null;
  created_at: string;
}

/** Claims the key for a new request; false when a request already holds it. */
export async function claim(db: Executor, userId: number, key: string, fingerprint: string): Promise<boolean> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ user_id: userId, key, fingerprint })
    .onConflict((conflict) => conflict.columns(['user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function find(db: Executor, userId: number, key: string): Promise<StoredRequest | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .select(['fingerprint', 'status_code', 'response_body', 'created_at'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Takes over a claim that is expired or abandoned (still in progress at `seenCreatedAt`). */
export async function reclaim(db: Executor, userId: number, key: string, fingerprint: string, seenCreatedAt: string): Promise<boolean> {
  const updated = await db
    .updateTable('idempotency_keys')
    .set({ fingerprint, status_code: null, response_body: null, created_at: sql<string>`now()` })
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .where('created_at', '=', seenCreatedAt)
    .returning('key')
    .executeTakeFirst();
  return updated !== undefined;
}

export async function complete(db: Executor, userId: number, key: string, statusCode: number, body: string): Promise<void> {
  await db.updateTable('idempotency_keys').set({ status_code: statusCode, response_body: body }).where('user_id', '=', userId).where('key', '=', key).execute();
}

export async function release(db: Executor, userId: number, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('user_id', '=', userId).where('key', '=', key).where('status_code', 'is', null).execute();
}

export async function deleteExpired(db: Executor, olderThan: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('created_at', '<', olderThan).execute();
}
