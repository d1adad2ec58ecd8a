import Type, { type Static } from 'typebox';
import { EVENT_TYPES } from '../events/schemas.ts';
import { PaginationQuery } from '../http/pagination.ts';
import { OrganizationIdParam } from '../http/schemas.ts';

const EventTypes = Type.Array(Type.Enum([...EVENT_TYPES]), {
  uniqueItems: true,
  description: 'The event types delivered; empty for every type.',
  example: ['member.added', 'member.removed'],
});

const WebhookUrl = Type.String({
  minLength: 1,
  maxLength: 2048,
  description: 'Where deliveries are POSTed: https://, or http:// to a private address when the server allows it (ORGBASE_WEBHOOK_ALLOW_PRIVATE).',
  example: 'https://hooks.example.com/orgbase',
});

const Description = Type.String({ maxLength: 400, description: 'A note for people; not sent.', example: 'CRM sync' });

export const WebhookEndpoint = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    url: WebhookUrl,
    description: Description,
    event_types: EventTypes,
    enabled: Type.Boolean({ description: 'False stops deliveries; set by a 410 answer or five days of failures, or by hand.' }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    secret: Type.Optional(
      Type.String({
        description: 'The signing secret, `whsec_` and base64: shown only when the endpoint is created and when its secret is rotated.',
        example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      }),
    ),
  },
  { description: 'A Standard Webhooks endpoint: every event of the organization (or of the listed types) is POSTed to it, signed, in order.' },
);
export type WebhookEndpoint = Static<typeof WebhookEndpoint>;

export const WebhookEndpointCreate = Type.Object({
  url: WebhookUrl,
  description: Type.Optional(Description),
  event_types: Type.Optional(EventTypes),
  enabled: Type.Optional(Type.Boolean()),
});
export type WebhookEndpointCreate = Static<typeof WebhookEndpointCreate>;

export const WebhookEndpointUpdate = Type.Partial(WebhookEndpointCreate);
export type WebhookEndpointUpdate = Static<typeof WebhookEndpointUpdate>;

export const WebhookDelivery = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    event_id: Type.String({ format: 'uuid', description: 'The event delivered, sent as `webhook-id`.' }),
    event_type: Type.String({ example: 'member.added' }),
    event_sequence: Type.Integer(),
    attempt: Type.Integer({ minimum: 1, description: 'Which attempt at this event this was.' }),
    outcome: Type.Union([Type.Literal('delivered'), Type.Literal('retrying'), Type.Literal('given_up'), Type.Literal('disabled')], {
      description: '`retrying`: failed, another attempt is scheduled; `disabled`: the endpoint was disabled by this answer.',
    }),
    manual: Type.Boolean({ description: 'Sent by POST .../retry/ rather than the schedule.' }),
    status_code: Type.Union([Type.Integer(), Type.Null()], { description: "The receiver's HTTP status; null when none came." }),
    duration_ms: Type.Integer(),
    error: Type.Union([Type.String(), Type.Null()]),
    response_body: Type.Union([Type.String(), Type.Null()], { description: "The receiver's answer (first 64 KB), kept for 7 days." }),
    created_at: Type.String({ format: 'date-time' }),
  },
  { description: 'One delivery attempt.' },
);
export type WebhookDelivery = Static<typeof WebhookDelivery>;

export const WebhookListParams = Type.Object({ organization_id: OrganizationIdParam });
export const WebhookParams = Type.Object({ organization_id: OrganizationIdParam, id: Type.String({ description: 'The webhook endpoint id.' }) });
export const WebhookDeliveryParams = Type.Object({
  organization_id: OrganizationIdParam,
  id: Type.String({ description: 'The webhook endpoint id.' }),
  delivery_id: Type.String({ description: 'The delivery attempt id.' }),
});
export const WebhookListQuery = Type.Object({ ...PaginationQuery.properties });
export type WebhookListQuery = Static<typeof WebhookListQuery>;
