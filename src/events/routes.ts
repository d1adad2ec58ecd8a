import Type from 'typebox';
import { Level } from '../access/levels.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { errorResponses, OrganizationIdParam } from '../http/schemas.ts';
import { EventListQuery, EventPage } from './schemas.ts';
import { createEventService } from './service.ts';

export function registerEventRoutes(app: App, deps: Deps): void {
  const events = createEventService(deps);

  app.get('/api/organizations/:organization_id/events/', {
    config: { scope: 'activity_log:read', organization: { minimum: Level.Admin } },
    schema: {
      tags: ['events'],
      operationId: 'organizations_events_list',
      summary: "The organization's events, oldest first, resumable",
      description:
        'Every committed change of the organization as one event with a per-organization `sequence` (strictly increasing, no gaps). Read to the end, keep `cursor`, and resume with `?after=<cursor>`: no event is missed or repeated. Events older than the retention (ORGBASE_EVENT_RETENTION_DAYS, 90 days by default) are gone. Admins and owners only. An orgbase addition.',
      params: Type.Object({ organization_id: OrganizationIdParam }),
      querystring: EventListQuery,
      response: { 200: EventPage, ...errorResponses(400, 403, 404) },
    },
    handler: async (request) => {
      const { cursor, results } = await events.page(request.access, request.query);
      const url = new URL(request.url, deps.config.siteUrl ?? `${request.protocol}://${request.host}`);
      url.searchParams.set('after', cursor);
      url.searchParams.sort();
      return { next: url.toString(), cursor, results };
    },
  });
}
