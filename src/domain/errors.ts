/**
 * What a rule refused, in the domain's terms. Services, repositories, access and the CLI throw
 * these; they know nothing of HTTP. `src/http/errors.ts` renders each kind as PostHog's status
 * and `{"type","code","detail","attr"}` body, the CLI as one line.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'not_found'
  | 'permission_denied'
  | 'conflict'
  | 'precondition_failed'
  | 'unavailable'
  | 'insufficient_storage';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly detail: string,
    readonly attr: string | null = null,
    /** How long a client should wait before retrying, where waiting helps. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
  }
}

export class ValidationError extends DomainError {
  constructor(detail: string, options: { attr?: string | null; code?: string } = {}) {
    super('invalid', options.code ?? 'invalid_input', detail, options.attr ?? null);
  }
}

/** The key that made the request stopped being valid while it was being served (revoked or rolled). */
export class CallerKeyRevoked extends DomainError {
  constructor() {
    super('unauthenticated', 'authentication_failed', 'The personal API key that made this request has been deleted or rolled.');
  }
}

export class NotFound extends DomainError {
  constructor(detail = 'Not found.') {
    super('not_found', 'not_found', detail);
  }
}

export class PermissionDenied extends DomainError {
  constructor(detail = 'You do not have permission to perform this action.') {
    super('permission_denied', 'permission_denied', detail);
  }
}

export class Conflict extends DomainError {
  constructor(detail: string, code = 'conflict') {
    super('conflict', code, detail);
  }
}

/** A write's precondition (src/domain/precondition.ts) no longer holds. */
export class PreconditionFailed extends DomainError {
  constructor() {
    super('precondition_failed', 'precondition_failed', 'The resource has changed since it was read: If-Match does not match its current ETag.');
  }
}

export class DatabaseUnavailable extends DomainError {
  constructor() {
    super('unavailable', 'database_unavailable', 'The database is temporarily unavailable. Please retry.', null, 1);
  }
}

/** PostgreSQL's disk_full, or the file system's ENOSPC passed through by PGlite. */
export class InsufficientStorage extends DomainError {
  constructor() {
    super(
      'insufficient_storage',
      'insufficient_storage',
      'The database has no space left to store this change. Reads still work; retry once space is freed.',
      null,
      30,
    );
  }
}
