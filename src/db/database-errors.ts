import { Conflict, DatabaseUnavailable, DomainError, InsufficientStorage, NotFound, ValidationError } from '../domain/errors.ts';
import { REFUSAL, refuse } from '../domain/refusals.ts';

interface PgError {
  code: string;
  constraint?: string;
  column?: string;
}

function findPgError(error: unknown): PgError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const candidate = current as Partial<PgError> & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate as PgError;
    current = candidate.cause;
  }
  return undefined;
}

/**
 * Constraint names -> the error PostHog gives for the same rule. The database is where these
 * invariants hold under concurrency; this table is where their wording lives.
 */
const CONSTRAINT_ERRORS: Record<string, () => DomainError> = {
  // The role was deleted between the check and the update of the organization.
  organizations_default_role_fkey: () => refuse.defaultRoleDoesNotExist(),
  roles_organization_name_key: () => new ValidationError('There is already a role with this name.', { attr: 'name', code: 'unique' }),
  unique_user_and_role: () => new ValidationError('User is already part of the role.'),
  // A role or member deleted between the check and the insert of a role membership.
  role_memberships_role_id_fkey: () => new NotFound(),
  role_memberships_organization_member_id_fkey: () => new ValidationError(REFUSAL.userDoesNotExist),
  role_memberships_user_id_fkey: () => new ValidationError(REFUSAL.userDoesNotExist),
  organization_memberships_org_user_key: () => new ValidationError('This user is already a member of the organization.', { code: 'unique' }),
  organization_integrations_unique: () =>
    new ValidationError('An integration of this kind with this id already exists in the organization.', {
      code: 'unique',
    }),
  users_email_lower_key: () => new ValidationError('A user with this email already exists.', { attr: 'email', code: 'unique' }),
  // Two organizations racing for one domain: the loser gets PostHog's answer to a taken domain.
  organization_domains_domain_key: () => refuse.domainTaken(),
};

/** PostgreSQL cannot be reached at start-up: the message names where it was looked for. */
export class DatabaseUnreachableError extends Error {
  constructor(target: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message || (cause as { code?: string }).code || cause.name : String(cause);
    super(`cannot reach PostgreSQL at ${target} (DATABASE_URL): ${reason.replace(/\s+/g, ' ')}`);
  }
}

/** host:port/database of a connection string, without its credentials. */
export function describeTarget(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const host = url.hostname || url.searchParams.get('host') || 'localhost';
    return `${host}:${url.port || '5432'}${url.pathname.length > 1 ? url.pathname : ''}`;
  } catch {
    return 'the configured address';
  }
}

// What the driver and the socket say when the server went away or cannot be reached.
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const CONNECTION_MESSAGES =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect|Connection ended unexpectedly/;

export function isConnectionFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { code, syscall, message, cause } = current as { code?: unknown; syscall?: unknown; message?: unknown; cause?: unknown };
    if (syscall === 'connect' || (typeof code === 'string' && CONNECTION_CODES.has(code))) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}

function isDiskFull(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '53100' || code === 'ENOSPC' || (typeof message === 'string' && /No space left on device|ENOSPC/i.test(message));
}

/** Maps a PostgreSQL error to a domain error, or returns undefined when it is a real fault. */
export function translateDatabaseError(error: unknown): DomainError | undefined {
  if (error instanceof DatabaseUnreachableError) return undefined; // its own message says more
  if (isConnectionFailure(error)) return new DatabaseUnavailable();
  if (isDiskFull(error) || isDiskFull(findPgError(error))) return new InsufficientStorage();
  const pgError = findPgError(error);
  if (!pgError) return undefined;
  const known = pgError.constraint ? CONSTRAINT_ERRORS[pgError.constraint] : undefined;
  if (known) return known();
  switch (pgError.code) {
    case '23505':
      return new ValidationError('A record with these values already exists.', { code: 'unique' });
    case '23503':
      return new ValidationError('A referenced object does not exist.', { code: 'does_not_exist', attr: pgError.column ?? null });
    case '23502':
      return new ValidationError('This field may not be null.', { code: 'null', attr: pgError.column ?? null });
    case '23514':
      return refuse.invalidValue();
    case '22001':
      return new ValidationError('Value too long.', { code: 'max_length' });
    case '22021':
      // A NUL character in any text (PostgreSQL cannot store it), as DRF refuses it too.
      return new ValidationError('Null characters are not allowed.', { code: 'null_characters_not_allowed' });
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return refuse.invalidValue();
    case '40001':
    case '40P01':
      return new Conflict('The request conflicted with a concurrent change. Please retry.');
    case '0A000':
      // A migration changed a table under a prepared statement; the retry is prepared afresh.
      return /cached plan/.test((pgError as { message?: string }).message ?? '') ? new DatabaseUnavailable() : undefined;
    case '53300':
      return new DatabaseUnavailable();
    default:
      // Connection exceptions (08) and operator intervention (57P: shutdown, crash, recovery).
      return /^08|^57P/.test(pgError.code) ? new DatabaseUnavailable() : undefined;
  }
}
