import assert from 'node:assert/strict';
import type { RouteEntry } from '../../src/http/route-table.ts';
import type { Level } from '../../src/access/levels.ts';
import type { ApiResponse } from './app.ts';
import type { SeededUser, Tenant, World } from './world.ts';

export const routeName = (route: Pick<RouteEntry, 'method' | 'url'>) => `${route.method} ${route.url}`;

/** Path parameter names of a route, in order. */
export function paramNames(url: string): string[] {
  return [...url.matchAll(/:(\w+)/g)].map((match) => match[1]!);
}

/** Whether the route is inside one organization (its first parameter names it, or names one of its projects). */
export function isOrganizationRoute(url: string): boolean {
  return url.startsWith('/api/organizations/:') || url.startsWith('/api/projects/:');
}

/**
 * Percent-encodes every byte of the UTF-8 form that is not unreserved: unlike
 * encodeURIComponent it never throws (a lone surrogate becomes U+FFFD).
 */
export function encodeSegment(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~@]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The identifiers a route template's path parameters are filled from. */
export interface PathIds {
  organizationId: string;
  roleId: string;
  roleMembershipId: string;
  integrationId: string;
  projectId: number | string;
  /** The member a `/members/:user_uuid/` route is about. */
  memberUuid: string;
  /** The personal API key a `/personal_api_keys/:id/` route is about. */
  keyId: string;
  inviteId: string;
  /** The token of `/api/signup/:token/`: no invite's (a link's token is never known to the suite's callers). */
  inviteToken: string;
  /** A verified domain with SCIM on (most `/domains/:id/` routes), and an unverified one (`verify`). */
  domainId: string;
  unverifiedDomainId: string;
  /** A webhook endpoint and one delivery attempt of it. */
  webhookId: string;
  webhookDeliveryId: string;
}

/** The ids of a tenant's seeded rows, with `caller`'s own key (keys are per user). */
export function idsOf(tenant: Tenant, caller: SeededUser): PathIds {
  return {
    organizationId: tenant.organizationId,
    roleId: tenant.roleId,
    roleMembershipId: tenant.roleMembershipId,
    integrationId: tenant.integrationId,
    projectId: tenant.projectId,
    memberUuid: tenant.target.uuid,
    keyId: caller.key.id,
    inviteId: tenant.inviteId,
    inviteToken: 'not-an-invite-token',
    domainId: tenant.domainId,
    unverifiedDomainId: tenant.unverifiedDomainId,
    webhookId: tenant.webhookId,
    webhookDeliveryId: tenant.webhookDeliveryId,
  };
}

/** The path of a route template with its parameters filled from `ids` (or `overrides`, by parameter name). */
export function pathFor(url: string, ids: PathIds, overrides: Record<string, string> = {}): string {
  return url.replace(/:(\w+)/g, (_match, name: string) => encodeSegment(overrides[name] ?? String(ids[idFor(url, name)])));
}

/** The path of `route` in `tenant`, as `caller` would call it (keys are per user). */
export function pathIn(route: Pick<RouteEntry, 'url'>, tenant: Tenant, caller: SeededUser, overrides: Record<string, string> = {}): string {
  return pathFor(route.url, idsOf(tenant, caller), overrides);
}

/** Which of the ids a path parameter of `url` names. */
export function idFor(url: string, name: string): keyof PathIds {
  if (name === 'organization_id') return 'organizationId';
  if (name === 'role_id') return 'roleId';
  if (name === 'user_uuid') return 'memberUuid';
  if (name === 'token') return 'inviteToken';
  if (name === 'delivery_id') return 'webhookDeliveryId';
  if (name === 'id') {
    const parent = url.slice(0, url.lastIndexOf('/:id'));
    if (parent === '/api/organizations') return 'organizationId';
    if (parent.endsWith('/role_memberships')) return 'roleMembershipId';
    if (parent.endsWith('/roles')) return 'roleId';
    if (parent.endsWith('/integrations')) return 'integrationId';
    if (parent.endsWith('/projects')) return 'projectId';
    if (parent === '/api/personal_api_keys') return 'keyId';
    if (parent.endsWith('/invites')) return 'inviteId';
    if (parent.endsWith('/webhooks')) return 'webhookId';
    if (parent.endsWith('/domains')) return url.endsWith('/verify/') ? 'unverifiedDomainId' : 'domainId';
  }
  throw new Error(`no value for path parameter :${name} of ${url}: teach test/support/routes.ts about it`);
}

