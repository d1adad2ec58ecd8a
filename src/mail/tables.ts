// The mail queue's table, declared beside the feature that owns it and merged into the
// database's type (src/db/types.ts), so the queue's columns are typed like every other table's.
import type { ColumnType, Generated } from 'kysely';

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
