// What the OpenAPI document says beyond the route schemas: the error bodies the server really
// sends (built from the same error classes), the headers every response carries, the tags.
import { NotFound, PermissionDenied, PreconditionFailed } from '../domain/errors.ts';
import { refuse } from '../domain/refusals.ts';
import {
  asApiError,
  IdempotencyKeyReused,
  MethodNotAllowed,
  NotAuthenticated,
  RequestTooLarge,
  ServerError,
  Throttled,
  UnsupportedMediaType,
} from '../http/errors.ts';
import { missingScopeMessage } from '../http/scope-messages.ts';

export const ERROR_EXAMPLES: Record<string, unknown> = {
  400: asApiError(refuse.required('name')).body(),
  401: new NotAuthenticated().body(),
  403: missingScopeExample('organization:read'),
  404: asApiError(new NotFound()).body(),
  405: new MethodNotAllowed('PUT').body(),
  409: asApiError(refuse.idempotencyKeyInFlight()).body(),
  412: asApiError(new PreconditionFailed()).body(),
  413: new RequestTooLarge().body(),
  415: new UnsupportedMediaType('text/plain').body(),
  422: new IdempotencyKeyReused().body(),
  429: new Throttled(17).body(),
  500: new ServerError().body(),
};

/** The 403 a key without `scope` gets, as the scope check (http/auth.ts) words it. */
export function missingScopeExample(scope: string): unknown {
  return asApiError(new PermissionDenied(missingScopeMessage(scope))).body();
}

const integer = { type: 'integer' } as const;
const string = { type: 'string' } as const;

export const RESPONSE_HEADERS = {
  'X-Request-Id': { description: 'The request id (yours, if you sent a valid X-Request-Id; else a new UUID), also in the log lines.', schema: string },
  ETag: { description: 'Strong validator of the returned resource; send it as If-Match on a write or If-None-Match on a read.', schema: string },
  'RateLimit-Limit': { description: "Requests allowed in the window closest to its limit (this user's, all their keys together).", schema: integer },
  'RateLimit-Remaining': { description: 'Requests left in that window.', schema: integer },
  'RateLimit-Reset': { description: 'Seconds until that window resets.', schema: integer },
  'RateLimit-Policy': { description: 'Every window, as `limit;w=seconds`, comma-separated.', schema: string, example: '480;w=60, 4800;w=3600' },
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: integer },
  'Idempotent-Replayed': {
    description: '`true` when this is the kept response of an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
};

/** The operation extension saying a route declares `config.representation` (src/http/etag.ts). */
export const REPRESENTATION_MARK = 'x-representation';

/** The headers a response of this operation carries. */
export function responseHeaderNames(singleResource: boolean, method: string, status: number, authenticated: boolean): string[] {
  const names = ['X-Request-Id'];
  const success = status >= 200 && status < 300;
  if (singleResource && (status === 200 || status === 201)) names.push('ETag');
  if (authenticated && status !== 401) names.push('RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy');
  if (status === 429) names.push('Retry-After');
  if (method === 'post' && success) names.push('Idempotent-Replayed');
  return names;
}

export const TAGS = [
  { name: 'organizations', description: 'Organizations the caller belongs to; creating one makes the caller its owner.' },
  { name: 'members', description: "An organization's memberships and their levels (1 member, 8 admin, 15 owner)." },
  { name: 'roles', description: 'Roles within an organization, and which members hold them (role memberships).' },
  { name: 'organization_integrations', description: 'Organization-level integrations (Vercel, AWS Marketplace) and their environment mappings.' },
  { name: 'personal_api_keys', description: "The caller's personal API keys (orgbase manages keys with keys)." },
  { name: 'projects', description: "An organization's projects (each with its team of the same id), as PostHog serves them." },
  { name: 'users', description: 'The calling user.' },
  { name: 'audit_log', description: "An organization's audit trail (admins)." },
  { name: 'events', description: "An organization's committed changes as events, oldest first, with a resumable cursor (admins)." },
  { name: 'invites', description: 'Invitations to join an organization, and accepting them by their link (`/api/signup/:token/`).' },
  { name: 'domains', description: "An organization's verified email domains, their SCIM 2.0 provisioning settings and SCIM request logs." },
  {
    name: 'webhooks',
    description: "An organization's webhook endpoints (Standard Webhooks 1.0: signed, at least once, in order), and their delivery attempts.",
  },
];

/** The tag of a route without one: the resource its path names last. */
export function tagOf(url: string): string {
  const segments: Array<[string, string]> = [
    ['audit_log', 'audit_log'],
    ['events', 'events'],
    ['invites', 'invites'],
    ['signup', 'invites'],
    ['domains', 'domains'],
    ['role_memberships', 'roles'],
    ['integrations', 'organization_integrations'],
    ['members', 'members'],
    ['roles', 'roles'],
    ['personal_api_keys', 'personal_api_keys'],
    ['projects', 'projects'],
    ['users', 'users'],
  ];
  for (const [segment, tag] of segments) if (url.includes(`/${segment}/`)) return tag;
  return 'organizations';
}
