import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { generateKeyId, generatePersonalApiKey, hashKeyValue, maskKeyValue } from '../src/personal-api-keys/key-format.ts';

/** What the scenarios need to address the seeded data. */
export interface SeededData {
  apiKey: string;
  /** The bench user owns all of these; the first (two members) is the one the GET scenarios read. */
  organizationId: string;
  /** The second organization, with a role and 1,000 more members: the role membership scenario's. */
  roleOrganizationId: string;
  roleId: string;
  /** Members of the role's organization who are in no role yet: the role membership scenario's pool. */
  poolUserUuids: string[];
  /** The third organization, with every filler user as a member: the member list scenario's. */
  membersOrganizationId: string;
  userOrganizations: number;
}

export const SEED = {
  /** The bench user is the owner of this many organizations (the list scenario's 1,000). */
  userOrganizations: 1000,
  /** Other users; every organization has a second member drawn from them. */
  fillerUsers: 10_000,
  /** Members of the second organization that the role membership scenario adds and removes. */
  poolUsers: 1000,
};

// Rows get ids shaped like orgbase's own uuidv7 ids (time-ordered, so B-tree inserts
// append), deterministic in the row number so that two databases seeded alike match.
function orderedUuid(rowNumber: string, namespace: number): string {
  return `(lpad(to_hex(${namespace}::bigint * 68719476736 + ${rowNumber}), 12, '0') || '7'
    || substr(md5(${rowNumber}::text || '-${namespace}'), 1, 3) || '8'
    || substr(md5(${rowNumber}::text || '-${namespace}'), 4, 15))::uuid`;
}

const NAMESPACE = { organization: 1, project: 2, team: 3, ownerMembership: 4, memberMembership: 5, poolMembership: 6 };

/**
 * Organizations `from..to` (row numbers), each with one project and team and two members:
 * an owner (the bench user for the first `userOrganizations`, else a filler user) and a
 * filler member. Plain INSERT ... SELECT over generate_series: one statement per table.
 */
async function seedOrganizations(client: pg.PoolClient, from: number, to: number, benchUserId: number): Promise<void> {
  const range = `generate_series(${from}::int, ${to}::int) AS i`;
  await client.query(`INSERT INTO organizations (id, name, slug)
    SELECT ${orderedUuid('i', NAMESPACE.organization)}, 'Organization ' || i, 'organization-' || i FROM ${range}`);
  await client.query(`INSERT INTO projects (id, organization_id, name)
    SELECT i, ${orderedUuid('i', NAMESPACE.organization)}, 'Default project' FROM ${range}`);
  await client.query(`INSERT INTO teams (id, uuid, organization_id, project_id, api_token, name)
    SELECT i, ${orderedUuid('i', NAMESPACE.team)}, ${orderedUuid('i', NAMESPACE.organization)}, i,
      'phc_' || md5(i::text || '-token'), 'Default project' FROM ${range}`);
  await client.query(`SELECT setval('team_ids', (SELECT max(id) FROM projects))`);
  // Filler users are numbered 0..n-1 by id; organization i gets filler (i + 1) % n as a member
  // and, when the bench user does not own it, filler i % n as its owner.
  const fillers = `(SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS k FROM users WHERE email LIKE 'filler-%') AS f`;
  const fillerCount = `(SELECT count(*) FROM users WHERE email LIKE 'filler-%')`;
  await client.query(`INSERT INTO organization_memberships (id, organization_id, user_id, level)
    SELECT ${orderedUuid('i', NAMESPACE.ownerMembership)}, ${orderedUuid('i', NAMESPACE.organization)},
      CASE WHEN i <= ${SEED.userOrganizations} THEN ${benchUserId} ELSE f.id END, 15
    FROM ${range} JOIN ${fillers} ON f.k = i % ${fillerCount}`);
  await client.query(`INSERT INTO organization_memberships (id, organization_id, user_id, level)
    SELECT ${orderedUuid('i', NAMESPACE.memberMembership)}, ${orderedUuid('i', NAMESPACE.organization)}, f.id, 1
    FROM ${range} JOIN ${fillers} ON f.k = (i + 1) % ${fillerCount}`);
}

/**
 * A production database is vacuumed and analyzed: measure that state, not a fresh bulk load.
 * Run from another session than the seed's: in the seed's own (synchronous_commit off), VACUUM
 * left every page of the memberships without its all-visible mark, and index-only scans then
 * visit the table for every row. Repeated until the pages are marked (an autovacuum worker that
 * started on the new tables can hold the horizon back).
 */
async function vacuumAnalyze(pool: pg.Pool): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await pool.query('VACUUM ANALYZE');
    const { rows } = await pool.query<{ visible: boolean }>(
      `SELECT relallvisible >= relpages AS visible FROM pg_class WHERE oid = 'organization_memberships'::regclass`,
    );
    if (rows[0]!.visible) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('VACUUM did not mark the memberships all-visible in 20 attempts');
}

