import { Level } from '../access/levels.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { preconditionOf } from '../http/etag.ts';
import { pageOf, paginatedJson, Paginated } from '../http/pagination.ts';
import { int4IdFromPath } from '../http/path-ids.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { sendJson } from '../http/send-json.ts';
import { trimFields } from '../http/trim.ts';
import { Project, ProjectCreate, ProjectListParams, ProjectListQuery, ProjectParams, ProjectUpdate, TopLevelProjectParams } from './schemas.ts';
import { createProjectListRepresentation, type SerializeProject } from './list-representation.ts';
import { createProjectService, type ProjectRef } from './service.ts';

const tags = ['projects'];
const LIST = '/api/organizations/:organization_id/projects/';
const ITEM = '/api/organizations/:organization_id/projects/:id/';
const SCOPED_KEYS = 'A key scoped to teams sees only the projects of those teams.';

/** `:id` of a projects route: a project id, or `@current` for the caller's current project. */
const projectRefFromPath = (param: string): ProjectRef => (param === '@current' ? 'current' : int4IdFromPath(param));

/** As PostHog: any member reads an organization's projects; admins and owners create, change and delete them. */
const anyMember = { minimum: Level.Member } as const;
const admin = { minimum: Level.Admin } as const;

export function registerProjectRoutes(app: App, deps: Deps): void {
  const projects = createProjectService(deps);
  const projectList = createProjectListRepresentation({ projects, cache: deps.projectCache });

  app.get(LIST, {
    config: { scope: 'project:read', organization: anyMember },
    schema: {
      tags,
      operationId: 'organizations_projects_list',
      summary: "List the organization's projects, oldest first",
      description: SCOPED_KEYS,
      params: ProjectListParams,
      querystring: ProjectListQuery,
      response: { 200: Paginated(Project), ...errorResponses(403, 404) },
    },
    handler: async (request, reply) => {
      const page = pageOf(request.query);
      // The route's own serializer of one project: the kept bytes are what Fastify would send.
      const serialize = reply.compileSerializationSchema(Project as unknown as Record<string, unknown>) as SerializeProject;
      const { results, count } = await projectList.json(callerOf(request), request.access, request.query, page, serialize);
      return sendJson(reply, paginatedJson(request, page, count, results, deps.config.siteUrl));
    },
  });

  app.post(LIST, {
    config: { scope: 'project:write', organization: admin, representation: Project },
    preValidation: trimFields('name'),
    schema: {
      tags,
      operationId: 'organizations_projects_create',
      summary: "Create a project with its first team; it becomes the caller's current project",
      description: 'Admins and owners only. The project and its team share one id; `name` defaults to "Default project".',
      params: ProjectListParams,
      body: ProjectCreate,
      response: { 201: Project, ...errorResponses(400, 403, 404) },
    },
    handler: async (request, reply) => reply.code(201).send(await projects.create(callerOf(request), request.access, request.body)),
  });

  app.get(ITEM, {
    config: { scope: 'project:read', organization: anyMember, representation: Project },
    schema: {
      tags,
      operationId: 'organizations_projects_retrieve',
      summary: 'Retrieve a project of the organization',
      description: SCOPED_KEYS,
      params: ProjectParams,
      response: { 200: Project, ...errorResponses(403, 404) },
    },
    handler: (request) => projects.get(callerOf(request), request.access, projectRefFromPath(request.params.id)),
  });

  app.patch(ITEM, {
    config: { scope: 'project:write', organization: admin, representation: Project },
    preValidation: trimFields('name'),
    schema: {
      tags,
      operationId: 'organizations_projects_partial_update',
      summary: 'Rename a project or change its time zone or IP anonymization',
      description: "Admins and owners only. The name is also its first team's.",
      params: ProjectParams,
      body: ProjectUpdate,
      response: { 200: Project, ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) =>
      projects.update(callerOf(request), request.access, projectRefFromPath(request.params.id), request.body, preconditionOf(request, reply)),
  });

  app.delete(ITEM, {
    config: { scope: 'project:write', organization: admin, representation: Project },
    schema: {
      tags,
      operationId: 'organizations_projects_destroy',
      summary: 'Delete a project and its teams',
      description: 'Admins and owners only.',
      params: ProjectParams,
      response: { 204: NoContent, ...errorResponses(403, 404) },
    },
    handler: async (request, reply) => {
      await projects.remove(callerOf(request), request.access, projectRefFromPath(request.params.id), preconditionOf(request, reply));
      return reply.code(204).send(null);
    },
  });
}

/**
 * `/api/projects/:id/` names no organization: it is found from the project, so the caller's
 * membership of it is checked by the service (any member), not by the organization scope.
 */
export function registerTopLevelProjectRoutes(app: App, deps: Deps): void {
  const projects = createProjectService(deps);

  app.get('/api/projects/:id/', {
    config: { scope: 'project:read', representation: Project },
    schema: {
      tags,
      operationId: 'projects_retrieve',
      summary: "Retrieve a project of any of the caller's organizations",
      description: `\`@current\` is the caller's current project. ${SCOPED_KEYS}`,
      params: TopLevelProjectParams,
      response: { 200: Project, ...errorResponses(403, 404) },
    },
    handler: async (request) => (await projects.getAnywhere(callerOf(request), projectRefFromPath(request.params.id))).project,
  });
}
