-- The member list pages an organization newest first (issue 16): with this index a page of
-- 100 of 10,000 members reads 100 index entries instead of sorting every membership.
CREATE INDEX organization_memberships_joined_idx ON organization_memberships (organization_id, joined_at, id);
