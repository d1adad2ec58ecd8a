/** Who is calling: the user and the personal API key that authenticated the request. */
export interface Caller {
  user: { id: number; uuid: string };
  key: CallerKey;
  /** The request's id, recorded with every change the request makes (audit log). */
  requestId: string;
}

export interface CallerKey {
  id: string;
  /** `sha256$<hex>` of the key, used to invalidate cached lookups; never logged or sent. */
  secureValue: string;
  scopes: string[];
  /** `[]` for all of the user's organizations, as PostHog. */
  scopedOrganizations: string[];
  /** `[]` for all of the user's projects, as PostHog. */
  scopedTeams: number[];
}

/** The id of the stand-in key an operator command acts with: no row, nothing to revoke. */
export const OPERATOR_KEY_ID = 'cli';

/** PostHog's refusal of a key narrowed to projects on anything but a project endpoint. */
export const PROJECT_SCOPED_KEY_REFUSAL = 'API keys with scoped projects are only supported on project-based endpoints.';
