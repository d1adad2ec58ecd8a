import { isDocsPage } from './docs-pages.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PROJECT_SCOPED_KEY_REFUSAL, type Caller } from '../access/caller.ts';
import { isProjectScoped } from '../access/reach.ts';
import { grants, type Scope } from '../access/scopes.ts';
import { PermissionDenied } from '../domain/errors.ts';
import { NotAuthenticated } from './errors.ts';
import { missingScopeMessage } from './scope-messages.ts';
import { eventualHook } from './eventual-hook.ts';
import { routeConfigOf } from './route-table.ts';
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

/**
 * Who is calling, from the request's credential; throws (or rejects with) NotAuthenticated or
 * AuthenticationFailed. A caller known in memory comes back as is, not wrapped in a promise.
 */
export type Authenticate = (request: FastifyRequest) => Caller | Promise<Caller>;

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
  const admit = (request: FastifyRequest, caller: Caller) => {
    request.caller = caller;
    const scope = routeConfigOf(request).scope!;
    if (scope !== 'optional-key' && scope !== 'authenticated' && scope !== 'public')
      authorizeScope(caller, scope, routeConfigOf(request).organization !== undefined);
  };
  const refuse = (request: FastifyRequest, error: unknown, done: (error?: Error) => void) => {
    if (routeConfigOf(request).scope === 'optional-key' && error instanceof NotAuthenticated) return done();
    done(error as Error);
  };
  // Callback style: a warm key authenticates synchronously, and an async hook would cost every
  // request a promise and a microtask for it.
  app.addHook('preValidation', (request, _reply, done) => {
    const scope = routeConfigOf(request).scope;
    if (scope === undefined || scope === 'public') return done();
    eventualHook(
      () => authenticate(request),
      (caller) => admit(request, caller),
      done,
      (error) => refuse(request, error, done),
    );
  });
}
