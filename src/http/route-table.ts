import { isDocsPage } from './docs-pages.ts';
import type { FastifyInstance, FastifySchema } from 'fastify';
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
  interface FastifyInstance {
    /** Every `/api/` route as registered: what the OpenAPI and authorization tests walk. */
    routeTable: RouteEntry[];
  }
}

export function installRouteTable(app: FastifyInstance): void {
  installStage(app, 'route-table');
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
