// Who may call each /api/ route, written down once: the route-table walk (npm test), the
// full authorization matrix (npm run test:hard) and every feature's security.test.ts read
// their expectations from here, so a rule changes in one place and a route nobody placed
// fails all three.
import assert from 'node:assert/strict';
import { Level } from '../../src/access/levels.ts';
import type { ApiResponse } from './app.ts';
import { assertError } from './fixtures.ts';
import { isOrganizationRoute, type MinimumLevel } from './routes.ts';

export interface RouteRule {
  /**
   * The lowest membership level that may use the route; `null` for routes that are not about
   * one organization (the caller's own user and keys, listing and creating organizations).
   */
  minimum: MinimumLevel;
  /** The personal API key scope the route asks for; `authenticated` for any valid key. */
  scope: string;
}

const rule = (minimum: MinimumLevel, scope: string): RouteRule => ({ minimum, scope });

export const ROUTE_RULES: Record<string, RouteRule> = {
  'GET /api/users/@me/': rule(null, 'user:read'),
  'PATCH /api/users/@me/': rule(null, 'user:write'),
  'GET /api/personal_api_keys/': rule(null, 'personal_api_key:read'),
  'POST /api/personal_api_keys/': rule(null, 'personal_api_key:write'),
  'GET /api/personal_api_keys/@current/': rule(null, 'authenticated'),
  'GET /api/personal_api_keys/:id/': rule(null, 'personal_api_key:read'),
  'PATCH /api/personal_api_keys/:id/': rule(null, 'personal_api_key:write'),
  'DELETE /api/personal_api_keys/:id/': rule(null, 'personal_api_key:write'),
  'POST /api/personal_api_keys/:id/roll/': rule(null, 'personal_api_key:write'),
  'GET /api/organizations/': rule(null, 'organization:read'),
  'POST /api/organizations/': rule(null, 'organization:write'),
  'GET /api/organizations/:id/': rule(Level.Member, 'organization:read'),
  'PATCH /api/organizations/:id/': rule(Level.Admin, 'organization:write'),
  'PUT /api/organizations/:id/': rule(Level.Admin, 'organization:write'),
  'DELETE /api/organizations/:id/': rule(Level.Owner, 'organization:write'),
  'GET /api/organizations/:organization_id/members/': rule(Level.Member, 'organization_member:read'),
  'GET /api/organizations/:organization_id/members/:user_uuid/': rule(Level.Member, 'organization_member:read'),
  'GET /api/organizations/:organization_id/members/:user_uuid/scoped_api_keys/': rule(Level.Member, 'organization_member:read'),
  'PATCH /api/organizations/:organization_id/members/:user_uuid/': rule(Level.Admin, 'organization_member:write'),
  'PUT /api/organizations/:organization_id/members/:user_uuid/': rule(Level.Admin, 'organization_member:write'),
  'DELETE /api/organizations/:organization_id/members/:user_uuid/': rule(Level.Admin, 'organization_member:write'),
  'GET /api/organizations/:organization_id/roles/': rule(Level.Member, 'organization:read'),
  'POST /api/organizations/:organization_id/roles/': rule(Level.Admin, 'organization:write'),
  'GET /api/organizations/:organization_id/roles/:id/': rule(Level.Member, 'organization:read'),
  'PATCH /api/organizations/:organization_id/roles/:id/': rule(Level.Admin, 'organization:write'),
  'PUT /api/organizations/:organization_id/roles/:id/': rule(Level.Admin, 'organization:write'),
  'DELETE /api/organizations/:organization_id/roles/:id/': rule(Level.Admin, 'organization:write'),
  'GET /api/organizations/:organization_id/roles/:role_id/role_memberships/': rule(Level.Member, 'organization:read'),
  'POST /api/organizations/:organization_id/roles/:role_id/role_memberships/': rule(Level.Admin, 'organization:write'),
  'PUT /api/organizations/:organization_id/roles/:role_id/role_memberships/': rule(Level.Admin, 'organization:write'),
  'GET /api/organizations/:organization_id/roles/:role_id/role_memberships/:id/': rule(Level.Member, 'organization:read'),
  'DELETE /api/organizations/:organization_id/roles/:role_id/role_memberships/:id/': rule(Level.Admin, 'organization:write'),
  'GET /api/organizations/:organization_id/integrations/': rule(Level.Member, 'organization_integration:read'),
  'GET /api/organizations/:organization_id/integrations/:id/': rule(Level.Member, 'organization_integration:read'),
  'PATCH /api/organizations/:organization_id/integrations/:id/environment-mapping/': rule(Level.Admin, 'organization_integration:write'),
  'GET /api/organizations/:organization_id/audit_log/': rule(Level.Admin, 'activity_log:read'),
  'GET /api/organizations/:organization_id/events/': rule(Level.Admin, 'activity_log:read'),
  'GET /api/organizations/:organization_id/webhooks/': rule(Level.Admin, 'webhook:read'),
  'POST /api/organizations/:organization_id/webhooks/': rule(Level.Admin, 'webhook:write'),
  'GET /api/organizations/:organization_id/webhooks/:id/': rule(Level.Admin, 'webhook:read'),
  'PATCH /api/organizations/:organization_id/webhooks/:id/': rule(Level.Admin, 'webhook:write'),
  'DELETE /api/organizations/:organization_id/webhooks/:id/': rule(Level.Admin, 'webhook:write'),
  'POST /api/organizations/:organization_id/webhooks/:id/rotate_secret/': rule(Level.Admin, 'webhook:write'),
  'GET /api/organizations/:organization_id/webhooks/:id/deliveries/': rule(Level.Admin, 'webhook:read'),
  'POST /api/organizations/:organization_id/webhooks/:id/deliveries/:delivery_id/retry/': rule(Level.Admin, 'webhook:write'),
  'GET /api/organizations/:organization_id/projects/': rule(Level.Member, 'project:read'),
  'POST /api/organizations/:organization_id/projects/': rule(Level.Admin, 'project:write'),
  'GET /api/organizations/:organization_id/projects/:id/': rule(Level.Member, 'project:read'),
  'PATCH /api/organizations/:organization_id/projects/:id/': rule(Level.Admin, 'project:write'),
  'DELETE /api/organizations/:organization_id/projects/:id/': rule(Level.Admin, 'project:write'),
  'GET /api/projects/:id/': rule(Level.Member, 'project:read'),
  'GET /api/organizations/:organization_id/invites/': rule(Level.Member, 'organization_member:read'),
  'POST /api/organizations/:organization_id/invites/': rule(Level.Member, 'organization_member:write'),
  'POST /api/organizations/:organization_id/invites/bulk/': rule(Level.Member, 'organization_member:write'),
  'DELETE /api/organizations/:organization_id/invites/:id/': rule(Level.Admin, 'organization_member:write'),
  // Anyone holding a link; the token in the walk's paths is no invite's (src/invites/security.test.ts).
  'GET /api/signup/:token/': rule(null, 'optional-key'),
  'POST /api/signup/:token/': rule(null, 'optional-key'),
  'GET /api/organizations/:organization_id/domains/': rule(Level.Member, 'organization:read'),
  'POST /api/organizations/:organization_id/domains/': rule(Level.Admin, 'organization:write'),
  'GET /api/organizations/:organization_id/domains/:id/': rule(Level.Member, 'organization:read'),
  'PATCH /api/organizations/:organization_id/domains/:id/': rule(Level.Admin, 'organization:write'),
  'PUT /api/organizations/:organization_id/domains/:id/': rule(Level.Admin, 'organization:write'),
  'DELETE /api/organizations/:organization_id/domains/:id/': rule(Level.Admin, 'organization:write'),
  'POST /api/organizations/:organization_id/domains/:id/verify/': rule(Level.Admin, 'organization:write'),
  'POST /api/organizations/:organization_id/domains/:id/scim/token/': rule(Level.Admin, 'organization:write'),
  'GET /api/organizations/:organization_id/domains/:id/scim/logs/': rule(Level.Admin, 'organization:read'),
};