async function withSeedSession<T>(pool: pg.Pool, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    // Bulk load: nothing here needs to survive a crash, so skip waiting for each WAL flush.
    await client.query('SET synchronous_commit = off');
    return await run(client);
  } finally {
    client.release();
  }
}

/** The base data set: 1,000 organizations, all owned by the bench user, plus a role and its pool. */
export async function seedBase(pool: pg.Pool): Promise<SeededData> {
  const data = await withSeedSession(pool, async (client) => {
    const user = await client.query<{ id: number }>(
      `INSERT INTO users (uuid, email, first_name, last_name, is_email_verified) VALUES ($1, 'bench@orgbase.local', 'Bench', 'User', true) RETURNING id`,
      [randomUUID()],
    );
    const benchUserId = user.rows[0]!.id;
    await client.query(`INSERT INTO users (uuid, email, first_name)
      SELECT gen_random_uuid(), 'filler-' || lpad(i::text, 7, '0') || '@orgbase.local', 'Filler ' || i
      FROM generate_series(1, ${SEED.fillerUsers}) AS i`);
    await client.query(`INSERT INTO users (uuid, email, first_name)
      SELECT gen_random_uuid(), 'pool-' || i || '@orgbase.local', 'Pool ' || i FROM generate_series(1, ${SEED.poolUsers}) AS i`);
    await seedOrganizations(client, 1, SEED.userOrganizations, benchUserId);

    const organizations = await client.query<{ first: string; second: string; third: string }>(
      `SELECT ${orderedUuid('1', NAMESPACE.organization)} AS first, ${orderedUuid('2', NAMESPACE.organization)} AS second,
        ${orderedUuid('3', NAMESPACE.organization)} AS third`,
    );
    const { first: organizationId, second: roleOrganizationId, third: membersOrganizationId } = organizations.rows[0]!;
    await client.query(`UPDATE users SET current_organization_id = $1 WHERE id = $2`, [organizationId, benchUserId]);
    // The pool lives in another organization than the one the GET scenarios read, whose
    // member count stays at two: the scenario measures a typical organization, not a large one.
    await client.query(
      `INSERT INTO organization_memberships (id, organization_id, user_id, level)
       SELECT ${orderedUuid('row_number() OVER (ORDER BY id)', NAMESPACE.poolMembership)}, $1, id, 1
       FROM users WHERE email LIKE 'pool-%'`,
      [roleOrganizationId],
    );
    // Every filler user joins the third organization: 10,000 members (plus the bench owner).
    await client.query(
      `INSERT INTO organization_memberships (id, organization_id, user_id, level)
       SELECT gen_random_uuid(), $1, id, 1 FROM users WHERE email LIKE 'filler-%'
       ON CONFLICT (organization_id, user_id) DO NOTHING`,
      [membersOrganizationId],
    );
    const roleId = randomUUID();
    await client.query(`INSERT INTO roles (id, organization_id, name, created_by_id) VALUES ($1, $2, 'Engineering', $3)`, [
      roleId,
      roleOrganizationId,
      benchUserId,
    ]);
    const poolUsers = await client.query<{ uuid: string }>(`SELECT uuid FROM users WHERE email LIKE 'pool-%' ORDER BY id`);

    const apiKey = generatePersonalApiKey();
    await client.query(`INSERT INTO personal_api_keys (id, user_id, label, secure_value, mask_value, scopes) VALUES ($1, $2, 'bench', $3, $4, $5)`, [
      generateKeyId(),
      benchUserId,
      hashKeyValue(apiKey),
      maskKeyValue(apiKey),
      ['organization:read', 'organization:write', 'organization_member:read'],
    ]);
    return {
      apiKey,
      organizationId,
      roleOrganizationId,
      roleId,
      poolUserUuids: poolUsers.rows.map((row) => row.uuid),
      membersOrganizationId,
      userOrganizations: SEED.userOrganizations,
    };
  });
  await vacuumAnalyze(pool);
  return data;
}

/** Grows the base data set to `organizations` organizations (two memberships each). */
export async function seedScale(pool: pg.Pool, organizations: number): Promise<void> {
  await withSeedSession(pool, async (client) => {
    const user = await client.query<{ id: number }>(`SELECT id FROM users WHERE email = 'bench@orgbase.local'`);
    await seedOrganizations(client, SEED.userOrganizations + 1, organizations, user.rows[0]!.id);
  });
  await vacuumAnalyze(pool);
}

export async function countRows(pool: pg.Pool): Promise<{ organizations: number; memberships: number }> {
  const result = await pool.query<{ organizations: string; memberships: string }>(
    `SELECT (SELECT count(*) FROM organizations) AS organizations, (SELECT count(*) FROM organization_memberships) AS memberships`,
  );
  const row = result.rows[0]!;
  return { organizations: Number(row.organizations), memberships: Number(row.memberships) };
}
