import { PROJECT_SCOPED_KEY_REFUSAL, type Caller } from '../access/caller.ts';
import type { Level } from '../access/levels.ts';
import { teamsNamed } from '../access/reach.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { auditChange } from '../audit/repository.ts';
import { findOrganizationRow } from '../organizations/repository.ts';
import { setCurrentOrganization } from '../users/repository.ts';
import type { Executor } from '../db/types.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import { assertPrecondition, type Precondition } from '../domain/precondition.ts';
import { NotFound, PermissionDenied, ValidationError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import { currentWithin, reachOf, reaches } from '../tenancy/reach.ts';
import { readLevel, type MembershipLevels } from '../tenancy/level-cache.ts';
import {
  countProjects,
  DEFAULT_PROJECT_NAME,
  deleteProject,
  findProject,
  findTeam,
  insertProjectWithTeam,
  listProjects,
  lockProject,
  projectWithinTeams,
  updateProject,
  type TeamFilter,
} from './repository.ts';
import type { ProjectCache } from './project-cache.ts';
import type { Project, ProjectCreate, ProjectListQuery, ProjectUpdate } from './schemas.ts';

/** A project named by a route: its id, or the caller's current project. */
export type ProjectRef = number | 'current';

const TIMEZONES = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);

function assertTimezone(timezone: string | undefined): void {
  if (timezone !== undefined && !TIMEZONES.has(timezone)) {
    throw new ValidationError(`"${timezone}" is not a valid choice.`, { attr: 'timezone', code: 'invalid_choice' });
  }
}

function teamsOf(caller: Caller): TeamFilter {
  return teamsNamed(caller.key);
}

function projectChange(verb: string, project: Project, before: Project | undefined, after: Project | undefined) {
  return auditChange('project', verb, project.organization, String(project.id), before, after);
}

export function createProjectService({ writes, levels, projectCache }: { writes: Writes; levels?: MembershipLevels; projectCache?: ProjectCache }) {
  const { db } = writes;
  /** A project as a read outside a write finds it: from memory when kept (project-cache.ts), else read and kept. */
  async function readProject(id: number): Promise<Project | undefined> {
    const kept = projectCache?.project(id);
    if (kept) return kept;
    const generation = projectCache?.generation ?? 0;
    const project = await findProject(db, id);
    if (project) projectCache?.fillProject(project, generation);
    return project;
  }

  /** The current project's id, within the key's reach. */
  async function currentProjectId(executor: Executor, caller: Caller): Promise<number> {
    const { teamId } = await currentWithin(executor, caller.user.id, await reachOf(executor, caller));
    if (teamId === null) throw new NotFound();
    return (await findTeam(executor, teamId))!.project_id;
  }

  /** A project of the organization the key may see; any other answers 404, as an unknown one. */
  async function visibleIn(
    executor: Executor,
    caller: Caller,
    organizationId: string,
    ref: ProjectRef,
    find = (id: number) => findProject(executor, id),
  ): Promise<Project> {
    const id = ref === 'current' ? await currentProjectId(executor, caller) : ref;
    const project = await find(id);
    if (!project || project.organization !== organizationId || !(await projectWithinTeams(executor, id, teamsOf(caller)))) throw new NotFound();
    return project;
  }

  return {
    async list(caller: Caller, access: OrganizationAccess, query: ProjectListQuery, page: Page): Promise<{ projects: Project[]; count: number }> {
      const teams = teamsOf(caller);
      const [projects, count] = await Promise.all([
        listProjects(db, access.organizationId, teams, query, page),
        countProjects(db, access.organizationId, teams, query),
      ]);
      return { projects, count };
    },

    get: (caller: Caller, access: OrganizationAccess, ref: ProjectRef) => visibleIn(db, caller, access.organizationId, ref, readProject),

    /** `/api/projects/:id/`: a project of an organization the caller is in and the key reaches. */
    async getAnywhere(caller: Caller, ref: ProjectRef): Promise<{ project: Project; level: Level }> {
      const id = ref === 'current' ? await currentProjectId(db, caller) : ref;
      const project = await readProject(id);
      if (!project) throw new NotFound();
      const level = await readLevel(db, levels, caller.user.id, project.organization);
      const reach = await reachOf(db, caller);
      if (level === undefined || !reaches(reach, project.organization) || !(await projectWithinTeams(db, id, reach.teamIds))) throw new NotFound();
      return { project, level };
    },

    /**
     * Creates the project with its first team (same id) and makes it the caller's current
     * project, as PostHog does. A key narrowed to teams could not see it, so it may not create.
     */
    async create(caller: Caller, access: OrganizationAccess, input: ProjectCreate): Promise<Project> {
      if (teamsOf(caller)) throw new PermissionDenied(PROJECT_SCOPED_KEY_REFUSAL);
      assertTimezone(input.timezone);
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const organization = (await findOrganizationRow(trx, access.organizationId))!;
        const id = await insertProjectWithTeam(trx, {
          organizationId: access.organizationId,
          name: input.name?.trim() || DEFAULT_PROJECT_NAME,
          anonymizeIps: input.anonymize_ips ?? organization.default_anonymize_ips,
          timezone: input.timezone,
        });
        await setCurrentOrganization(trx, caller.user.id, access.organizationId, id);
        const project = (await findProject(trx, id))!;
        unit.audited(projectChange('created', project, undefined, project));
        // The organization's payload lists its teams and projects.
        unit.changed('organization', access.organizationId);
        return project;
      });
    },

    async update(caller: Caller, access: OrganizationAccess, ref: ProjectRef, input: ProjectUpdate, precondition?: Precondition): Promise<Project> {
      assertTimezone(input.timezone);
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await visibleIn(trx, caller, access.organizationId, ref);
        if (!(await lockProject(trx, access.organizationId, before.id))) throw new NotFound();
        const locked = (await findProject(trx, before.id))!;
        assertPrecondition(precondition, locked);
        const changes: { name?: string; timezone?: string; anonymize_ips?: boolean } = {};
        if (input.name !== undefined && input.name.trim() !== locked.name) changes.name = input.name.trim();
        if (input.timezone !== undefined && input.timezone !== locked.timezone) changes.timezone = input.timezone;
        if (input.anonymize_ips !== undefined && input.anonymize_ips !== locked.anonymize_ips) changes.anonymize_ips = input.anonymize_ips;
        if (Object.keys(changes).length === 0) return locked;
        await updateProject(trx, locked.id, changes);
        const after = (await findProject(trx, locked.id))!;
        unit.audited(projectChange('updated', after, locked, after));
        unit.changed('organization', access.organizationId);
        return after;
      });
    },

    async remove(caller: Caller, access: OrganizationAccess, ref: ProjectRef, precondition?: Precondition): Promise<void> {
      await writes.run(caller, async (unit) => {
        const { trx } = unit;
        const found = await visibleIn(trx, caller, access.organizationId, ref);
        if (!(await lockProject(trx, access.organizationId, found.id))) throw new NotFound();
        const before = (await findProject(trx, found.id))!;
        assertPrecondition(precondition, before);
        if (!(await deleteProject(trx, access.organizationId, before.id))) throw new NotFound();
        unit.audited(projectChange('deleted', before, before, undefined));
        unit.changed('organization', access.organizationId);
      });
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;
