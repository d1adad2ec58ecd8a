-- The user's current project (PostHog's `current_team`): what `@current` resolves to for
-- projects and what `/api/users/@me/` reports as `team`. Deleting the team clears it.
ALTER TABLE users ADD COLUMN current_team_id integer REFERENCES teams (id) ON DELETE SET NULL;
CREATE INDEX users_current_team_id_idx ON users (current_team_id);
