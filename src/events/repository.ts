import { sql } from 'kysely';
import { uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { Event, EventActor, EventType } from './schemas.ts';

/** The invalidation-channel topic an event's commit is announced on (payload: organization id). */
export const EVENTS_TOPIC = 'events';

export interface NewEvent {
  organizationId: string;
  type: EventType;
  actor: EventActor;
  data: unknown;
}

/**
 * Appends an event in `trx`, the transaction that makes the change. The organization's
 * sequence row stays locked until `trx` ends, so its events commit in sequence order.
 */
export async function appendEvent(trx: Executor, event: NewEvent, id: string = uuidv7()): Promise<{ id: string; sequence: number }> {
  const result = await sql<{ sequence: number }>`
    WITH next AS (
      INSERT INTO event_sequences (organization_id, last_sequence) VALUES (${event.organizationId}::uuid, 1)
      ON CONFLICT (organization_id) DO UPDATE SET last_sequence = event_sequences.last_sequence + 1
      RETURNING last_sequence
    )
    INSERT INTO events (id, organization_id, sequence, type, actor, data)
    SELECT ${id}::uuid, ${event.organizationId}::uuid, next.last_sequence, ${event.type}, ${JSON.stringify(event.actor)}::jsonb, ${JSON.stringify(event.data ?? null)}::jsonb
    FROM next
    RETURNING sequence`.execute(trx);
  return { id, sequence: result.rows[0]!.sequence };
}

/** An organization's events after `afterSequence`, oldest first. */
export async function readEvents(db: Executor, organizationId: string, afterSequence: number, limit: number, types?: readonly string[]): Promise<Event[]> {
  let select = db
    .selectFrom('events')
    .select(['id', 'type', 'organization_id', 'sequence', 'created_at', 'actor', 'data'])
    .where('organization_id', '=', organizationId)
    .where('sequence', '>', afterSequence);
  if (types?.length) select = select.where('type', 'in', types);
  const rows = await select.orderBy('sequence').limit(limit).execute();
  return rows.map((row) => ({
    id: row.id,
    type: row.type as EventType,
    organization_id: row.organization_id,
    sequence: row.sequence,
    timestamp: row.created_at,
    actor: row.actor,
    data: row.data,
  }));
}

/** Deletes events older than `days`; the sequences stay, so numbering never restarts. */
export async function deleteEventsOlderThan(db: Executor, days: number): Promise<number> {
  const result = await db.deleteFrom('events').where('created_at', '<', sql<string>`now() - make_interval(days => ${days})`).executeTakeFirst();
  return Number(result.numDeletedRows);
}
