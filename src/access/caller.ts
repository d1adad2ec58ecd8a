/** Who is calling: the user and the personal API key that authenticated the request. */
export interface Caller {
  user: { id: number; uuid: string };
  key: CallerKey;
  /** The request's id, recorded with every change the request makes (audit log). */
  requestId: string;
  /** Set when the operator acts for this user (see `onBehalfOf`): the change records the operator, not the user. */
  operator?: true;
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

/**
 * The command line's one caller: the operator, the same for every command but for the
 * command's `cli-<uuid>` request id. Services recognise it where a rule gives the operator
 * more than any key (creating a key for any user, verifying a domain by word); its audit rows
 * and events record the operator (key `cli`, no user), whatever the command.
 */
export interface OperatorCaller {
  readonly operator: true;
  requestId: string;
}

export function operatorCaller(requestId: string): OperatorCaller {
  return { operator: true, requestId };
}

/**
 * The operator acting for `user` where a service's rules are written about a user (the keys a
 * user holds, the member who leaves, the founder of an organization): the rules see the user
 * with a full-scope stand-in key, so the CLI can do nothing the rules forbid that user (leave
 * an organization without an owner); the records still name only the operator.
 */
export function onBehalfOf(operator: OperatorCaller, user: { id: number; uuid: string }): Caller {
  return {
    user: { id: user.id, uuid: user.uuid },
    key: { id: OPERATOR_KEY_ID, secureValue: '', scopes: ['*'], scopedOrganizations: [], scopedTeams: [] },
    requestId: operator.requestId,
    operator: true,
  };
}

/** Whether the operator acts: alone, or on behalf of a user. */
export function isOperator(actor: object | null | undefined): actor is OperatorCaller | (Caller & { operator: true }) {
  return actor != null && 'operator' in actor && actor.operator === true;
}

/** PostHog's refusal of a key narrowed to projects on anything but a project endpoint. */
export const PROJECT_SCOPED_KEY_REFUSAL = 'API keys with scoped projects are only supported on project-based endpoints.';
