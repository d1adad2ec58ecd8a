import { sql, type Selectable } from 'kysely';
import { randomToken, uuidv7 } from '../db/ids.ts';
import { containsPattern } from '../db/like.ts';
import type { Executor, TeamsTable } from '../db/types.ts';
import type { Page } from '../domain/page.ts';
import type { Project, ProjectListQuery } from './schemas.ts';

/** What PostHog names a project created without a name, and an organization's first one. */
export const DEFAULT_PROJECT_NAME = 'Default project';

/** Which teams a key may see: null for all of the organization's. */
export type TeamFilter = number[] | null;

// A project is shown with its first team, the one that has the project's id.
function selectProjects(db: Executor) {
  return db
    .selectFrom('projects as p')
    .innerJoin('teams as t', 't.id', 'p.id')
    .select([
      'p.id',
      't.uuid',
      'p.organization_id',
      't.api_token',
      'p.name',
      'p.created_at',
      't.completed_snippet_onboarding',
      't.ingested_event',
      't.is_demo',
      't.timezone',
      't.anonymize_ips',
    ]);
}

type ProjectRow = Awaited<ReturnType<ReturnType<typeof selectProjects>['executeTakeFirstOrThrow']>>;

function toProject(row: ProjectRow): Project {
  return {
    id: row.id,
    uuid: row.uuid,
    organization: row.organization_id,
    api_token: row.api_token,
    name: row.name,
    created_at: row.created_at,
    completed_snippet_onboarding: row.completed_snippet_onboarding,
    has_completed_onboarding_for: null,
    ingested_event: row.ingested_event,
    is_demo: row.is_demo,
    timezone: row.timezone,
    anonymize_ips: row.anonymize_ips,
    access_control: false,
  };
}

/** The organization's projects a key may see: with one of its teams, when it is narrowed to teams. */
function listed(db: Executor, organizationId: string, teams: TeamFilter, search: string | undefined) {
  return selectProjects(db)
    .where('p.organization_id', '=', organizationId)
    .$if(teams !== null, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('teams as st')
            .select('st.id')
            .whereRef('st.project_id', '=', 'p.id')
            .where('st.id', 'in', teams!.length ? teams! : [-1]),
        ),
      ),
    )
    .$if(Boolean(search), (qb) => qb.where('p.name', 'ilike', containsPattern(search!)));
}

/** In creation order; ids come from one sequence, so they settle ties. */
export async function listProjects(db: Executor, organizationId: string, teams: TeamFilter, query: ProjectListQuery, page: Page) {
  const rows = await listed(db, organizationId, teams, query.search).orderBy('p.created_at').orderBy('p.id').limit(page.limit).offset(page.offset).execute();
  return rows.map(toProject);
}

export async function countProjects(db: Executor, organizationId: string, teams: TeamFilter, query: ProjectListQuery): Promise<number> {
  const row = await listed(db, organizationId, teams, query.search)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findProject(db: Executor, projectId: number): Promise<Project | undefined> {
  const row = await selectProjects(db).where('p.id', '=', projectId).executeTakeFirst();
  return row && toProject(row);
}

/** Whether the key narrowed to `teams` may see the project (one of the project's teams is among them). */
export async function projectWithinTeams(db: Executor, projectId: number, teams: TeamFilter): Promise<boolean> {
  if (teams === null) return true;
  if (teams.length === 0) return false;
  const row = await db.selectFrom('teams').select('id').where('project_id', '=', projectId).where('id', 'in', teams).executeTakeFirst();
  return row !== undefined;
}

export async function lockProject(trx: Executor, organizationId: string, projectId: number) {
  return trx.selectFrom('projects').select('id').where('id', '=', projectId).where('organization_id', '=', organizationId).forUpdate().executeTakeFirst();
}

/**
 * A project and its first team, sharing one id from the team id sequence, the team with its
 * own `phc_` project token (what PostHog creates, for an organization and for a new project).
 */
export async function insertProjectWithTeam(
  trx: Executor,
  project: { organizationId: string; name: string; anonymizeIps: boolean; timezone?: string },
): Promise<number> {
  const { rows } = await sql<{ id: number }>`SELECT nextval('team_ids')::integer AS id`.execute(trx);
  const id = rows[0]!.id;
  await trx.insertInto('projects').values({ id, organization_id: project.organizationId, name: project.name }).execute();
  await trx
    .insertInto('teams')
    .values({
      id,
      uuid: uuidv7(),
      organization_id: project.organizationId,
      project_id: id,
      api_token: randomToken('phc_', 32),
      name: project.name,
      anonymize_ips: project.anonymizeIps,
      ...(project.timezone === undefined ? {} : { timezone: project.timezone }),
    })
    .execute();
  return id;
}

/** The name is the project's and its first team's, as PostHog keeps them equal; the rest is the team's. */
export async function updateProject(trx: Executor, projectId: number, changes: { name?: string; timezone?: string; anonymize_ips?: boolean }): Promise<void> {
  if (changes.name !== undefined) await trx.updateTable('projects').set({ name: changes.name }).where('id', '=', projectId).execute();
  const team = { ...changes };
  if (Object.keys(team).length > 0) await trx.updateTable('teams').set(team).where('id', '=', projectId).execute();
}

/** Deletes the project; its teams cascade, and users whose current team it was lose it. */
export async function deleteProject(trx: Executor, organizationId: string, projectId: number): Promise<boolean> {
  const row = await trx.deleteFrom('projects').where('id', '=', projectId).where('organization_id', '=', organizationId).returning('id').executeTakeFirst();
  return row !== undefined;
}

/** The organizations the teams belong to, each once. */
export async function organizationsOfTeams(db: Executor, teamIds: number[]): Promise<string[]> {
  const rows = await db.selectFrom('teams').select('organization_id').distinct().where('id', 'in', teamIds).execute();
  return rows.map((row) => row.organization_id);
}

/**
 * The user's current team in the organization, among `teams` when given: the one they last
 * switched to while it is still there, else the organization's first.
 */
export async function findCurrentTeamId(db: Executor, userId: number, organizationId: string, teams: TeamFilter): Promise<number | null> {
  const team = await db
    .selectFrom('teams as t')
    .innerJoin('users as u', (join) => join.on('u.id', '=', userId))
    .select('t.id')
    .where('t.organization_id', '=', organizationId)
    .$if(teams !== null, (qb) => qb.where('t.id', 'in', teams!))
    .orderBy((eb) => eb.fn.coalesce(eb(eb.ref('t.id'), '=', eb.ref('u.current_team_id')), eb.val(false)), 'desc')
    .orderBy('t.id')
    .limit(1)
    .executeTakeFirst();
  return team?.id ?? null;
}

export async function findTeam(db: Executor, teamId: number): Promise<Selectable<TeamsTable> | undefined> {
  return db.selectFrom('teams').selectAll().where('id', '=', teamId).executeTakeFirst();
}

/** The team, if it belongs to an organization the user is a member of. */
export async function findTeamOfMember(db: Executor, teamId: number, userId: number): Promise<{ id: number; organization_id: string } | undefined> {
  return db
    .selectFrom('teams as t')
    .innerJoin('organization_memberships as m', (join) => join.onRef('m.organization_id', '=', 't.organization_id').on('m.user_id', '=', userId))
    .select(['t.id', 't.organization_id'])
    .where('t.id', '=', teamId)
    .executeTakeFirst();
}
