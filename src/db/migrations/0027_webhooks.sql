-- Issue 23: Standard Webhooks endpoints and their delivery log.

-- An endpoint delivers its organization's events in sequence order: `last_sequence` is the
-- cursor (the last event delivered or given up), and the next event waits until it moves.
-- No foreign key to the organization, as for events: an organization's deletion is itself an
-- event its endpoints deliver; the delivery that carries it removes the endpoint.
CREATE TABLE webhook_endpoints (
  id                          uuid PRIMARY KEY,
  organization_id             uuid NOT NULL,
  url                         varchar(2048) NOT NULL,
  description                 varchar(400) NOT NULL DEFAULT '',
  -- Empty: every type.
  event_types                 text[] NOT NULL DEFAULT '{}',
  enabled                     boolean NOT NULL DEFAULT true,
  disabled_reason             varchar(200),
  -- AES-256-GCM under the server key (ORGBASE_SECRET_KEY): the signing secret is never in clear.
  secret_encrypted            text NOT NULL,
  -- The secret a rotation replaced, still signing until previous_secret_expires_at.
  previous_secret_encrypted   text,
  previous_secret_expires_at  timestamptz,
  last_sequence               bigint NOT NULL DEFAULT 0,
  -- Attempts made at the event after the cursor, and when the next is due.
  attempts                    integer NOT NULL DEFAULT 0,
  next_attempt_at             timestamptz NOT NULL DEFAULT now(),
  -- The process delivering now holds the endpoint until then (and its claim token).
  claimed_until               timestamptz,
  claim_token                 uuid,
  -- Since when every attempt failed; five days of it disables the endpoint.
  failing_since               timestamptz,
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_endpoints_organization_idx ON webhook_endpoints (organization_id, created_at, id);
CREATE INDEX webhook_endpoints_due_idx ON webhook_endpoints (next_attempt_at) WHERE enabled;

-- One row per attempt. The receiver's answer is kept 7 days (response_body cleared after).
CREATE TABLE webhook_deliveries (
  id              uuid PRIMARY KEY,
  endpoint_id     uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  event_id        uuid NOT NULL,
  event_type      varchar(64) NOT NULL,
  event_sequence  bigint NOT NULL,
  attempt         integer NOT NULL,
  -- delivered | retrying | given_up | disabled (410, or five days of failure)
  outcome         varchar(16) NOT NULL,
  manual          boolean NOT NULL DEFAULT false,
  status_code     integer,
  duration_ms     integer NOT NULL,
  error           varchar(500),
  response_body   text,
  -- When the event committed, to measure commit -> attempt.
  event_created_at timestamptz NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);
CREATE INDEX webhook_deliveries_created_at_idx ON webhook_deliveries (created_at) WHERE response_body IS NOT NULL;
