-- Issue 24: PostHog's organization invites, and the durable queue their mail goes through.

-- An invite admits whoever holds its link; the link's token is never stored, only its SHA-256
-- (as personal API keys), so neither a database dump nor a member listing invites can accept
-- one. The id is PostHog's public identifier and admits nobody.
CREATE TABLE organization_invites (
  id                     uuid PRIMARY KEY,
  organization_id        uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  target_email           varchar(254) NOT NULL CHECK (target_email = lower(target_email)),
  first_name             varchar(30) NOT NULL DEFAULT '',
  created_by_id          integer REFERENCES users (id) ON DELETE SET NULL,
  emailing_attempt_made  boolean NOT NULL DEFAULT false,
  level                  smallint NOT NULL DEFAULT 1 CHECK (level IN (1, 8, 15)),
  message                text,
  private_project_access jsonb,
  token_hash             varchar(80) NOT NULL UNIQUE,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organization_invites_email_idx ON organization_invites (organization_id, target_email);
CREATE INDEX organization_invites_list_idx ON organization_invites (organization_id, created_at DESC, id DESC);

-- Mail waiting to be sent, written in the transaction that creates its invite and sent after
-- commit by whichever orgbase process claims it (claimed_until), retried with backoff until
-- give_up_at. `link` is the one place an invite link waits in clear: it is cleared when the
-- mail is sent or given up, and the row goes with its invite (revoked, replaced or accepted).
CREATE TABLE invite_emails (
  id               uuid PRIMARY KEY,
  invite_id        uuid NOT NULL REFERENCES organization_invites (id) ON DELETE CASCADE,
  to_address       varchar(254) NOT NULL,
  reply_to         varchar(254),
  subject          text NOT NULL,
  body             text NOT NULL,
  link             text,
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  claimed_until    timestamptz,
  give_up_at       timestamptz NOT NULL,
  sent_at          timestamptz,
  gave_up_at       timestamptz,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((sent_at IS NULL AND gave_up_at IS NULL) OR link IS NULL)
);
CREATE INDEX invite_emails_due_idx ON invite_emails (next_attempt_at) WHERE sent_at IS NULL AND gave_up_at IS NULL;
CREATE INDEX invite_emails_invite_idx ON invite_emails (invite_id);
