import Type from 'typebox';
import { Level } from '../access/levels.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { pageOf, paginate, Paginated } from '../http/pagination.ts';
import { errorResponses, OrganizationIdParam } from '../http/schemas.ts';
import { AuditLogEntry, AuditLogQuery } from './schemas.ts';
import { createAuditService } from './service.ts';

export function registerAuditRoutes(app: App, deps: Deps): void {
  const audit = createAuditService(deps);

  app.get('/api/organizations/:organization_id/audit_log/', {
    config: { scope: 'activity_log:read', organization: { minimum: Level.Admin } },
    schema: {
      tags: ['audit_log'],
      operationId: 'organizations_audit_log_list',
      summary: "The organization's audit trail, newest first",
      description:
        'Every change to the organization, its members, roles, role memberships and integrations, with who made it (user and personal API key), the target before and after, the request id and the time. Admins and owners only. An orgbase addition.',
      params: Type.Object({ organization_id: OrganizationIdParam }),
      querystring: AuditLogQuery,
      response: { 200: Paginated(AuditLogEntry), ...errorResponses(400, 403, 404) },
    },
    handler: async (request) => {
      const page = pageOf(request.query);
      const { rows, count } = await audit.list(request.access, request.query, page);
      return paginate(request, page, count, rows, deps.config.siteUrl);
    },
  });
}
