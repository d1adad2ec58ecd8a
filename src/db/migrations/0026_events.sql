-- Every committed change is one event (issue 23): the pull feed and the webhook deliveries
-- both read these rows. No foreign keys on purpose: an organization's events outlive it
-- (its deletion is itself an event) until retention removes them.
CREATE TABLE events (
  id              uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  -- Strictly increasing per organization, without gaps among committed events: allocated from
  -- event_sequences, whose row stays locked until the allocating transaction ends, so events of
  -- one organization commit in sequence order and a reader resuming after N never misses one.
  sequence        bigint NOT NULL,
  type            varchar(64) NOT NULL,
  -- {user_uuid, key_id, via: api|cli|scim}
  actor           jsonb NOT NULL,
  data            jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT events_organization_sequence_key UNIQUE (organization_id, sequence)
);
-- Retention deletes by age.
CREATE INDEX events_created_at_idx ON events (created_at);

CREATE TABLE event_sequences (
  organization_id uuid PRIMARY KEY,
  last_sequence   bigint NOT NULL
);
