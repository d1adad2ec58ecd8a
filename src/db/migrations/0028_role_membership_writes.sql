-- Role membership adds and removals (issue 27): one call writes a batch of them in one
-- transaction, each with its audit row and its event, and commits them with one WAL flush.
-- Why a function: an organization's writes serialize on its event_sequences row, held until the
-- commit (events commit in sequence order), and every notifying transaction on PostgreSQL's
-- notification queue lock until its commit; one write per commit capped an organization at one
-- flush per write. Here the sequence row is taken last, once per organization and batch, and
-- PL/pgSQL keeps the plans of these statements per server connection, so a pooler in
-- transaction mode with prepared statements off (PgBouncer 1.18) parses only the short call.
--
-- `writes` is a JSON array of
--   {kind: 'add'|'remove', organization_id, role_id, id, user_uuid (add), audit_id, event_id,
--    check_user_id, minimum, caller_id, caller_uuid, key_id, request_id, actor, notice}
-- and the result has one row per write, `ordinal` its 1-based place, `outcome` one of
-- rule_not_met, role_not_found, not_a_member, already_in_role (the unique_user_and_role
-- refusal), added, not_found, removed. Writes apply in order; the refusals are checked in the
-- order the API answers them: the caller's level (re-read here, in the write's transaction),
-- the role, the member. A foreign key broken by a concurrent deletion raises, failing the call.
CREATE FUNCTION orgbase_role_membership_writes(writes jsonb, channel text)
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
AS $$
#variable_conflict use_column
DECLARE
  w jsonb;
  n integer := 0;
  org uuid;
  caller integer;
  snap jsonb;
  verb text;
  event_ids uuid[] := '{}';
  event_orgs uuid[] := '{}';
  event_types text[] := '{}';
  event_actors jsonb[] := '{}';
  event_data jsonb[] := '{}';
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
    caller := (w->>'caller_id')::integer;

    IF NOT EXISTS (
      SELECT 1 FROM organization_memberships om
      WHERE om.organization_id = org AND om.user_id = (w->>'check_user_id')::integer AND om.level >= (w->>'minimum')::integer
    ) THEN
      outcome := 'rule_not_met';
      RETURN NEXT;
      CONTINUE;
    END IF;

    IF w->>'kind' = 'add' THEN
      IF NOT EXISTS (SELECT 1 FROM roles r WHERE r.id = (w->>'role_id')::uuid AND r.organization_id = org) THEN
        outcome := 'role_not_found';
        RETURN NEXT;
        CONTINUE;
      END IF;
      -- KEY SHARE, what the insert's foreign keys would take: a member leaving meanwhile is waited
      -- for and then not found. The role is not locked: a role deleted first fails its foreign key.
      SELECT u.id, u.uuid, u.distinct_id, u.first_name, u.last_name, u.email, u.is_email_verified, u.hedgehog_config,
             u.role_at_organization, m.id, m.organization_id, m.level, m.joined_at, m.updated_at, u.is_2fa_enabled,
             u.has_social_auth, u.last_login
        INTO id, uuid, distinct_id, first_name, last_name, email, is_email_verified, hedgehog_config,
             role_at_organization, membership_id, organization_id, level, joined_at, updated_at, is_2fa_enabled,
             has_social_auth, last_login
        FROM organization_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = org AND u.uuid = (w->>'user_uuid')::uuid AND u.is_active = true
        FOR KEY SHARE;
      IF NOT FOUND THEN
        outcome := 'not_a_member';
        RETURN NEXT;
        CONTINUE;
      END IF;
      INSERT INTO role_memberships AS rm (id, role_id, user_id, organization_member_id)
        VALUES ((w->>'id')::uuid, (w->>'role_id')::uuid, id, membership_id)
        ON CONFLICT ON CONSTRAINT unique_user_and_role DO NOTHING
        RETURNING rm.joined_at, rm.updated_at INTO role_joined_at, role_updated_at;
      IF NOT FOUND THEN
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

    -- The audit row as audit/repository.ts writes it.
    INSERT INTO audit_log (id, organization_id, actor_user_id, actor_user_uuid, actor_email, actor_key_id, action, target_type,
                           target_id, before, after, request_id, actor_domain_id)
      VALUES ((w->>'audit_id')::uuid, org, caller, (w->>'caller_uuid')::uuid, (SELECT us.email FROM users us WHERE us.id = caller),
              w->>'key_id', 'role_membership.' || verb, 'role_membership', COALESCE(removed_id::text, w->>'id'),
              CASE WHEN verb = 'deleted' THEN snap END, CASE WHEN verb = 'created' THEN snap END, w->>'request_id', NULL);
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
