import { PermissionDenied } from '../domain/errors.ts';
import type { Level } from './levels.ts';

export interface OrganizationAccess {
  organizationId: string;
  /**
   * The caller's membership level in that organization, as the organization scope found it
   * (from the process's level cache when warm, src/tenancy/level-cache.ts). A write checks
   * again, inside its transaction, that the caller still holds it.
   */
  level: Level;
}

export const INSUFFICIENT_LEVEL = 'Your organization access level is insufficient.';

/**
 * Who may call a route under an organization: every such route declares one
 * (`config.organization`), and the organization scope (src/tenancy/organization-scope.ts) checks
 * it on current data before the body is read. Rules that depend on the target of a change
 * (whose level may be changed) are the feature's policy functions, e.g. src/members/policy.ts.
 */
export interface OrganizationRule {
  /** The lowest membership level that may call the route. */
  minimum: Level;
  /** The 403 detail for a caller below `minimum`, where PostHog words it by the caller's level. */
  refusal?: (level: Level) => string;
}

/** Why the rule refuses a caller of this level, or null when it admits them. */
export function refusalOf(level: Level, rule: OrganizationRule): PermissionDenied | null {
  if (level >= rule.minimum) return null;
  return new PermissionDenied(rule.refusal?.(level) ?? INSUFFICIENT_LEVEL);
}
