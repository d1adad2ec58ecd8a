import { Level } from '../access/levels.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { preconditionOf } from '../http/etag.ts';
import { pageOf, paginatedJson, Paginated } from '../http/pagination.ts';
import { uuidFromPath } from '../http/path-ids.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { sendJson } from '../http/send-json.ts';
import { trimFields } from '../http/trim.ts';
import { Role, RoleCreate, RoleListParams, RoleListQuery, RoleParams, RoleUpdate } from './schemas.ts';
import { createRoleListRepresentation, type SerializeRole } from './list-representation.ts';
import { createRoleService } from './service.ts';

const tags = ['roles'];

/** Any member reads an organization's roles; admins and owners change them. */
const anyMember = { minimum: Level.Member } as const;
const admin = { minimum: Level.Admin } as const;

export function registerRoleRoutes(app: App, deps: Deps): void {
  const roles = createRoleService(deps);
  const roleList = createRoleListRepresentation({ roles, pages: deps.rolePages });

  app.get('/api/organizations/:organization_id/roles/', {
    config: { scope: 'organization:read', organization: anyMember },
    schema: {
      tags,
      operationId: 'roles_list',
      summary: "List the organization's roles, oldest first, each with its members",
      params: RoleListParams,
      querystring: RoleListQuery,
      response: { 200: Paginated(Role), ...errorResponses(403, 404) },
    },
    handler: async (request, reply) => {
      const page = pageOf(request.query);
      // The route's own serializer of one role: the kept bytes are what Fastify would send.
      const serialize = reply.compileSerializationSchema(Role as unknown as Record<string, unknown>) as SerializeRole;
      const { results, count } = await roleList.json(request.access, request.query, page, serialize);
      return sendJson(reply, paginatedJson(request, page, count, results, deps.config.siteUrl));
    },
  });

  app.post('/api/organizations/:organization_id/roles/', {
    config: { scope: 'organization:write', organization: admin, representation: Role },
    preValidation: trimFields('name'),
    schema: {
      tags,
      operationId: 'roles_create',
      summary: 'Create a role',
      description: 'Admins and owners only. The name must be unique within the organization, ignoring case.',
      params: RoleListParams,
      body: RoleCreate,
      response: { 201: Role, ...errorResponses(400, 403, 404) },
    },
    handler: async (request, reply) => {
      const role = await roles.create(callerOf(request), request.access, request.body);
      return reply.code(201).send(role);
    },
  });

  app.get('/api/organizations/:organization_id/roles/:id/', {
    config: { scope: 'organization:read', organization: anyMember, representation: Role },
    schema: {
      tags,
      operationId: 'roles_retrieve',
      summary: 'Retrieve a role with its members',
      params: RoleParams,
      response: { 200: Role, ...errorResponses(403, 404) },
    },
    handler: (request) => roles.get(request.access, uuidFromPath(request.params.id)),
  });

  app.patch('/api/organizations/:organization_id/roles/:id/', {
    config: { scope: 'organization:write', organization: admin, representation: Role },
    preValidation: trimFields('name'),
    schema: {
      tags,
      operationId: 'roles_partial_update',
      summary: 'Rename a role',
      description: 'Admins and owners only. A rename that only changes the case of the name is allowed.',
      params: RoleParams,
      body: RoleUpdate,
      response: { 200: Role, ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) => roles.update(callerOf(request), request.access, uuidFromPath(request.params.id), request.body, preconditionOf(request, reply)),
  });

  app.put('/api/organizations/:organization_id/roles/:id/', {
    config: { scope: 'organization:write', organization: admin, representation: Role },
    preValidation: trimFields('name'),
    schema: {
      tags,
      operationId: 'roles_update',
      summary: 'Replace a role (its name, the one writable field)',
      params: RoleParams,
      body: RoleCreate,
      response: { 200: Role, ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) => roles.update(callerOf(request), request.access, uuidFromPath(request.params.id), request.body, preconditionOf(request, reply)),
  });

  app.delete('/api/organizations/:organization_id/roles/:id/', {
    config: { scope: 'organization:write', organization: admin, representation: Role },
    schema: {
      tags,
      operationId: 'roles_destroy',
      summary: 'Delete a role',
      description:
        "Admins and owners only. Its memberships are deleted with it, and if it was the organization's default role the organization is left without one.",
      params: RoleParams,
      response: { 204: NoContent, ...errorResponses(403, 404) },
    },
    handler: async (request, reply) => {
      await roles.remove(callerOf(request), request.access, uuidFromPath(request.params.id), preconditionOf(request, reply));
      return reply.code(204).send(null);
    },
  });
}
