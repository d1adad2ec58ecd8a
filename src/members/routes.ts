import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import type { Caller } from '../access/caller.ts';
import { Level } from '../access/levels.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { preconditionOf } from '../http/etag.ts';
import { Paginated } from '../http/pagination.ts';
import { uuidFromPath } from '../http/path-ids.ts';
import { sendJsonEventually } from '../http/send-json.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { MemberListParams, MemberListQuery, MemberParams, MemberUpdate, OrganizationMember, ScopedApiKeys } from './schemas.ts';
import { createMemberListRepresentation } from './list-representation.ts';
import { createMemberService } from './service.ts';

const tags = ['members'];

/** `:user_uuid` of a members route: a user's UUID, or `@me` for the caller. */
function userUuidFromPath(caller: Caller, param: string): string {
  return param === '@me' ? caller.user.uuid : uuidFromPath(param);
}

/**
 * Any member reads the list, changes and leaves; who may change or remove whom depends on both
 * levels and is decided per change by the rules in policy.ts.
 */
const anyMember = { minimum: Level.Member } as const;

export function registerMemberRoutes(app: App, deps: Deps): void {
  const members = createMemberService(deps);
  const memberList = createMemberListRepresentation({ members, pages: deps.memberPages });

  app.get('/api/organizations/:organization_id/members/', {
    config: { scope: 'organization_member:read', organization: anyMember },
    schema: {
      tags,
      operationId: 'members_list',
      summary: "List the organization's members",
      description: 'Active users only, newest first unless `ordering` says otherwise; `search` matches email and name.',
      params: MemberListParams,
      querystring: MemberListQuery,
      response: { 200: Paginated(OrganizationMember), ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) => sendJsonEventually(reply, memberList.answer(request, request.access, request.query, deps.config.siteUrl)),
  });

  app.get('/api/organizations/:organization_id/members/:user_uuid/', {
    config: { scope: 'organization_member:read', organization: anyMember, representation: OrganizationMember },
    schema: {
      tags,
      operationId: 'members_retrieve',
      summary: 'Retrieve a member (`@me` for the caller)',
      description: 'An orgbase addition, so a client can read the ETag it sends back as If-Match.',
      params: MemberParams,
      response: { 200: OrganizationMember, ...errorResponses(403, 404) },
    },
    handler: (request) => members.get(request.access, userUuidFromPath(callerOf(request), request.params.user_uuid)),
  });

  app.get('/api/organizations/:organization_id/members/:user_uuid/scoped_api_keys/', {
    config: { scope: 'organization_member:read', organization: anyMember, representation: ScopedApiKeys },
    schema: {
      tags,
      operationId: 'members_scoped_api_keys_retrieve',
      summary: "A member's personal API keys that reach this organization",
      description: "PostHog's answer for the remove-member dialog: names (labels) and last use, never values. Any member, about any member.",
      params: MemberParams,
      response: { 200: ScopedApiKeys, ...errorResponses(403, 404) },
    },
    handler: (request) => members.scopedApiKeys(request.access, userUuidFromPath(callerOf(request), request.params.user_uuid)),
  });

  // PATCH and PUT are one change: `level` is the one writable field.
  const updateLevel = (request: FastifyRequest<{ Params: Static<typeof MemberParams>; Body: Static<typeof MemberUpdate> }>, reply: FastifyReply) =>
    members.updateLevel(
      callerOf(request),
      request.access,
      userUuidFromPath(callerOf(request), request.params.user_uuid),
      request.body,
      preconditionOf(request, reply),
    );

  const levelChange = {
    config: { scope: 'organization_member:write', organization: anyMember, representation: OrganizationMember },
    schema: { tags, params: MemberParams, body: MemberUpdate, response: { 200: OrganizationMember, ...errorResponses(400, 403, 404) } },
    handler: updateLevel,
  } as const;

  app.patch('/api/organizations/:organization_id/members/:user_uuid/', {
    ...levelChange,
    schema: {
      ...levelChange.schema,
      operationId: 'members_partial_update',
      summary: "Change a member's level",
      description:
        "Admins change others' levels up to their own; only owners make owners; nobody changes their own level; the organization always keeps an owner.",
    },
  });

  // PostHog's members_update: the same change with the full body (`level`, its one writable field).
  app.put('/api/organizations/:organization_id/members/:user_uuid/', {
    ...levelChange,
    schema: { ...levelChange.schema, operationId: 'members_update', summary: "Change a member's level (full update; `level` is the one writable field)" },
  });

  app.delete('/api/organizations/:organization_id/members/:user_uuid/', {
    config: { scope: 'organization_member:write', organization: anyMember, representation: OrganizationMember },
    schema: {
      tags,
      operationId: 'members_destroy',
      summary: 'Remove a member, or leave (`@me`)',
      description: "Their role memberships in the organization go with them. No owner can be removed or leave (PostHog's rule): demote them first.",
      params: MemberParams,
      response: { 204: NoContent, ...errorResponses(400, 403, 404) },
    },
    handler: async (request, reply) => {
      await members.remove(callerOf(request), request.access, userUuidFromPath(callerOf(request), request.params.user_uuid), preconditionOf(request, reply));
      return reply.code(204).send(null);
    },
  });
}
