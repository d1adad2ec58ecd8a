import { DomainError, type ErrorKind } from '../domain/errors.ts';
import { REFUSAL } from '../domain/refusals.ts';

/**
 * The errors orgbase answers with, as PostHog's status and body `{"type","code","detail","attr"}`,
 * sent by the one error handler in error-handler.ts: the HTTP-only ones below, and every
 * domain error (src/domain/errors.ts) rendered by `asApiError`.
 */
export type ErrorType = 'validation_error' | 'authentication_error' | 'invalid_request' | 'throttled_error' | 'server_error';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: ErrorType,
    readonly code: string,
    readonly detail: string,
    readonly attr: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  body(): ErrorBody {
    return { type: this.type, code: this.code, detail: this.detail, attr: this.attr };
  }
}

export interface ErrorBody {
  type: ErrorType;
  code: string;
  detail: string;
  attr: string | null;
}

export class NotAuthenticated extends ApiError {
  constructor() {
    super(401, 'authentication_error', 'not_authenticated', 'Authentication credentials were not provided.');
  }
}

export class AuthenticationFailed extends ApiError {
  constructor(detail: string) {
    super(401, 'authentication_error', 'authentication_failed', detail);
  }
}

export class MethodNotAllowed extends ApiError {
  constructor(method: string) {
    super(405, 'invalid_request', 'method_not_allowed', `Method "${method}" not allowed.`);
  }
}

export class RequestTooLarge extends ApiError {
  constructor() {
    super(413, 'invalid_request', 'request_too_large', 'Request body is too large.');
  }
}

export class UnsupportedMediaType extends ApiError {
  constructor(contentType: string) {
    super(415, 'invalid_request', 'unsupported_media_type', `Unsupported media type "${contentType}" in request.`);
  }
}

export class ParseError extends ApiError {
  constructor(detail: string) {
    super(400, 'invalid_request', 'parse_error', detail);
  }
}

export class Throttled extends ApiError {
  constructor(retryAfterSeconds: number, headers: Record<string, string> = {}) {
    super(
      429,
      'throttled_error',
      'throttled',
      `Request was throttled. Expected available in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
      null,
      { 'retry-after': String(retryAfterSeconds), ...headers },
    );
  }
}

/** An Idempotency-Key sent again with a different request: PostHog has no such refusal, so it is HTTP-only. */
export class IdempotencyKeyReused extends ApiError {
  constructor() {
    super(422, 'invalid_request', 'idempotency_key_reused', REFUSAL.idempotencyKeyReused);
  }
}

export class ServerError extends ApiError {
  constructor() {
    super(500, 'server_error', 'error', 'A server error occurred.');
  }
}

/** PostHog's status and error type for each kind of domain refusal. */
const RENDERING: Record<ErrorKind, { status: number; type: ErrorType }> = {
  invalid: { status: 400, type: 'validation_error' },
  unauthenticated: { status: 401, type: 'authentication_error' },
  permission_denied: { status: 403, type: 'authentication_error' },
  not_found: { status: 404, type: 'invalid_request' },
  conflict: { status: 409, type: 'invalid_request' },
  precondition_failed: { status: 412, type: 'invalid_request' },
  unavailable: { status: 503, type: 'server_error' },
  insufficient_storage: { status: 507, type: 'server_error' },
};

export function asApiError(error: ApiError | DomainError): ApiError {
  if (error instanceof ApiError) return error;
  const { status, type } = RENDERING[error.kind];
  const headers: Record<string, string> = error.retryAfterSeconds === undefined ? {} : { 'retry-after': String(error.retryAfterSeconds) };
  return new ApiError(status, type, error.code, error.detail, error.attr, headers);
}
