-- The audit trail. Rows are written in the same transaction as the change they record.
-- No foreign keys on purpose: the trail outlives the users, keys and organizations it names
-- (deleting an organization is itself an audited change), so actors are kept as snapshots.
CREATE TABLE audit_log (
  id              uuid PRIMARY KEY,
  organization_id uuid,
  actor_user_id   integer,
  actor_user_uuid uuid,
  actor_email     varchar(254),
  actor_key_id    varchar(50),
  action          varchar(64) NOT NULL,
  target_type     varchar(32) NOT NULL,
  target_id       text NOT NULL,
  before          jsonb,
  after           jsonb,
  request_id      varchar(128),
  created_at      timestamptz NOT NULL DEFAULT now()
);
-- Admins read an organization's trail newest first; ids are time-ordered (uuidv7).
CREATE INDEX audit_log_organization_idx ON audit_log (organization_id, id DESC);
