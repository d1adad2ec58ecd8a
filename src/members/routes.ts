import type { FastifyReply } from 'fastify';
import { authorizeOrganization, organizationAccessOf } from '../access/authorize-organization.ts';
import type { App, Deps } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { ifMatchOf } from '../http/etag.ts';
import { pageOf, paginatedJson, Paginated } from '../http/pagination.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { MemberListParams, MemberListQuery, MemberParams, MemberUpdate, OrganizationMember } from './schemas.ts';
import { createMemberService } from './service.ts';

const tags = ['members'];

/** Sends bytes that are already JSON: Fastify passes a string with a JSON type through as is. */
function sendJson(reply: FastifyReply, payload: string): FastifyReply {
  return reply.header('content-type', 'application/json; charset=utf-8').send(payload);
}

/** Any member reads the list; who may change whom is decided per change by the service. */
export function registerMemberRoutes(app: App, deps: Deps): void {
  const members = createMemberService(deps);
  const anyMember = authorizeOrganization(deps.db);

  app.get('/api/organizations/:organization_id/members/', {
    config: { scope: 'organization_member:read' },
    preValidation: anyMember,
    schema: {
      tags,
      operationId: 'members_list',
      summary: "List the organization's members",
      description: 'Active users only, newest first unless `ordering` says otherwise; `search` matches email and name.',
      params: MemberListParams,
      querystring: MemberListQuery,
      response: { 200: Paginated(OrganizationMember), ...errorResponses(400, 403, 404) },
    },
    handler: async (request, reply) => {
      const page = pageOf(request.query);
      const { results, count } = await members.listJson(organizationAccessOf(request), request.query, page);
      return sendJson(reply, paginatedJson(request, page, count, results, deps.config.siteUrl));
    },
  });

  app.get('/api/organizations/:organization_id/members/:user_uuid/', {
    config: { scope: 'organization_member:read' },
    preValidation: anyMember,
    schema: {
      tags,
      operationId: 'members_retrieve',
      summary: 'Retrieve a member (`@me` for the caller)',
      description: 'An orgbase addition, so a client can read the ETag it sends back as If-Match.',
      params: MemberParams,
      response: { 200: OrganizationMember, ...errorResponses(403, 404) },
    },
    handler: (request) => members.get(organizationAccessOf(request), callerOf(request), request.params.user_uuid),
  });

  app.patch('/api/organizations/:organization_id/members/:user_uuid/', {
    config: { scope: 'organization_member:write' },
    preValidation: anyMember,
    schema: {
      tags,
      operationId: 'members_partial_update',
      summary: "Change a member's level",
      description:
        "Admins change others' levels up to their own; only owners make owners; nobody changes their own level; the organization always keeps an owner.",
      params: MemberParams,
      body: MemberUpdate,
      response: { 200: OrganizationMember, ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) =>
      members.updateLevel(callerOf(request), organizationAccessOf(request), request.params.user_uuid, request.body, ifMatchOf(request, reply, OrganizationMember)),
  });

  // PostHog's members_update: the same change with the full body (`level`, its one writable field).
  app.put('/api/organizations/:organization_id/members/:user_uuid/', {
    config: { scope: 'organization_member:write' },
    preValidation: anyMember,
    schema: {
      tags,
      operationId: 'members_update',
      summary: "Change a member's level (full update; `level` is the one writable field)",
      params: MemberParams,
      body: MemberUpdate,
      response: { 200: OrganizationMember, ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) =>
      members.updateLevel(callerOf(request), organizationAccessOf(request), request.params.user_uuid, request.body, ifMatchOf(request, reply, OrganizationMember)),
  });

  app.delete('/api/organizations/:organization_id/members/:user_uuid/', {
    config: { scope: 'organization_member:write' },
    preValidation: anyMember,
    schema: {
      tags,
      operationId: 'members_destroy',
      summary: 'Remove a member, or leave (`@me`)',
      description: 'Their role memberships in the organization go with them. No owner can be removed or leave (PostHog\'s rule): demote them first.',
      params: MemberParams,
      response: { 204: NoContent, ...errorResponses(400, 403, 404) },
    },
    handler: async (request, reply) => {
      await members.remove(callerOf(request), organizationAccessOf(request), request.params.user_uuid, ifMatchOf(request, reply, OrganizationMember));
      return reply.code(204).send(null);
    },
  });
}
