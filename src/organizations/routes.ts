import type { FastifyReply } from 'fastify';
import { Level } from '../access/levels.ts';
import { INSUFFICIENT_LEVEL } from '../access/organization-rule.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { preconditionOf } from '../http/etag.ts';
import { pageOf, Paginated } from '../http/pagination.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { sendJsonEventually } from '../http/send-json.ts';
import { trimFields } from '../http/trim.ts';
import { Organization, OrganizationCreate, OrganizationListQuery, OrganizationParams, OrganizationUpdate } from './schemas.ts';
import type { SerializeOrganization } from './representation-cache.ts';
import { createOrganizationRepresentation } from './representation.ts';
import { createOrganizationService, type OrganizationService } from './service.ts';

const tags = ['organizations'];

/**
 * The route's own serializer for one organization: the cached bytes are what it makes of the
 * representation, so they equal what Fastify would send and what If-Match compares against.
 */
const serializerOf = (reply: FastifyReply): SerializeOrganization => {
  // Looked up when bytes are first built, once per request: an answer from the cache needs none.
  let serialize: SerializeOrganization | undefined;
  return (organization) =>
    (serialize ??= reply.compileSerializationSchema(Organization as unknown as Record<string, unknown>) as SerializeOrganization)(organization);
};

const representationOf = (deps: Deps, organizations: OrganizationService) =>
  createOrganizationRepresentation({ representations: deps.representations, lists: deps.organizationLists, siteUrl: deps.config.siteUrl }, organizations);

/** PostHog's two refusals of a delete differ: a member lacks admin access at all, an admin lacks ownership. */
const deleteRefusal = (level: Level) => (level < Level.Admin ? 'You do not have admin access to this resource.' : INSUFFICIENT_LEVEL);

/** Listing and creating organizations: the caller's own, so outside the organization scope. */
export function registerOrganizationListRoutes(app: App, deps: Deps): void {
  const organizations = createOrganizationService({ writes: deps.writes, lists: deps.organizationLists });
  const representation = representationOf(deps, organizations);

  app.get('/api/organizations/', {
    config: { scope: 'organization:read' },
    schema: {
      tags,
      operationId: 'list',
      summary: "List the caller's organizations",
      description: "Narrowed to the key's `scoped_organizations`. Ordered by creation unless `ordering` says otherwise.",
      querystring: OrganizationListQuery,
      response: { 200: Paginated(Organization), ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) =>
      sendJsonEventually(reply, representation.list(request, callerOf(request), request.query, pageOf(request.query), serializerOf(reply))),
  });

  app.post('/api/organizations/', {
    config: { scope: 'organization:write', representation: Organization },
    preValidation: trimFields('name'),
    schema: {
      tags,
      operationId: 'create',
      summary: 'Create an organization; the caller becomes its owner',
      description: "The slug is derived from the name. A default project and team are created with it, and it becomes the caller's current organization.",
      body: OrganizationCreate,
      response: { 201: Organization, ...errorResponses(400, 403) },
    },
    handler: async (request, reply) => reply.code(201).send(await organizations.create(callerOf(request), request.body)),
  });
}

/** One organization: registered in the organization scope, which resolves `request.access`. */
export function registerOrganizationRoutes(app: App, deps: Deps): void {
  const organizations = createOrganizationService({ writes: deps.writes, lists: deps.organizationLists });
  const representation = representationOf(deps, organizations);

  app.get('/api/organizations/:id/', {
    config: { scope: 'organization:read', organization: { minimum: Level.Member }, representation: Organization },
    schema: {
      tags,
      operationId: 'retrieve',
      summary: 'Retrieve an organization',
      params: OrganizationParams,
      response: { 200: Organization, ...errorResponses(403, 404) },
    },
    handler: (request, reply) => sendJsonEventually(reply, representation.one(callerOf(request), request.access, serializerOf(reply))),
  });

  app.patch('/api/organizations/:id/', {
    config: { scope: 'organization:write', organization: { minimum: Level.Admin }, representation: Organization },
    preValidation: trimFields('name'),
    schema: {
      tags,
      operationId: 'partial_update',
      summary: 'Update an organization (admins and owners)',
      params: OrganizationParams,
      body: OrganizationUpdate,
      response: { 200: Organization, ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) => organizations.update(callerOf(request), request.access, request.body, preconditionOf(request, reply)),
  });

  // DRF's ModelViewSet serves PUT too, with PATCH's permissions; as a full update it needs `name`.
  app.put('/api/organizations/:id/', {
    config: { scope: 'organization:write', organization: { minimum: Level.Admin }, representation: Organization },
    preValidation: trimFields('name'),
    schema: {
      tags,
      operationId: 'update',
      summary: 'Update an organization (admins and owners); `name` is required',
      description: "PATCH's rules with a full body: fields left out keep their values, as in PostHog.",
      params: OrganizationParams,
      body: OrganizationCreate,
      response: { 200: Organization, ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) => organizations.update(callerOf(request), request.access, request.body, preconditionOf(request, reply)),
  });

  app.delete('/api/organizations/:id/', {
    config: { scope: 'organization:write', organization: { minimum: Level.Owner, refusal: deleteRefusal }, representation: Organization },
    schema: {
      tags,
      operationId: 'destroy',
      summary: 'Delete an organization and everything in it (owners)',
      description: 'Memberships, roles, role memberships, integrations, projects and teams go with it, in one transaction. Users stay.',
      params: OrganizationParams,
      response: { 204: NoContent, ...errorResponses(403, 404) },
    },
    handler: async (request, reply) => {
      await organizations.remove(callerOf(request), request.access, preconditionOf(request, reply));
      return reply.code(204).send(null);
    },
  });
}
