import type { FastifyRequest } from 'fastify';
import { Level } from '../access/levels.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { preconditionOf } from '../http/etag.ts';
import { pageOf, paginate, Paginated, PaginationQuery } from '../http/pagination.ts';
import { uuidFromPath } from '../http/path-ids.ts';
import { errorResponses } from '../http/schemas.ts';
import { EnvironmentMappingUpdate, Integration, IntegrationListParams, IntegrationParams } from './schemas.ts';
import { createIntegrationService } from './service.ts';

const tags = ['organization_integrations'];

const READ_ONLY = 'Integrations are read-only here: installation flows create them (`orgbase integrations add`), so POST, PUT, PATCH and DELETE answer 405.';

export function registerIntegrationRoutes(app: App, deps: Deps): void {
  const integrations = createIntegrationService(deps);
  // PostHog answers an unknown integration (404) and one that is not connectable (400) before
  // it reads the body, so both are checked ahead of body validation too.
  const mappable = async (request: FastifyRequest) => {
    await integrations.assertMappable(request.access, uuidFromPath((request.params as { id: string }).id));
  };

  app.get('/api/organizations/:organization_id/integrations/', {
    config: { scope: 'organization_integration:read', organization: { minimum: Level.Member } },
    schema: {
      tags,
      operationId: 'organizations_integrations_list',
      summary: "List the organization's integrations, oldest first",
      description: `Any member of the organization. ${READ_ONLY} \`sensitive_config\` is never returned.`,
      params: IntegrationListParams,
      querystring: PaginationQuery,
      response: { 200: Paginated(Integration), ...errorResponses(403, 404) },
    },
    handler: async (request) => {
      const page = pageOf(request.query);
      const { integrations: results, count } = await integrations.list(request.access, page);
      return paginate(request, page, count, results, deps.config.siteUrl);
    },
  });

  app.get('/api/organizations/:organization_id/integrations/:id/', {
    config: { scope: 'organization_integration:read', organization: { minimum: Level.Member }, representation: Integration },
    schema: {
      tags,
      operationId: 'organizations_integrations_retrieve',
      summary: 'Retrieve an integration',
      description: `Any member of the organization. ${READ_ONLY}`,
      params: IntegrationParams,
      response: { 200: Integration, ...errorResponses(403, 404) },
    },
    handler: (request) => integrations.get(request.access, uuidFromPath(request.params.id)),
  });

  app.patch('/api/organizations/:organization_id/integrations/:id/environment-mapping/', {
    config: { scope: 'organization_integration:write', organization: { minimum: Level.Admin }, representation: Integration },
    preValidation: mappable,
    schema: {
      tags,
      operationId: 'organizations_integrations_environment_mapping_partial_update',
      summary: "Map the integration's environments to projects of the organization",
      description: [
        'Admins and owners only, for integrations whose `config.type` is `"connectable"`. `preview` and `development`',
        'default to `production`; every id must be a project of this organization. The mapping is stored in',
        '`config.environment_mapping` (the rest of `config` is kept) and the updated integration is returned.',
        '',
        'Differences from PostHog, on purpose: PostHog refuses every scoped personal API key on this action',
        '("This action does not support Personal API Key access"); orgbase has only keys, so it takes',
        '`organization_integration:write`. PostHog answers some errors here as a bare `{"detail"}`; orgbase answers',
        'all of them in the usual `{type, code, detail, attr}` body, `attr` naming the offending environment.',
        'As in PostHog, unknown body fields are ignored and `updated_at` is left as it was.',
      ].join('\n'),
      params: IntegrationParams,
      body: EnvironmentMappingUpdate,
      response: { 200: Integration, ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) =>
      integrations.mapEnvironments(callerOf(request), request.access, uuidFromPath(request.params.id), request.body, preconditionOf(request, reply)),
  });
}