let uniqueCounter = 0;
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${(uniqueCounter++).toString(36)}`;

/** A body each route accepts from a caller allowed to use it, so success can be asserted. */
export function validBody(route: Pick<RouteEntry, 'method' | 'url'>, tenant: Tenant): unknown {
  const name = routeName(route);
  if (route.method === 'GET' || route.method === 'DELETE') return undefined;
  if (name === 'POST /api/organizations/') return { name: unique('Hard org') };
  if (/^(PATCH|PUT) \/api\/organizations\/:id\/$/.test(name)) return { name: unique('Renamed org') };
  if (/\/members\/:user_uuid\/$/.test(name)) return { level: 8 };
  if (name.endsWith('/roles/')) return { name: unique('role') };
  if (/\/roles\/:id\/$/.test(name)) return { name: unique('renamed role') };
  if (name.startsWith('POST') && name.endsWith('/role_memberships/')) return { user_uuid: tenant.outsider.uuid };
  if (name.startsWith('PUT') && name.endsWith('/role_memberships/')) return { user_uuids: [tenant.target.uuid, tenant.outsider.uuid] };
  if (name.endsWith('/environment-mapping/')) return { production: tenant.projectId };
  if (/\/projects\/(:id\/)?$/.test(name)) return { name: unique('project') };
  if (name === 'PATCH /api/users/@me/') return { first_name: 'Hard' };
  if (name === 'POST /api/organizations/:organization_id/invites/') return { target_email: `${unique('invitee').replace(/\W+/g, '-')}@example.com` };
  if (name === 'POST /api/organizations/:organization_id/invites/bulk/') return [{ target_email: `${unique('invitee').replace(/\W+/g, '-')}@example.com` }];
  if (name === 'POST /api/signup/:token/') return { first_name: 'Walker' };
  if (name === 'POST /api/organizations/:organization_id/domains/') return { domain: `${unique('d').replace(/\W/g, '')}.example.com` };
  if (/\/domains\/:id\/$/.test(name)) return { jit_provisioning_enabled: true };
  if (name === 'POST /api/organizations/:organization_id/webhooks/') return { url: 'https://hooks.example.com/walk' };
  if (name === 'PATCH /api/organizations/:organization_id/webhooks/:id/') return { description: 'walked' };
  if (name === 'POST /api/personal_api_keys/') return { label: 'made by the hard suite', scopes: ['organization:read'] };
  if (name === 'PATCH /api/personal_api_keys/:id/') return { label: 'relabelled' };
  return {};
}

/** Security headers every response carries (src/http/security-headers.ts). */
export function assertSecurityHeaders(response: ApiResponse, context: string): void {
  const headers = response.headers;
  assert.equal(headers['x-content-type-options'], 'nosniff', context);
  assert.equal(headers['x-frame-options'], 'DENY', context);
  assert.equal(headers['referrer-policy'], 'no-referrer', context);
  // Plain HTTP here: HSTS is for HTTPS answers only (test/proxy.test.ts).
  assert.equal(headers['strict-transport-security'], undefined, context);
  assert.equal(headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'", context);
  assert.equal(headers['cache-control'], 'no-store', context);
  assert.ok(headers['x-request-id'], context);
}

/** Level needed for a route: `null` means it is not about one organization's membership. */
export type MinimumLevel = Level | null;

export function tenantsOf(world: World): Tenant[] {
  return [world.a, world.b];
}
