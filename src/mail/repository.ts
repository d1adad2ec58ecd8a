import { sql, type ColumnType, type Generated, type Selectable } from 'kysely';
import { uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';

// The queue's table, merged into the database's type (src/db/types.ts) from here, its owner.
type Timestamp = ColumnType<string, string | undefined, string>;

export interface InviteEmailsTable {
  id: string;
  invite_id: string;
  to_address: string;
  reply_to: string | null;
  subject: string;
  /** The text, with LINK_PLACEHOLDER where the link goes: the link itself is only in `link`. */
  body: string;
  /** The link in clear, until the mail is sent or given up. */
  link: string | null;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  claimed_until: string | null;
  give_up_at: string;
  sent_at: string | null;
  gave_up_at: string | null;
  last_error: string | null;
  created_at: Timestamp;
}

declare module '../db/types.ts' {
  interface Database {
    invite_emails: InviteEmailsTable;
  }
}

export type QueuedEmail = Selectable<InviteEmailsTable>;

/** Where the link goes in a queued body; the link itself waits in its own column. */
export const LINK_PLACEHOLDER = '{{orgbase:invite-link}}';

export interface NewEmail {
  inviteId: string;
  to: string;
  replyTo: string | null;
  subject: string;
  body: string;
  link: string;
  giveUpAt: string;
}

/** Queues a mail in `trx`, the transaction that creates its invite: both commit or neither. */
export async function enqueueEmail(trx: Executor, email: NewEmail): Promise<void> {
  await trx
    .insertInto('invite_emails')
    .values({
      id: uuidv7(),
      invite_id: email.inviteId,
      to_address: email.to,
      reply_to: email.replyTo,
      subject: email.subject,
      body: email.body,
      link: email.link,
      give_up_at: email.giveUpAt,
      claimed_until: null,
      sent_at: null,
      gave_up_at: null,
      last_error: null,
    })
    .execute();
}

/**
 * Claims the mail due first for `claimSeconds`: no other process takes it meanwhile (SKIP
 * LOCKED, then the claim itself), and a process that dies while sending leaves it to be claimed
 * again once the claim runs out. Counts the attempt.
 */
export async function claimDueEmail(db: Executor, claimSeconds: number): Promise<QueuedEmail | undefined> {
  const result = await sql<QueuedEmail>`
    UPDATE invite_emails SET claimed_until = now() + make_interval(secs => ${claimSeconds}), attempts = attempts + 1
    WHERE id = (
      SELECT id FROM invite_emails
      WHERE sent_at IS NULL AND gave_up_at IS NULL AND next_attempt_at <= now()
        AND (claimed_until IS NULL OR claimed_until < now())
      ORDER BY next_attempt_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`.execute(db);
  return result.rows[0];
}

/** Sent: the link in clear is dropped, only the record that it went remains. */
export async function markSent(db: Executor, id: string): Promise<void> {
  await db.updateTable('invite_emails').set({ sent_at: sql<string>`now()`, link: null, claimed_until: null, last_error: null }).where('id', '=', id).execute();
}

/** Not taken: retried at `nextAttemptAt`, or given up (and its link dropped) when that is past `give_up_at`. */
export async function markFailed(db: Executor, id: string, error: string, retryInMs: number): Promise<'retry' | 'given_up'> {
  const row = await db
    .updateTable('invite_emails')
    .set((eb) => ({
      last_error: error.slice(0, 500),
      claimed_until: null,
      next_attempt_at: sql<string>`now() + make_interval(secs => ${retryInMs / 1000})`,
      gave_up_at: sql<string | null>`CASE WHEN now() + make_interval(secs => ${retryInMs / 1000}) > ${eb.ref('give_up_at')} THEN now() END`,
      link: sql<string | null>`CASE WHEN now() + make_interval(secs => ${retryInMs / 1000}) > ${eb.ref('give_up_at')} THEN NULL ELSE ${eb.ref('link')} END`,
    }))
    .where('id', '=', id)
    .returning('gave_up_at')
    .executeTakeFirst();
  return row?.gave_up_at ? 'given_up' : 'retry';
}

/** Milliseconds until the next pending mail is due (0 if one is due now), or null when none waits. */
export async function millisecondsUntilNextDue(db: Executor): Promise<number | null> {
  const row = await db
    .selectFrom('invite_emails')
    .select(sql<number | null>`extract(epoch FROM (min(greatest(next_attempt_at, coalesce(claimed_until, next_attempt_at))) - now())) * 1000`.as('ms'))
    .where('sent_at', 'is', null)
    .where('gave_up_at', 'is', null)
    .executeTakeFirst();
  return row?.ms === null || row?.ms === undefined ? null : Math.max(0, Number(row.ms));
}
