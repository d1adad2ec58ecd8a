import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor, OrganizationsTable } from '../db/types.ts';
import type { Organization } from './schemas.ts';

export type OrganizationRow = Selectable<OrganizationsTable>;

// PostHog counts active users only, and not its own bot accounts.
const memberCount = sql<number>`(
  SELECT count(*) FROM organization_memberships mc JOIN users uc ON uc.id = mc.user_id
  WHERE mc.organization_id = o.id AND uc.is_active AND uc.email NOT LIKE '%@posthogbot.user'
)`;

// A key narrowed to teams sees only those teams of the organization, and their projects.
function teamsWithin(teamIds: number[] | null) {
  const only = teamIds === null ? sql`` : sql`AND t.id IN (${sql.join(teamIds.length ? teamIds : [-1])})`;
  return sql<Organization['teams']>`COALESCE((
  SELECT json_agg(json_build_object(
    'id', t.id, 'uuid', t.uuid, 'organization', t.organization_id, 'project_id', t.project_id,
    'api_token', t.api_token, 'name', t.name, 'completed_snippet_onboarding', t.completed_snippet_onboarding,
    'has_completed_onboarding_for', NULL, 'ingested_event', t.ingested_event, 'is_demo', t.is_demo,
    'timezone', t.timezone, 'access_control', false
  ) ORDER BY t.id) FROM teams t WHERE t.organization_id = o.id ${only}
), '[]'::json)`;
}

function projectsWithin(teamIds: number[] | null) {
  const only = teamIds === null ? sql`` : sql`AND p.id IN (SELECT st.project_id FROM teams st WHERE st.id IN (${sql.join(teamIds.length ? teamIds : [-1])}))`;
  return sql<Organization['projects']>`COALESCE((
  SELECT json_agg(json_build_object('id', p.id, 'organization_id', p.organization_id, 'name', p.name) ORDER BY p.id)
  FROM projects p WHERE p.organization_id = o.id ${only}
), '[]'::json)`;
}

/**
 * Organizations as `userId` sees them: each row with the caller's level, teams, projects and
 * member count, in one query. A non-member gets no row.
 */
function selectVisible(db: Executor, userId: number, teamIds: number[] | null = null) {
  return db
    .selectFrom('organizations as o')
    .innerJoin('organization_memberships as m', (join) => join.onRef('m.organization_id', '=', 'o.id').on('m.user_id', '=', userId))
    .selectAll('o')
    .select(['m.level as membership_level', memberCount.as('member_count'), teamsWithin(teamIds).as('teams'), projectsWithin(teamIds).as('projects')]);
}

type VisibleRow = Awaited<ReturnType<ReturnType<typeof selectVisible>['executeTakeFirstOrThrow']>>;

function toOrganization(row: VisibleRow): Organization {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    logo_media_id: row.logo_media_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    membership_level: row.membership_level,
    plugins_access_level: row.plugins_access_level,
    teams: row.teams,
    projects: row.projects,
    available_product_features: row.available_product_features as unknown[] | null,
    is_member_join_email_enabled: row.is_member_join_email_enabled,
    metadata: { instance_tag: 'none' },
    customer_id: row.customer_id,
    enforce_2fa: row.enforce_2fa,
    members_can_invite: row.members_can_invite,
    members_can_use_personal_api_keys: row.members_can_use_personal_api_keys,
    allow_publicly_shared_resources: row.allow_publicly_shared_resources,
    member_count: row.member_count,
    is_ai_data_processing_approved: row.is_ai_data_processing_approved,
    default_experiment_stats_method: row.default_experiment_stats_method as Organization['default_experiment_stats_method'],
    default_anonymize_ips: row.default_anonymize_ips,
    default_role_id: row.default_role_id,
    is_active: row.is_active,
    is_not_active_reason: row.is_not_active_reason,
  };
}

export async function findVisibleOrganization(
  db: Executor,
  userId: number,
  organizationId: string,
  teamIds: number[] | null = null,
): Promise<Organization | undefined> {
  const row = await selectVisible(db, userId, teamIds).where('o.id', '=', organizationId).executeTakeFirst();
  return row && toOrganization(row);
}

/** Exported for bench/hot-queries.ts, which explains it. */
export function selectVisibleByIds(db: Executor, userId: number, ids: string[]) {
  return selectVisible(db, userId).where('o.id', 'in', ids);
}

/** The representations of `ids` the caller may see (any order). */
export async function findVisibleOrganizations(db: Executor, userId: number, ids: string[]): Promise<Organization[]> {
  if (ids.length === 0) return [];
  return (await selectVisibleByIds(db, userId, ids).execute()).map(toOrganization);
}

/** Inserts the organization unless the slug is taken; false means "try another slug". */
export async function insertOrganizationIfSlugFree(
  db: Executor,
  organization: { id: string; name: string; slug: string; fields: Partial<OrganizationRow> },
): Promise<boolean> {
  const inserted = await db
    .insertInto('organizations')
    .values({ ...(organization.fields as Partial<Insertable<OrganizationsTable>>), id: organization.id, name: organization.name, slug: organization.slug })
    .onConflict((conflict) => conflict.column('slug').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findOrganizationRow(db: Executor, organizationId: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', organizationId).executeTakeFirst();
}

export async function lockOrganization(db: Executor, organizationId: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', organizationId).forUpdate().executeTakeFirst();
}

export async function updateOrganization(db: Executor, organizationId: string, changes: Partial<OrganizationRow>): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ ...(changes as Updateable<OrganizationsTable>), updated_at: sql<string>`now()` })
    .where('id', '=', organizationId)
    .execute();
}

/** Deletes the organization; its memberships, roles, integrations, projects and teams cascade. */
export async function deleteOrganization(db: Executor, organizationId: string): Promise<void> {
  await db.deleteFrom('organizations').where('id', '=', organizationId).execute();
}

export async function roleBelongsTo(db: Executor, roleId: string, organizationId: string): Promise<boolean> {
  const row = await db.selectFrom('roles').select('id').where('id', '=', roleId).where('organization_id', '=', organizationId).executeTakeFirst();
  return row !== undefined;
}

export async function countOrganizations(db: Executor): Promise<number> {
  const { n } = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Every organization with its count of memberships, oldest first (the operator's list). */
export async function listOrganizationsWithMemberCounts(db: Executor) {
  const rows = await db
    .selectFrom('organizations as o')
    .select(['o.id', 'o.name', 'o.slug', 'o.created_at'])
    .select((eb) =>
      eb.selectFrom('organization_memberships as m').whereRef('m.organization_id', '=', 'o.id').select(eb.fn.countAll<number>().as('n')).as('member_count'),
    )
    .orderBy('o.created_at')
    .orderBy('o.id')
    .execute();
  return rows.map((row) => ({ ...row, member_count: Number(row.member_count) }));
}
