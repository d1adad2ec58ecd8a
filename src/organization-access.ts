import { isUuid } from './db/ids.ts';
import type { Executor } from './db/types.ts';
import { NotFound, PermissionDenied } from './domain/errors.ts';
import { findCurrentOrganizationId, findMembershipLevel } from './members/repository.ts';
import { keyReachesOrganization, type Caller } from './access/caller.ts';
import type { OrganizationAccess } from './access/organization-rule.ts';
import type { Level } from './access/levels.ts';

export const CURRENT_ORGANIZATION = '@current';

/** The caller's current organization (members/repository.ts says which that is). */
export async function resolveCurrentOrganizationId(db: Executor, userId: number): Promise<string | null> {
  return findCurrentOrganizationId(db, userId);
}

export interface ResolveOptions {
  /** `detail` of the 404 for an unknown organization or one the caller is not in. */
  notFoundDetail?: string;
  /** `detail` of the 404 for `@current` when the caller is in no organization. */
  noCurrentDetail?: string;
  /**
   * What a key narrowed to other organizations gets: PostHog hides them (404) on
   * `/api/organizations/:id/` and names them (403) on the nested routes.
   */
  outOfScope?: 'not_found' | 'forbidden';
}

/**
 * Resolves an organization path parameter (a UUID or `@current`) to the id of an organization
 * the caller's key may reach. Unknown and malformed ids answer the same 404.
 */
export async function resolveOrganizationId(
  db: Executor,
  caller: Caller,
  organizationParam: string,
  options: ResolveOptions = {},
): Promise<string> {
  const notFound = () => new NotFound(options.notFoundDetail ?? 'Organization not found.');
  let organizationId: string;
  if (organizationParam === CURRENT_ORGANIZATION) {
    const current = await resolveCurrentOrganizationId(db, caller.user.id);
    if (!current) throw new NotFound(options.noCurrentDetail ?? options.notFoundDetail ?? 'Organization not found.');
    organizationId = current;
  } else if (isUuid(organizationParam)) {
    organizationId = organizationParam.toLowerCase();
  } else {
    throw notFound();
  }
  if (!keyReachesOrganization(caller.key, organizationId)) {
    if (options.outOfScope === 'not_found') throw notFound();
    throw new PermissionDenied(`API key does not have access to the requested organization: ID ${organizationId}.`);
  }
  return organizationId;
}

/**
 * Resolves an organization path parameter to an organization the caller is a member of.
 * Organizations the caller is not in answer the same 404 as unknown ones, so a caller learns
 * nothing about other tenants.
 */
export async function resolveOrganizationAccess(
  db: Executor,
  caller: Caller,
  organizationParam: string,
  options: ResolveOptions = {},
): Promise<OrganizationAccess> {
  const organizationId = await resolveOrganizationId(db, caller, organizationParam, options);
  const level = await findMembershipLevel(db, caller.user.id, organizationId);
  if (level === undefined) throw new NotFound(options.notFoundDetail ?? 'Organization not found.');
  return { organizationId, level: level as Level };
}