/** The minimum level of each route, as the full matrix reads it. */
export const MINIMUM_LEVEL: Record<string, MinimumLevel> = Object.fromEntries(Object.entries(ROUTE_RULES).map(([name, { minimum }]) => [name, minimum]));

export function ruleOf(name: string): RouteRule {
  const found = ROUTE_RULES[name];
  assert.ok(found, `${name} has no entry in ROUTE_RULES (test/support/route-expectations.ts): decide who may use it`);
  return found;
}

export const INSUFFICIENT_LEVEL = 'Your organization access level is insufficient.';
export const missingScope = (scope: string) => `API key missing required scope '${scope}'`;
export const outsideKeyOrganizations = (organizationId: string) => `API key does not have access to the requested organization: ID ${organizationId}.`;

/** What a route answers: success (any 2xx unless a status is given) or PostHog's refusal. */
export type Expected = { success: true; status?: number } | { success: false; status: number; code: string; detail?: string | RegExp };

export const SUCCESS: Expected = { success: true };
export const refusal = (status: number, code: string, detail?: string | RegExp): Expected => ({ success: false, status, code, detail });

/**
 * The refusal a member below a route's minimum gets. PostHog words it by permission class:
 * deleting an organization asks members for admin access first, then admins for ownership.
 */
export function belowMinimum(name: string, level: Level): Expected {
  if (name === 'DELETE /api/organizations/:id/' && level === Level.Member) {
    return refusal(403, 'permission_denied', 'You do not have admin access to this resource.');
  }
  // A member changing or removing another member meets the member rules, worded as PostHog's.
  if (/^(PATCH|PUT|DELETE) \/api\/organizations\/:organization_id\/members\/:user_uuid\/$/.test(name) && level === Level.Member) {
    return refusal(403, 'permission_denied', 'You can only edit others if you are an admin.');
  }
  // PostHog checks this one inside the view, in its own words.
  if (name === 'GET /api/organizations/:organization_id/domains/:id/scim/logs/') {
    return refusal(403, 'permission_denied', 'Only organization admins can view SCIM logs.');
  }
  return refusal(403, 'permission_denied', INSUFFICIENT_LEVEL);
}

