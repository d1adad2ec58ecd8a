import { isUuid } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import { andThen, type Eventually } from '../domain/eventually.ts';
import { NotFound, PermissionDenied } from '../domain/errors.ts';
import { REFUSAL } from '../domain/refusals.ts';
import { readLevel, type MembershipLevels } from './level-cache.ts';
import { readCurrentOrganization, type MeCache } from './me-cache.ts';
import { reachOf, reaches, type Reach } from './reach.ts';
import { PROJECT_SCOPED_KEY_REFUSAL, type Caller } from '../access/caller.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';

export const CURRENT_ORGANIZATION = '@current';

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
  /** The route serves projects (its scope is `project:...`): the one kind a key narrowed to projects may use. */
  projectBased?: boolean;
}

/** What the organization scope reads from memory when warm: the caller's level, and which organization is their current one. */
export interface AccessCaches {
  levels?: MembershipLevels;
  me?: MeCache;
}

/**
 * Resolves an organization path parameter (a UUID or `@current`) to the id of an organization
 * the caller's key may reach: the one place that decides a key's reach on organization routes.
 * Unknown and malformed ids answer the same 404. `@current` is the caller's current
 * organization among those the key reaches. A key narrowed to organizations is told which one
 * it may not use (PostHog's 403); a key narrowed to projects gets 404 for every organization
 * outside its projects' (whether its user is in it or not: no membership oracle) and PostHog's
 * 403 on everything but the project endpoints of theirs.
 */
export function resolveOrganizationId(db: Executor, caller: Caller, organizationParam: string, options: ResolveOptions = {}, me?: MeCache): Eventually<string> {
  return andThen(reachOf(db, caller), (reach) => {
    if (organizationParam === CURRENT_ORGANIZATION) {
      return andThen(readCurrentOrganization(db, me, caller, reach), (current) => {
        if (!current) throw new NotFound(options.noCurrentDetail ?? options.notFoundDetail ?? REFUSAL.organizationNotFound);
        return reachable(reach, current, options);
      });
    }
    if (!isUuid(organizationParam)) throw notFound(options);
    return reachable(reach, organizationParam.toLowerCase(), options);
  });
}

const notFound = (options: ResolveOptions) => new NotFound(options.notFoundDetail ?? REFUSAL.organizationNotFound);

/** The organization, if the key reaches it and may use this route there; else the refusal. */
function reachable(reach: Reach, organizationId: string, options: ResolveOptions): string {
  if (!reaches(reach, organizationId)) {
    if (options.outOfScope === 'not_found' || reach.teamIds !== null) throw notFound(options);
    throw new PermissionDenied(`API key does not have access to the requested organization: ID ${organizationId}.`);
  }
  if (reach.teamIds !== null && !options.projectBased) throw new PermissionDenied(PROJECT_SCOPED_KEY_REFUSAL);
  return organizationId;
}

/**
 * Resolves an organization path parameter to an organization the caller is a member of.
 * Organizations the caller is not in answer the same 404 as unknown ones, so a caller learns
 * nothing about other tenants.
 */
export function resolveOrganizationAccess(
  db: Executor,
  caller: Caller,
  organizationParam: string,
  options: ResolveOptions = {},
  caches: AccessCaches = {},
): Eventually<OrganizationAccess> {
  return andThen(resolveOrganizationId(db, caller, organizationParam, options, caches.me), (organizationId) =>
    andThen(readLevel(db, caches.levels, caller.user.id, organizationId), (level) => {
      if (level === undefined) throw notFound(options);
      return { organizationId, level };
    }),
  );
}
