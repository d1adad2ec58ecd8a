import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { resolveOrganizationAccess, type AccessCaches, type ResolveOptions } from './organization-access.ts';
import { refusalOf, type OrganizationRule } from '../access/organization-rule.ts';
import type { Db } from '../db/types.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { eventualHook } from '../http/eventual-hook.ts';
import { routeConfigOf } from '../http/route-table.ts';
import { installStage } from '../http/stages.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; required on every route of the organization scope. */
    organization?: OrganizationRule;
    /** Set by the organization scope from the route's path and scope: how to read the organization it names. */
    organizationNaming?: Naming;
  }
  interface FastifyRequest {
    /**
     * The caller's access to the organization in the path, resolved once by the organization
     * scope before the route's own hooks run. Set on every route of that scope (the scope
     * refuses at boot a route without a rule), and only there.
     */
    access: OrganizationAccess;
  }
}

/** How a route's path names its organization, and PostHog's answers when it names none the caller may see. */
interface Naming {
  param: string;
  options: ResolveOptions;
}

// PostHog's organization viewset hides an organization a key is not scoped to (404 "Not
// found."); its nested viewsets name it (403) and answer "Organization not found.".
const DETAIL: Naming = {
  param: 'id',
  options: { notFoundDetail: 'Not found.', noCurrentDetail: 'Current organization not found.', outOfScope: 'not_found' },
};
const NESTED: Naming = { param: 'organization_id', options: {} };

function namingOf(url: string): Naming | undefined {
  if (url === '/api/organizations/:id/') return DETAIL;
  if (url.startsWith('/api/organizations/:organization_id/')) return NESTED;
  return undefined;
}

/** Whether a path is about one organization, so its route must be registered in the scope. */
export function isOrganizationPath(url: string): boolean {
  return namingOf(url) !== undefined;
}

/**
 * Registers the routes about one organization (`/api/organizations/:id/` and everything under
 * `/api/organizations/:organization_id/`) inside one encapsulated plugin. Its hook resolves the
 * caller's membership once (the level from the process's level cache when warm, which every
 * write that changes levels invalidates: level-cache.ts; `@current` from me-cache.ts), puts it on `request.access` and
 * checks the route's `config.organization` rule. It runs before the route's own hooks and before the body
 * is validated, as PostHog's permission classes run before its serializers: a member sending a
 * bad body is told 403, a non-member 404, never a 400.
 *
 * At boot it refuses a route of the scope without a rule or outside these paths, and (when the
 * app is ready) an organization path registered anywhere but here.
 */
export async function registerOrganizationScope(app: App, db: Db, registerRoutes: (scope: App) => void, caches: AccessCaches = {}): Promise<void> {
  installStage(app, 'organization-access', ['authentication', 'route-table']);
  const inScope = new Set<string>();
  app.addHook('onReady', async () => {
    for (const route of app.routeTable) {
      if (isOrganizationPath(route.url) && !inScope.has(`${route.method} ${route.url}`)) {
        throw new Error(`route ${route.method} ${route.url} is about an organization but is not registered in the organization scope`);
      }
    }
  });

  await app.register(async (scope: FastifyInstance) => {
    scope.decorateRequest('access', null as unknown as OrganizationAccess);
    scope.addHook('onRoute', (route) => {
      const named = namingOf(route.url);
      if (!named)
        throw new Error(`route ${[route.method].flat().join()} ${route.url} is not about one organization and does not belong in the organization scope`);
      if (!route.config?.organization) throw new Error(`route ${[route.method].flat().join()} ${route.url} declares no config.organization rule`);
      // Settled once per route rather than per request: the options only depend on the route.
      const projectBased = String(route.config.scope).startsWith('project:');
      route.config.organizationNaming = { param: named.param, options: { ...named.options, projectBased } };
      for (const method of [route.method].flat()) inScope.add(`${method} ${route.url}`);
    });
    const admit = (request: FastifyRequest, access: OrganizationAccess) => {
      const refusal = refusalOf(access.level, routeConfigOf(request).organization!);
      if (refusal) throw refusal;
      request.access = access;
    };
    // Callback style: warm, the access is resolved from memory synchronously (domain/eventually.ts).
    scope.addHook('preValidation', (request, _reply, done) => {
      const { param, options } = routeConfigOf(request).organizationNaming!;
      const value = (request.params as Record<string, string>)[param] ?? '';
      eventualHook(
        () => resolveOrganizationAccess(db, callerOf(request), value, options, caches),
        (access) => admit(request, access),
        done,
      );
    });
    registerRoutes(scope as App);
  });
}
