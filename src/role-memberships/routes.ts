import { Level } from '../access/levels.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { pageOf, paginate, Paginated, PaginationQuery } from '../http/pagination.ts';
import { preconditionOf } from '../http/etag.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { ValidationError } from '../domain/errors.ts';
import { REFUSAL } from '../domain/refusals.ts';
import { uuidFromPath } from '../http/path-ids.ts';
import { RoleMembership, RoleMembershipCreate, RoleMembershipListParams, RoleMembershipParams, RoleMembershipSet } from './schemas.ts';
import { createRoleMembershipService } from './service.ts';

const tags = ['roles'];
const LIST = '/api/organizations/:organization_id/roles/:role_id/role_memberships/';
const ITEM = '/api/organizations/:organization_id/roles/:role_id/role_memberships/:id/';

/** As PostHog: any member reads, admins and owners write, and a membership is never updated in place. */
const anyMember = { minimum: Level.Member } as const;
const admin = { minimum: Level.Admin } as const;

export function registerRoleMembershipRoutes(app: App, deps: Deps): void {
  const memberships = createRoleMembershipService(deps);

  app.get(LIST, {
    config: { scope: 'organization:read', organization: anyMember },
    schema: {
      tags,
      operationId: 'roles_role_memberships_list',
      summary: "List a role's memberships, oldest first",
      params: RoleMembershipListParams,
      querystring: PaginationQuery,
      response: { 200: Paginated(RoleMembership), ...errorResponses(403, 404) },
    },
    handler: async (request) => {
      const page = pageOf(request.query);
      const { memberships: results, count } = await memberships.list(request.access, uuidFromPath(request.params.role_id), page);
      return paginate(request, page, count, results, deps.config.siteUrl);
    },
  });

  app.post(LIST, {
    config: { scope: 'organization:write', organization: admin, representation: RoleMembership },
    schema: {
      tags,
      operationId: 'roles_role_memberships_create',
      summary: 'Add a member of the organization to a role',
      description:
        'Admins and owners only. 400 "User does not exist." when the user is not an active member of the organization, and "User is already part of the role." when they are in it already.',
      params: RoleMembershipListParams,
      body: RoleMembershipCreate,
      response: { 201: RoleMembership, ...errorResponses(400, 403, 404) },
    },
    handler: async (request, reply) => {
      // PostHog looks the role up from the body's side: a malformed id is as unknown as a missing one.
      const roleId = uuidFromPath(request.params.role_id, () => new ValidationError(REFUSAL.roleDoesNotExist));
      const membership = await memberships.add(callerOf(request), request.access, roleId, request.body.user_uuid);
      return reply.code(201).send(membership);
    },
  });

  app.put(LIST, {
    config: { scope: 'organization:write', organization: admin },
    schema: {
      tags,
      operationId: 'roles_role_memberships_set',
      summary: "Set a role's members to exactly the given users",
      description: [
        "An orgbase addition for declarative (Terraform-style) clients. Makes the role's membership exactly `user_uuids` in one transaction: users not listed are removed, listed users not yet in the role are added, and users already in it keep their membership unchanged (same `id` and `joined_at`), so repeating the same request changes nothing.",
        'Every uuid must name an active member of the organization, else 400 "User does not exist." with `attr` `user_uuids` and nothing changes. An empty list removes everyone.',
        'Concurrent calls on one role apply one after another. Answers every resulting membership, oldest first, in the list envelope (`next` and `previous` null). Admins and owners only.',
      ].join('\n\n'),
      params: RoleMembershipListParams,
      body: RoleMembershipSet,
      response: { 200: Paginated(RoleMembership), ...errorResponses(400, 403, 404) },
    },
    handler: async (request) => {
      const results = await memberships.replace(callerOf(request), request.access, uuidFromPath(request.params.role_id), request.body.user_uuids);
      return { count: results.length, next: null, previous: null, results };
    },
  });

  app.get(ITEM, {
    config: { scope: 'organization:read', organization: anyMember, representation: RoleMembership },
    schema: {
      tags,
      operationId: 'roles_role_memberships_retrieve',
      summary: 'Retrieve a role membership',
      params: RoleMembershipParams,
      response: { 200: RoleMembership, ...errorResponses(403, 404) },
    },
    handler: (request) => memberships.get(request.access, uuidFromPath(request.params.role_id), uuidFromPath(request.params.id)),
  });

  app.delete(ITEM, {
    config: { scope: 'organization:write', organization: admin, representation: RoleMembership },
    schema: {
      tags,
      operationId: 'roles_role_memberships_destroy',
      summary: 'Remove a user from a role',
      description: "Admins and owners only; any membership of the role, the caller's own included.",
      params: RoleMembershipParams,
      response: { 204: NoContent, ...errorResponses(403, 404) },
    },
    handler: async (request, reply) => {
      const [roleId, id] = [uuidFromPath(request.params.role_id), uuidFromPath(request.params.id)];
      await memberships.remove(callerOf(request), request.access, roleId, id, preconditionOf(request, reply));
      return reply.code(204).send(null);
    },
  });
}
