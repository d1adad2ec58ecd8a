import type { FastifyRequest } from 'fastify';
import type { Level } from '../access/levels.ts';
import { requireLevel, resolveOrganizationAccess, type OrganizationAccess } from '../access/organization-access.ts';
import type { Db } from '../db/types.ts';
import { callerOf } from '../http/app-types.ts';

const accessByRequest = new WeakMap<FastifyRequest, OrganizationAccess>();

/**
 * A route hook resolving `:organization_id` to the caller's membership and checking its level
 * before the body is validated: PostHog runs its permission classes before its serializers,
 * so a member sending a bad body is told 403 and a non-member 404, never a 400 about the body.
 */
export function authorizeOrganization(db: Db, minimum?: Level) {
  return async (request: FastifyRequest): Promise<void> => {
    const { organization_id: organizationParam } = request.params as { organization_id: string };
    const access = await resolveOrganizationAccess(db, callerOf(request), organizationParam);
    if (minimum !== undefined) requireLevel(access, minimum);
    accessByRequest.set(request, access);
  };
}

/** The access `authorizeOrganization` resolved for this request. */
export function organizationAccessOf(request: FastifyRequest): OrganizationAccess {
  const access = accessByRequest.get(request);
  if (!access) throw new Error('organizationAccessOf() used on a route without authorizeOrganization()');
  return access;
}
