import { isDocsPage } from './docs-pages.ts';
import type { FastifyContextConfig, FastifyInstance, FastifyRequest, FastifySchema } from 'fastify';
import type { OrganizationRule } from '../access/organization-rule.ts';
import { installStage } from './stages.ts';

export interface RouteEntry {
  method: string;
  url: string;
  scope: string | undefined;
  /** Who may call it, on routes about one organization (src/tenancy/organization-scope.ts). */
  organization: OrganizationRule | undefined;
  schema: FastifySchema | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The route's config once read (routeConfigOf); null before. */
    routeConfig: FastifyContextConfig | null;
  }
  interface FastifyInstance {
    /** Every `/api/` route as registered: what the OpenAPI and authorization tests walk. */
    routeTable: RouteEntry[];
  }
}

/**
 * The config of the request's route. Fastify's `request.routeOptions` builds a new object of a
 * dozen fields on every read, and a request reads its route's config in several stages: read
 * it once.
 */
export function routeConfigOf(request: FastifyRequest): FastifyContextConfig {
  if (request.routeConfig === null) request.routeConfig = request.routeOptions.config;
  return request.routeConfig;
}

export function installRouteTable(app: FastifyInstance): void {
  installStage(app, 'route-table');
  app.decorateRequest('routeConfig', null);
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || isDocsPage(route.url) || route.url === '/api/schema/') return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      table.push({
        method,
        url: route.url,
        scope: route.config?.scope,
        organization: route.config?.organization,
        schema: route.schema,
      });
    }
  });
}