/** The 404 of a caller who is not a member: nested routes name the organization, the others hide the row. */
export function notFoundFor(url: string): Expected {
  return refusal(404, 'not_found', url.startsWith('/api/organizations/:organization_id/') ? 'Organization not found.' : 'Not found.');
}

/** What a member at `level`, or a user of no organization (`null`), gets with a `*` key. */
export function expectedForLevel(name: string, url: string, level: Level | null): Expected {
  const { minimum } = ruleOf(name);
  if (url.startsWith('/api/signup/')) return refusal(400, 'invalid_input', 'The provided invite ID is not valid.');
  if (level === null) {
    if (isOrganizationRoute(url)) return notFoundFor(url);
    // PostHog's answer to a user in no organization listing organizations.
    if (name === 'GET /api/organizations/') return refusal(404, 'not_found', 'You need to belong to an organization.');
    return SUCCESS;
  }
  if (minimum === null || level >= minimum) return SUCCESS;
  return belowMinimum(name, level);
}

/**
 * What the owner gets through a `*` key narrowed to another organization: PostHog hides the
 * organization itself (404) and names it on the nested routes (403).
 */
export function expectedForKeyScopedElsewhere(url: string, organizationId: string): Expected {
  // A key narrowed to one organization acts only on keys within its own power (issue 12), so
  // the owner's `*` key is not there for it.
  if (url.startsWith('/api/personal_api_keys/:id/')) return refusal(404, 'not_found');
  if (url.startsWith('/api/signup/')) return refusal(400, 'invalid_input', 'The provided invite ID is not valid.');
  if (!isOrganizationRoute(url)) return SUCCESS;
  if (url.startsWith('/api/organizations/:id/') || url.startsWith('/api/projects/')) return refusal(404, 'not_found');
  return refusal(403, 'permission_denied', outsideKeyOrganizations(organizationId));
}

/**
 * What a `*` key of the owner narrowed to projects gets on a route about one organization
 * (issue 21): 404 for an organization outside its projects' (no membership oracle), PostHog's
 * 403 inside them on every route but the project ones. Undefined where the route's own rules
 * decide (project routes, routes about no organization).
 */
export function expectedForProjectScopedKey(name: string, url: string, projectInThisOrganization: boolean): Expected | undefined {
  if (!isOrganizationRoute(url) || url.startsWith('/api/projects/')) return undefined;
  if (!projectInThisOrganization) return notFoundFor(url);
  if (ruleOf(name).scope.startsWith('project:')) return undefined;
  return refusal(403, 'permission_denied', 'API keys with scoped projects are only supported on project-based endpoints.');
}

export function assertExpected(response: ApiResponse, expected: Expected, context: string): void {
  const shown = `${context} -> ${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
  if (expected.success) {
    if (expected.status !== undefined) assert.equal(response.status, expected.status, `${shown}: expected ${expected.status}`);
    else assert.ok(response.status >= 200 && response.status < 300, `${shown}: expected success`);
    return;
  }
  assertError(response, expected.status, { code: expected.code, detail: expected.detail }, context);
}
