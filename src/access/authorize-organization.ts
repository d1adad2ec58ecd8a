import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/types.ts';
import { callerOf } from '../http/app-types.ts';
import type { Level } from './levels.ts';
import { requireLevel, resolveOrganizationAccess, type OrganizationAccess, type ResolveOptions } from './organization-access.ts';

const accessByRequest = new WeakMap<FastifyRequest, OrganizationAccess>();

export interface AuthorizeOptions extends ResolveOptions {
  /** The path parameter naming the organization. */
  param?: string;
  minimum?: Level;
  /** The 403 detail when the caller's level is below `minimum`. */
  insufficientDetail?: string;
}

/**
 * A route hook resolving the organization in the path to the caller's membership and checking
 * its level before the body is validated: PostHog runs its permission classes before its
 * serializers, so a member sending a bad body is told 403 and a non-member 404, never a 400.
 */
export function authorizeOrganization(db: Db, options: AuthorizeOptions = {}) {
  const param = options.param ?? 'organization_id';
  return async (request: FastifyRequest): Promise<void> => {
    const organizationParam = (request.params as Record<string, string>)[param] ?? '';
    const access = await resolveOrganizationAccess(db, callerOf(request), organizationParam, options);
    if (options.minimum !== undefined) requireLevel(access, options.minimum, options.insufficientDetail);
    accessByRequest.set(request, access);
  };
}

/** The access `authorizeOrganization` resolved for this request. */
export function organizationAccessOf(request: FastifyRequest): OrganizationAccess {
  const access = accessByRequest.get(request);
  if (!access) throw new Error('organizationAccessOf() used on a route without authorizeOrganization()');
  return access;
}
