-- Keys: PostHog always serves a key's scoped_teams and scoped_organizations as lists, `[]` meaning
-- unrestricted, and its clients (the agent toolkit) break on null. One representation for
-- "unrestricted" also keeps the key power rule (src/access/key-power.ts) free of a null case.
UPDATE personal_api_keys SET scoped_teams = '{}' WHERE scoped_teams IS NULL;
UPDATE personal_api_keys SET scoped_organizations = '{}' WHERE scoped_organizations IS NULL;
ALTER TABLE personal_api_keys
  ALTER COLUMN scoped_teams SET DEFAULT '{}',
  ALTER COLUMN scoped_teams SET NOT NULL,
  ALTER COLUMN scoped_organizations SET DEFAULT '{}',
  ALTER COLUMN scoped_organizations SET NOT NULL;

-- Replays are now bound to the API key that sent them (a hash of key id and Idempotency-Key),
-- so no stored row can match again; and rows stored before held new keys' values in their
-- response bodies. Dropping them leaves no key value at rest.
DELETE FROM idempotency_keys;
