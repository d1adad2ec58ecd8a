-- Responses to POSTs sent with an Idempotency-Key, kept 24 hours per user and key so a
-- retried request is answered with the first response instead of acting twice.
-- A row with no status_code is a request still in progress.
CREATE TABLE idempotency_keys (
  user_id       integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key           varchar(255) NOT NULL,
  fingerprint   char(64) NOT NULL,
  status_code   smallint,
  response_body text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
