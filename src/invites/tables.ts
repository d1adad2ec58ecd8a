// The invites' table, merged into the database's type (src/db/types.ts) from here.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

export interface OrganizationInvitesTable {
  id: string;
  organization_id: string;
  /** Lower-cased whole (a CHECK holds it so). */
  target_email: string;
  first_name: ColumnType<string, string | undefined, string>;
  created_by_id: number | null;
  emailing_attempt_made: ColumnType<boolean, boolean | undefined, boolean>;
  level: number;
  message: string | null;
  private_project_access: ColumnType<unknown, string | null, string | null>;
  /** `sha256$` + hex SHA-256 of the link's token; the token itself is never stored. */
  token_hash: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

declare module '../db/types.ts' {
  interface Database {
    organization_invites: OrganizationInvitesTable;
  }
}
