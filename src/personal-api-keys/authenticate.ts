// PostHog's personal API key authentication: where it finds a key in a request, and how it
// turns a key into the caller. http/auth.ts installs it as the authentication stage.
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../access/caller.ts';
import type { Db } from '../db/types.ts';
import type { Authenticate } from '../http/auth.ts';
import { AuthenticationFailed, NotAuthenticated, Throttled } from '../http/errors.ts';
import { FailedAuthentications } from './failed-authentications.ts';
import type { KeyCache } from './key-cache.ts';
import { hashKeyValue } from './key-format.ts';
import { findActiveKeyBySecureValue, touchLastUsed, type KeyLookup } from './repository.ts';

const BEARER = /^Bearer\s+(\S.+)$/;
const ONE_HOUR_MS = 3600_000;

interface Credential {
  token: string;
  source: 'Authorization header' | 'body' | 'query string';
}

/** Where PostHog looks for a personal API key, first match wins. */
function findCredential(request: FastifyRequest): Credential | undefined {
  const header = request.headers.authorization;
  const bearer = header ? BEARER.exec(header) : null;
  // `pha_` tokens are OAuth access tokens, which a personal API key authenticator leaves alone.
  if (bearer?.[1] && !bearer[1].trim().startsWith('pha_')) return { token: bearer[1].trim(), source: 'Authorization header' };
  const body = request.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && typeof body.personal_api_key === 'string') {
    return { token: body.personal_api_key, source: 'body' };
  }
  const query = request.query as Record<string, unknown> | undefined;
  if (typeof query?.personal_api_key === 'string') return { token: query.personal_api_key, source: 'query string' };
  return undefined;
}

export function createAuthenticator({ db, keyCache, failures }: { db: Db; keyCache: KeyCache; failures: FailedAuthentications }): Authenticate {
  async function lookup(secureValue: string, address: string): Promise<KeyLookup | undefined> {
    if (failures.isKnownUnknown(secureValue)) return undefined;
    const wait = failures.waitFor(address);
    if (wait > 0) throw new Throttled(wait);
    const generation = keyCache.generation;
    const found = await findActiveKeyBySecureValue(db, secureValue);
    if (found) keyCache.set(found, generation);
    else failures.failed(address, secureValue);
    return found;
  }

  async function fromDatabase(request: FastifyRequest, credential: Credential, secureValue: string, cached: KeyLookup | undefined): Promise<Caller> {
    const key = cached ?? (await lookup(secureValue, request.ip));
    // Found by its digest (a map key, or equality in SQL), so no second comparison is needed.
    if (!key) {
      throw new AuthenticationFailed(`Personal API key found in request ${credential.source} is invalid.`);
    }
    if (!usedWithinTheHour(key)) key.last_used_at = (await touchLastUsed(db, key.id)) ?? new Date().toISOString();
    return callerFrom(request, key);
  }

  // A key in the cache, used within the hour, is the caller at once: no promise, no microtask,
  // which is most of what a warm read costs beside its bytes.
  return function authenticate(request: FastifyRequest): Caller | Promise<Caller> {
    const credential = findCredential(request);
    if (!credential) throw new NotAuthenticated();
    const secureValue = hashKeyValue(credential.token);
    const cached = keyCache.get(secureValue);
    if (cached && usedWithinTheHour(cached)) return callerFrom(request, cached);
    return fromDatabase(request, credential, secureValue, cached);
  };
}

// PostHog records a key's use at most once an hour. The parsed time is kept beside the row, so
// a warm request compares two numbers instead of parsing a date.
const lastUsedMs = new WeakMap<KeyLookup, { text: string; ms: number }>();

function usedWithinTheHour(key: KeyLookup): boolean {
  if (key.last_used_at === null) return false;
  let parsed = lastUsedMs.get(key);
  if (parsed?.text !== key.last_used_at) lastUsedMs.set(key, (parsed = { text: key.last_used_at, ms: Date.parse(key.last_used_at) }));
  return parsed.ms >= Date.now() - ONE_HOUR_MS;
}

function callerFrom(request: FastifyRequest, key: KeyLookup): Caller {
  return {
    requestId: request.id,
    user: { id: key.user_id, uuid: key.user_uuid },
    key: {
      id: key.id,
      secureValue: key.secure_value,
      scopes: key.scopes,
      scopedOrganizations: key.scoped_organizations,
      scopedTeams: key.scoped_teams,
    },
  };
}
