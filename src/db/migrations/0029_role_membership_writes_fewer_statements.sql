-- Role membership adds and removals (issue 27), as 0028 wrote them, with fewer statements per
-- write: on the embedded database each statement of the function is a pass through PostgreSQL's
-- executor in WebAssembly, the engine's one thread is the write load's limit, and per write the
-- statements cost more than the rows they write (docs/performance.md, "Issue 27: embedded role-membership
-- writes"). The answers, refusals, audit rows, events and notices are 0028's; what changed:
-- - The caller's level and the role are checked once per call for the writes that share them.
--   The check still runs in the writes' transaction; writes of one call are concurrent requests
--   that commit together, so one check admits them all as it admitted the first (a demotion
--   committed meanwhile is ordered after the batch, as it would be after a write it raced).
--   The role's foreign key still refuses an add to a role deleted meanwhile.
-- - An add reads the member (FOR KEY SHARE) and inserts the membership in one statement.
-- - The audit rows are inserted together after the loop, like the events, before the sequence
--   rows are taken (these stay last, held only for the events' insert and the commit).
-- - Every statement here finds its rows by key, so sequential scans are off inside the function.
--   The embedded engine has no autovacuum: nothing analyzes role_memberships, whose statistics
--   stay those of the empty table it was, so the removal's plan, made once per session and
--   kept, scanned the whole table (which never shrinks there either) on every removal.
CREATE OR REPLACE FUNCTION orgbase_role_membership_writes(writes jsonb, channel text)
RETURNS TABLE (
  ordinal integer,
  outcome text,
  id integer,
  uuid uuid,
  distinct_id varchar,
  first_name varchar,
  last_name varchar,
  email varchar,
  is_email_verified boolean,
  hedgehog_config jsonb,
  role_at_organization varchar,
  membership_id uuid,
  organization_id uuid,
  level smallint,
  joined_at timestamptz,
  updated_at timestamptz,
  is_2fa_enabled boolean,
  has_social_auth boolean,
  last_login timestamptz,
  role_joined_at timestamptz,
  role_updated_at timestamptz,
  removed_id uuid,
  removed_role_id uuid,
  removed_organization_member_id uuid,
  removed_user_uuid uuid,
  removed_joined_at timestamptz
)
LANGUAGE plpgsql
SET enable_seqscan = off
AS $$
#variable_conflict use_column
DECLARE
  w jsonb;
  n integer := 0;
  org uuid;
  snap jsonb;
  verb text;
  -- The level checks ('organization user minimum') and roles ('organization role') found so far.
  admitted text[] := '{}';
  roles_found text[] := '{}';
  check_key text;
  event_ids uuid[] := '{}';
  event_orgs uuid[] := '{}';
  event_types text[] := '{}';
  event_actors jsonb[] := '{}';
  event_data jsonb[] := '{}';
  audit_ids uuid[] := '{}';
  audit_callers integer[] := '{}';
  audit_caller_uuids uuid[] := '{}';
  audit_keys text[] := '{}';
  audit_requests text[] := '{}';
  notices text[] := '{}';
  count_for integer;
  last bigint;
BEGIN
  -- Writes sent together hold the rows of the earlier ones while later ones wait, which a
  -- concurrent role replacement or deletion touching the same rows can turn into a cycle that
  -- one write alone never forms. A batch stops waiting well before deadlock_timeout (1 s) and
  -- fails, never the other transaction; orgbase then writes its writes one by one.
  IF jsonb_array_length(writes) > 1 THEN
    PERFORM set_config('lock_timeout', '500ms', true);
  END IF;
  FOR w IN SELECT value FROM jsonb_array_elements(writes) LOOP
    n := n + 1;
    ordinal := n;
    outcome := NULL;
    id := NULL; uuid := NULL; distinct_id := NULL; first_name := NULL; last_name := NULL; email := NULL;
    is_email_verified := NULL; hedgehog_config := NULL; role_at_organization := NULL; membership_id := NULL;
    organization_id := NULL; level := NULL; joined_at := NULL; updated_at := NULL; is_2fa_enabled := NULL;
    has_social_auth := NULL; last_login := NULL; role_joined_at := NULL; role_updated_at := NULL;
    removed_id := NULL; removed_role_id := NULL; removed_organization_member_id := NULL; removed_user_uuid := NULL;
    removed_joined_at := NULL;
    org := (w->>'organization_id')::uuid;

    check_key := (w->>'organization_id') || ' ' || (w->>'check_user_id') || ' ' || (w->>'minimum');
    IF NOT check_key = ANY (admitted) THEN
      IF NOT EXISTS (
        SELECT 1 FROM organization_memberships om
        WHERE om.organization_id = org AND om.user_id = (w->>'check_user_id')::integer AND om.level >= (w->>'minimum')::integer
      ) THEN
        outcome := 'rule_not_met';
        RETURN NEXT;
        CONTINUE;
      END IF;
      admitted := admitted || check_key;
    END IF;

    IF w->>'kind' = 'add' THEN
      IF NOT ((w->>'organization_id') || ' ' || (w->>'role_id')) = ANY (roles_found) THEN
        IF NOT EXISTS (SELECT 1 FROM roles r WHERE r.id = (w->>'role_id')::uuid AND r.organization_id = org) THEN
          outcome := 'role_not_found';
          RETURN NEXT;
          CONTINUE;
        END IF;
        roles_found := roles_found || ((w->>'organization_id') || ' ' || (w->>'role_id'));
      END IF;
      -- KEY SHARE, what the insert's foreign keys would take: a member leaving meanwhile is waited
      -- for and then not found. The role is not locked: a role deleted first fails its foreign key.
      -- No member: no row; a member already in the role: no membership inserted.
      WITH member AS (
        SELECT u.id AS user_id, u.uuid AS user_uuid, u.distinct_id AS u_distinct_id, u.first_name AS u_first_name, u.last_name AS u_last_name,
               u.email AS u_email, u.is_email_verified AS u_verified, u.hedgehog_config AS u_hedgehog, u.role_at_organization AS u_role,
               m.id AS m_id, m.organization_id AS m_org, m.level AS m_level, m.joined_at AS m_joined, m.updated_at AS m_updated,
               u.is_2fa_enabled AS u_2fa, u.has_social_auth AS u_social, u.last_login AS u_login
        FROM organization_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = org AND u.uuid = (w->>'user_uuid')::uuid AND u.is_active = true
        FOR KEY SHARE
      ), added AS (
        INSERT INTO role_memberships AS rm (id, role_id, user_id, organization_member_id)
          SELECT (w->>'id')::uuid, (w->>'role_id')::uuid, member.user_id, member.m_id FROM member
          ON CONFLICT ON CONSTRAINT unique_user_and_role DO NOTHING
          RETURNING rm.joined_at AS rm_joined, rm.updated_at AS rm_updated
      )
      SELECT member.user_id, member.user_uuid, member.u_distinct_id, member.u_first_name, member.u_last_name, member.u_email,
             member.u_verified, member.u_hedgehog, member.u_role, member.m_id, member.m_org, member.m_level, member.m_joined,
             member.m_updated, member.u_2fa, member.u_social, member.u_login, added.rm_joined, added.rm_updated
        INTO id, uuid, distinct_id, first_name, last_name, email, is_email_verified, hedgehog_config,
             role_at_organization, membership_id, organization_id, level, joined_at, updated_at, is_2fa_enabled,
             has_social_auth, last_login, role_joined_at, role_updated_at
        FROM member LEFT JOIN added ON true;
      IF NOT FOUND THEN
        outcome := 'not_a_member';
        RETURN NEXT;
        CONTINUE;
      END IF;
      IF role_joined_at IS NULL THEN
        outcome := 'already_in_role';
        RETURN NEXT;
        CONTINUE;
      END IF;
      outcome := 'added';
      verb := 'created';
      snap := jsonb_build_object('id', w->>'id', 'role_id', w->>'role_id', 'organization_member_id', membership_id,
        'user_uuid', uuid, 'joined_at', to_char(role_joined_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));
    ELSE
      DELETE FROM role_memberships rm USING roles r, users u
        WHERE r.id = rm.role_id AND u.id = rm.user_id AND rm.id = (w->>'id')::uuid AND rm.role_id = (w->>'role_id')::uuid
          AND r.organization_id = org
        RETURNING rm.id, rm.role_id, rm.organization_member_id, u.uuid, rm.joined_at
        INTO removed_id, removed_role_id, removed_organization_member_id, removed_user_uuid, removed_joined_at;
      IF NOT FOUND THEN
        outcome := 'not_found';
        RETURN NEXT;
        CONTINUE;
      END IF;
      outcome := 'removed';
      verb := 'deleted';
      snap := jsonb_build_object('id', removed_id, 'role_id', removed_role_id, 'organization_member_id', removed_organization_member_id,
        'user_uuid', removed_user_uuid, 'joined_at', to_char(removed_joined_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));
    END IF;

    audit_ids := audit_ids || (w->>'audit_id')::uuid;
    audit_callers := audit_callers || (w->>'caller_id')::integer;
    audit_caller_uuids := audit_caller_uuids || (w->>'caller_uuid')::uuid;
    audit_keys := audit_keys || (w->>'key_id');
    audit_requests := audit_requests || (w->>'request_id');
    event_ids := event_ids || (w->>'event_id')::uuid;
    event_orgs := event_orgs || org;
    event_types := event_types || ('role_membership.' || verb);
    event_actors := event_actors || (w->'actor');
    event_data := event_data || snap;
    IF NOT (w->>'notice' = ANY (notices)) THEN
      notices := notices || (w->>'notice');
    END IF;
    RETURN NEXT;
  END LOOP;

  -- The audit rows as audit/repository.ts writes them.
  INSERT INTO audit_log (id, organization_id, actor_user_id, actor_user_uuid, actor_email, actor_key_id, action, target_type,
                         target_id, before, after, request_id, actor_domain_id)
    SELECT a.id, a.org, a.caller, a.caller_uuid, (SELECT us.email FROM users us WHERE us.id = a.caller), a.key_id, a.type,
           'role_membership', a.data->>'id', CASE WHEN a.type = 'role_membership.deleted' THEN a.data END,
           CASE WHEN a.type = 'role_membership.created' THEN a.data END, a.request_id, NULL
    FROM unnest(audit_ids, event_orgs, audit_callers, audit_caller_uuids, audit_keys, event_types, event_data, audit_requests)
      AS a (id, org, caller, caller_uuid, key_id, type, data, request_id);

  -- Last, so each organization's sequence row is held for its events' insert and the commit only
  -- (in organization order: two batches never wait on each other's rows in a cycle).
  FOR org IN SELECT DISTINCT o FROM unnest(event_orgs) AS o ORDER BY 1 LOOP
    SELECT count(*) INTO count_for FROM unnest(event_orgs) AS o WHERE o = org;
    INSERT INTO event_sequences AS s (organization_id, last_sequence) VALUES (org, count_for)
      ON CONFLICT (organization_id) DO UPDATE SET last_sequence = s.last_sequence + count_for
      RETURNING s.last_sequence INTO last;
    INSERT INTO events (id, organization_id, sequence, type, actor, data)
      SELECT e.id, org, last - count_for + row_number() OVER (ORDER BY e.ord), e.type, e.actor, e.data
      FROM unnest(event_ids, event_orgs, event_types, event_actors, event_data) WITH ORDINALITY AS e (id, o, type, actor, data, ord)
      WHERE e.o = org;
  END LOOP;
  -- Delivered at the commit, after the rows are visible.
  PERFORM pg_notify(channel, notice) FROM unnest(notices) AS notice;
END
$$;
