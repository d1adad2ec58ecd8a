/**
 * The errors orgbase answers with, rendered to PostHog's body
 * `{"type","code","detail","attr"}` by the one error handler in error-handler.ts.
 */
export type ErrorType =
  | 'validation_error'
  | 'authentication_error'
  | 'invalid_request'
  | 'throttled_error'
  | 'server_error';

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

export class ValidationError extends ApiError {
  constructor(detail: string, options: { attr?: string | null; code?: string } = {}) {
    super(400, 'validation_error', options.code ?? 'invalid_input', detail, options.attr ?? null);
  }
}

export class NotFound extends ApiError {
  constructor(detail = 'Not found.') {
    super(404, 'invalid_request', 'not_found', detail);
  }
}

export class PermissionDenied extends ApiError {
  constructor(detail = 'You do not have permission to perform this action.') {
    super(403, 'authentication_error', 'permission_denied', detail);
  }
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

export class ParseError extends ApiError {
  constructor(detail: string) {
    super(400, 'invalid_request', 'parse_error', detail);
  }
}

export class Conflict extends ApiError {
  constructor(detail: string, code = 'conflict') {
    super(409, 'invalid_request', code, detail);
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

export class ServerError extends ApiError {
  constructor() {
    super(500, 'server_error', 'error', 'A server error occurred.');
  }
}
