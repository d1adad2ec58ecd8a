-- Every request to an organization reads the caller's level (the organization scope), and the
-- organization list reads the caller's memberships with their levels (issue 16). With the level
-- included, both are index-only scans: no visit to the table per request or per listed row.
-- It replaces 0001's index, which had the same key without it.
CREATE INDEX organization_memberships_user_level_idx ON organization_memberships (user_id, organization_id) INCLUDE (level);
DROP INDEX organization_memberships_user_id_idx;
