import Type from 'typebox';
import { Level } from '../access/levels.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { pageOf, paginate, Paginated } from '../http/pagination.ts';
import { uuidFromPath } from '../http/path-ids.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import {
  WebhookDelivery,
  WebhookDeliveryParams,
  WebhookEndpoint,
  WebhookEndpointCreate,
  WebhookEndpointUpdate,
  WebhookListParams,
  WebhookListQuery,
  WebhookParams,
} from './schemas.ts';
import { createWebhookService } from './service.ts';

const tags = ['webhooks'];
/** Endpoints carry the organization's every change to another system: admins and owners only. */
const admin = { minimum: Level.Admin } as const;
const read = { scope: 'webhook:read', organization: admin } as const;
const write = { scope: 'webhook:write', organization: admin } as const;

const NO_KEY_NOTE = ' Answers 503 `webhooks_unavailable` when the server has no secret key (ORGBASE_SECRET_KEY) to protect signing secrets with.';

export function registerWebhookRoutes(app: App, deps: Deps): void {
  const webhooks = createWebhookService({
    db: deps.db,
    writes: deps.writes,
    secrets: deps.webhookSecrets,
    config: deps.config,
  });

  app.get('/api/organizations/:organization_id/webhooks/', {
    config: read,
    schema: {
      tags,
      operationId: 'webhooks_list',
      summary: "List the organization's webhook endpoints, oldest first",
      params: WebhookListParams,
      querystring: WebhookListQuery,
      response: { 200: Paginated(WebhookEndpoint), ...errorResponses(403, 404) },
    },
    handler: async (request) => {
      const page = pageOf(request.query);
      const { endpoints, count } = await webhooks.list(request.access, page);
      return paginate(request, page, count, endpoints, deps.config.siteUrl);
    },
  });

  app.post('/api/organizations/:organization_id/webhooks/', {
    config: write,
    schema: {
      tags,
      operationId: 'webhooks_create',
      summary: 'Create a webhook endpoint',
      description:
        'Admins and owners only. The answer carries the signing `secret`, shown this once. The endpoint receives the events committed after it is created, in order, signed per Standard Webhooks.' +
        NO_KEY_NOTE,
      params: WebhookListParams,
      body: WebhookEndpointCreate,
      response: { 201: WebhookEndpoint, ...errorResponses(400, 403, 404, 503) },
    },
    handler: async (request, reply) => reply.code(201).send(await webhooks.create(callerOf(request), request.access, request.body)),
  });

  app.get('/api/organizations/:organization_id/webhooks/:id/', {
    config: read,
    schema: {
      tags,
      operationId: 'webhooks_retrieve',
      summary: 'Retrieve a webhook endpoint (without its secret)',
      params: WebhookParams,
      response: { 200: WebhookEndpoint, ...errorResponses(403, 404) },
    },
    handler: (request) => webhooks.get(request.access, uuidFromPath(request.params.id)),
  });

  app.patch('/api/organizations/:organization_id/webhooks/:id/', {
    config: write,
    schema: {
      tags,
      operationId: 'webhooks_partial_update',
      summary: 'Change a webhook endpoint',
      description: 'Admins and owners only. Enabling a disabled endpoint resumes its deliveries from the first event it has not delivered.',
      params: WebhookParams,
      body: WebhookEndpointUpdate,
      response: { 200: WebhookEndpoint, ...errorResponses(400, 403, 404) },
    },
    handler: (request) => webhooks.update(callerOf(request), request.access, uuidFromPath(request.params.id), request.body),
  });

  app.delete('/api/organizations/:organization_id/webhooks/:id/', {
    config: write,
    schema: {
      tags,
      operationId: 'webhooks_destroy',
      summary: 'Delete a webhook endpoint and its delivery log',
      params: WebhookParams,
      response: { 204: NoContent, ...errorResponses(403, 404) },
    },
    handler: async (request, reply) => {
      await webhooks.remove(callerOf(request), request.access, uuidFromPath(request.params.id));
      return reply.code(204).send(null);
    },
  });

  app.post('/api/organizations/:organization_id/webhooks/:id/rotate_secret/', {
    config: write,
    schema: {
      tags,
      operationId: 'webhooks_rotate_secret',
      summary: "Replace a webhook endpoint's signing secret",
      description:
        'Admins and owners only. The new `secret` is in the answer, this once. For 24 hours deliveries carry two signatures, by the new secret and the old one, so receivers can switch without losing any.' +
        NO_KEY_NOTE,
      params: WebhookParams,
      body: Type.Optional(Type.Object({})),
      response: { 200: WebhookEndpoint, ...errorResponses(403, 404, 503) },
    },
    handler: (request) => webhooks.rotateSecret(callerOf(request), request.access, uuidFromPath(request.params.id)),
  });

  app.get('/api/organizations/:organization_id/webhooks/:id/deliveries/', {
    config: read,
    schema: {
      tags,
      operationId: 'webhooks_deliveries_list',
      summary: "List a webhook endpoint's delivery attempts, newest first",
      description: "Every attempt's status, duration and error; the receiver's answer is kept for 7 days.",
      params: WebhookParams,
      querystring: WebhookListQuery,
      response: { 200: Paginated(WebhookDelivery), ...errorResponses(403, 404) },
    },
    handler: async (request) => {
      const page = pageOf(request.query);
      const { deliveries, count } = await webhooks.deliveries(request.access, uuidFromPath(request.params.id), page);
      return paginate(request, page, count, deliveries, deps.config.siteUrl);
    },
  });

  app.post('/api/organizations/:organization_id/webhooks/:id/deliveries/:delivery_id/retry/', {
    config: write,
    schema: {
      tags,
      operationId: 'webhooks_deliveries_retry',
      summary: "Send a delivery's event again, now",
      description:
        "Admins and owners only. One attempt, made during the request (up to 15 s), outside the endpoint's schedule; the answer is that attempt. The endpoint's own order and retries go on as before.",
      params: WebhookDeliveryParams,
      body: Type.Optional(Type.Object({})),
      response: { 200: WebhookDelivery, ...errorResponses(403, 404, 503) },
    },
    handler: (request) => webhooks.retry(request.access, uuidFromPath(request.params.id), uuidFromPath(request.params.delivery_id)),
  });
}
