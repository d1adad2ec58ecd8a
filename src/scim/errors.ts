// SCIM's error responses (RFC 7644 §3.12): `{"schemas":[Error URN],"status":"400","scimType":...,"detail":...}`.
// `status` is a string as the RFC shows it (PostHog sends an integer; Okta and Entra read both).
import { DatabaseUnavailable } from '../domain/errors.ts';
import { ServerError } from '../http/errors.ts';

export const ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** RFC 7644 Table 9, the `scimType` of a 400 (and 409's `uniqueness`). */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

export interface ScimErrorBody {
  schemas: [typeof ERROR_URN];
  status: string;
  scimType?: ScimType;
  detail: string;
}

export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  body(): ScimErrorBody {
    return { schemas: [ERROR_URN], status: String(this.status), ...(this.scimType ? { scimType: this.scimType } : {}), detail: this.detail };
  }
}

/** The refusals, each written once. Details keep PostHog's words where PostHog has them. */
export const SCIM_ERRORS = {
  noToken: () => new ScimError(401, 'No bearer token provided', undefined, { 'www-authenticate': 'Bearer realm="orgbase SCIM"' }),
  authenticationFailed: () =>
    new ScimError(401, 'Authentication failed', undefined, { 'www-authenticate': 'Bearer realm="orgbase SCIM", error="invalid_token"' }),
  userNotFound: () => new ScimError(404, 'User not found'),
  groupNotFound: () => new ScimError(404, 'Group not found'),
  notFound: () => new ScimError(404, 'Resource not found'),
  userExists: () => new ScimError(409, 'User already exists', 'uniqueness'),
  emailTaken: () => new ScimError(409, 'Invalid user data: the email belongs to another user', 'uniqueness'),
  groupNameTaken: () => new ScimError(409, 'Invalid group data: another group has this displayName', 'uniqueness'),
  invalidUser: (why: string) => new ScimError(400, `Invalid user data: ${why}`, 'invalidValue'),
  invalidGroup: (why: string) => new ScimError(400, `Invalid group data: ${why}`, 'invalidValue'),
  invalidSyntax: (why: string) => new ScimError(400, why, 'invalidSyntax'),
  invalidFilter: (why: string) => new ScimError(400, `Invalid filter: ${why}`, 'invalidFilter'),
  invalidPath: (why: string) => new ScimError(400, `Invalid path: ${why}`, 'invalidPath'),
  noTarget: (why: string) => new ScimError(400, why, 'noTarget'),
  mutability: (why: string) => new ScimError(400, why, 'mutability'),
  tooMany: (why: string) => new ScimError(400, why, 'tooMany'),
  invalidValue: (why: string) => new ScimError(400, why, 'invalidValue'),
  preconditionFailed: () => new ScimError(412, 'The resource has changed: If-Match does not match its current version'),
  throttled: (retryAfter: number) => new ScimError(429, 'Too many requests', undefined, { 'retry-after': String(retryAfter) }),
  tooLarge: () => new ScimError(413, 'Request body is too large'),
  methodNotAllowed: () => new ScimError(405, 'Method not allowed'),
  unavailable: () => new ScimError(503, new DatabaseUnavailable().detail, undefined, { 'retry-after': '1' }),
  internal: () => new ScimError(500, new ServerError().detail),
};
