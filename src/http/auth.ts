import { isDocsPage } from './docs-pages.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Caller } from '../access/caller.ts';
import { grants, type Scope } from '../access/scopes.ts';
import type { Db } from '../db/types.ts';
import type { KeyCache } from '../personal-api-keys/key-cache.ts';
import { hashKeyValue, secureValuesMatch } from '../personal-api-keys/key-format.ts';
import { findActiveKeyBySecureValue, touchLastUsed, type KeyLookup } from '../personal-api-keys/repository.ts';
import { PermissionDenied } from '../domain/errors.ts';
import { AuthenticationFailed, NotAuthenticated } from './errors.ts';
import { installStage } from './stages.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The personal API key scope a route requires; `authenticated` for any valid key (a key
     * describing itself), `public` for the few routes that need no key (the OpenAPI document).
     * Every `/api/` route must declare one.
     */
    scope?: Scope | 'authenticated' | 'public';
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

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

export function createAuthenticator({ db, keyCache }: { db: Db; keyCache: KeyCache }) {
  async function lookup(secureValue: string): Promise<KeyLookup | undefined> {
    const cached = keyCache.get(secureValue);
    if (cached) return cached;
    const generation = keyCache.generation;
    const found = await findActiveKeyBySecureValue(db, secureValue);
    if (found) keyCache.set(found, generation);
    return found;
  }

  return async function authenticate(request: FastifyRequest): Promise<Caller> {
    const credential = findCredential(request);
    if (!credential) throw new NotAuthenticated();
    const secureValue = hashKeyValue(credential.token);
    const key = await lookup(secureValue);
    if (!key || !secureValuesMatch(key.secure_value, secureValue)) {
      throw new AuthenticationFailed(`Personal API key found in request ${credential.source} is invalid.`);
    }
    if (key.last_used_at === null || Date.parse(key.last_used_at) < Date.now() - ONE_HOUR_MS) {
      key.last_used_at = (await touchLastUsed(db, key.id)) ?? new Date().toISOString();
    }
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
  };
}

/** Checks the key's scopes against what the route requires, with PostHog's messages. */
export function authorizeScope(caller: Caller, required: Scope): void {
  // PostHog treats a key with no scopes at all as a legacy full-access key.
  if (caller.key.scopes.length === 0) return;
  if (required.startsWith('organization') && caller.key.scopedTeams.length > 0) {
    throw new PermissionDenied('API keys with scoped projects are only supported on project-based endpoints.');
  }
  if (!grants(caller.key.scopes, required)) throw new PermissionDenied(`API key missing required scope '${required}'`);
}

/**
 * Authenticates and scope-checks every route before its input is validated, as PostHog's
 * permission classes run before its serializers.
 */
export function installAuth(app: FastifyInstance, authenticate: (request: FastifyRequest) => Promise<Caller>): void {
  installStage(app, 'authentication');
  app.decorateRequest('caller', null);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && route.config?.scope === undefined && !isDocsPage(route.url)) {
      throw new Error(`route ${route.method} ${route.url} declares no scope`);
    }
  });
  app.addHook('preValidation', async (request) => {
    const scope = request.routeOptions.config.scope;
    if (scope === undefined || scope === 'public') return;
    request.caller = await authenticate(request);
    if (scope !== 'authenticated') authorizeScope(request.caller, scope);
  });
}
