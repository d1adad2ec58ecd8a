import { PermissionDenied } from '../domain/errors.ts';
import type { Level } from './levels.ts';

export interface OrganizationAccess {
  organizationId: string;
  /**
   * The caller's membership level in that organization. Not read on a route whose rule is
   * `checkedByStatement` (reading it there throws: the route must not decide on it).
   */
  level: Level;
  /** On a route whose rule is `checkedByStatement`: what its statement checks. */
  statementCheck?: StatementCheck;
}

/**
 * The rule of a route whose one write statement checks it (`checkedByStatement`): the statement
 * writes only when the caller's membership has at least `minimum`, and says whether it did.
 */
export interface StatementCheck {
  userId: number;
  minimum: Level;
  /**
   * The organization scope's own check, made at most once: throws the refusal (403, 404) that
   * checking first would have answered. Every answer but the statement's success runs it first
   * (the error handler, the idempotency claim), so a caller cannot tell the two orders apart.
   */
  confirm(): Promise<void>;
}

/** Thrown where a statement that checks the rule found the caller below it (StatementCheck). */
export class RuleNotMet extends Error {
  constructor() {
    super('the caller did not meet the route\'s organization rule');
  }
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
  /**
   * The route's write statement checks `minimum` itself (request.access.statementCheck), so the
   * scope does not read the level first: one round trip less per write. Only for a route whose
   * handler makes one guarded statement; anything else the handler answers is preceded by the
   * scope's check (StatementCheck.confirm).
   */
  checkedByStatement?: boolean;
}

/** Why the rule refuses a caller of this level, or null when it admits them. */
export function refusalOf(level: Level, rule: OrganizationRule): PermissionDenied | null {
  if (level >= rule.minimum) return null;
  return new PermissionDenied(rule.refusal?.(level) ?? INSUFFICIENT_LEVEL);
}
