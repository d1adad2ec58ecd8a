import { isDocsPage } from './docs-pages.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PROJECT_SCOPED_KEY_REFUSAL, type Caller } from '../access/caller.ts';
import { isProjectScoped } from '../access/reach.ts';
import { grants, type Scope } from '../access/scopes.ts';
import { PermissionDenied } from '../domain/errors.ts';
import { NotAuthenticated } from './errors.ts';
import { missingScopeMessage } from './scope-messages.ts';
import { installStage } from './stages.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The personal API key scope a route requires; `authenticated` for any valid key (a key
     * describing itself), `public` for the few routes that need no key (the OpenAPI document),
     * `optional-key` for routes anyone may call and a key's holder calls as themself (accepting
     * an invite): a key sent must be valid, and the route checks its scopes.
     * Every `/api/` route must declare one.
     */
    scope?: Scope | 'authenticated' | 'public' | 'optional-key';
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

/**
 * Checks the key's scopes against what the route requires, with PostHog's messages. On the
 * routes about one organization, where a key narrowed to projects may go is decided with the
 * organization (organization-access.ts): this covers the organization list and create.
 */
export function authorizeScope(caller: Caller, required: Scope, aboutOneOrganization = false): void {
  // PostHog treats a key with no scopes at all as a legacy full-access key.
  if (caller.key.scopes.length === 0) return;
  if (!aboutOneOrganization && required.startsWith('organization') && isProjectScoped(caller.key)) {
    throw new PermissionDenied(PROJECT_SCOPED_KEY_REFUSAL);
  }
  if (!grants(caller.key.scopes, required)) throw new PermissionDenied(missingScopeMessage(required));
}

/** Who is calling, from the request's credential; throws NotAuthenticated or AuthenticationFailed. */
export type Authenticate = (request: FastifyRequest) => Promise<Caller>;

/**
 * Authenticates and scope-checks every route before its input is validated, as PostHog's
 * permission classes run before its serializers.
 */
export function installAuth(app: FastifyInstance, authenticate: Authenticate): void {
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
    if (scope === 'optional-key') {
      try {
        request.caller = await authenticate(request);
      } catch (error) {
        if (!(error instanceof NotAuthenticated)) throw error;
      }
      return;
    }
    request.caller = await authenticate(request);
    if (scope !== 'authenticated') authorizeScope(request.caller, scope, request.routeOptions.config.organization !== undefined);
  });
}
