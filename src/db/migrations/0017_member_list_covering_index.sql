-- The member list's page (issue 16) reads its memberships from the index alone: with the
-- columns a page shows included, 100 of 10,000 members are 100 index entries and no visit to
-- the table (an index-only scan; vacuum keeps the visibility map current). It replaces 0016's
-- index, which had the same key without them.
CREATE INDEX organization_memberships_list_idx ON organization_memberships (organization_id, joined_at, id) INCLUDE (user_id, level, updated_at);
DROP INDEX organization_memberships_joined_idx;
