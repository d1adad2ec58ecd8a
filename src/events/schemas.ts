import Type, { type Static } from 'typebox';

/**
 * Every event type orgbase emits: `<resource>.<verb>`, the same words as the audit log's
 * actions. A change whose audit action is not listed here (a user's own profile, a personal
 * API key) concerns no organization and yields no event.
 */
export const EVENT_TYPES = [
  'organization.created',
  'organization.updated',
  'organization.deleted',
  'member.added',
  'member.updated',
  'member.removed',
  'role.created',
  'role.updated',
  'role.deleted',
  'role_membership.created',
  'role_membership.deleted',
  'project.created',
  'project.updated',
  'project.deleted',
  'integration.created',
  'integration.updated',
  'integration.deleted',
  'invite.created',
  'invite.deleted',
  'invite.accepted',
  'domain.created',
  'domain.updated',
  'domain.verified',
  'domain.deleted',
  'endpoint.disabled',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EventActor = Type.Object(
  {
    user_uuid: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'The user who acted; null for the operator and identity providers.' }),
    key_id: Type.Union([Type.String(), Type.Null()], {
      description: 'The id of the personal API key that made the request (never its value); null outside the API.',
    }),
    via: Type.Union([Type.Literal('api'), Type.Literal('cli'), Type.Literal('scim')]),
  },
  { description: 'Who made the change.' },
);
export type EventActor = Static<typeof EventActor>;

export const Event = Type.Object(
  {
    id: Type.String({ format: 'uuid', description: "The event's id; webhook deliveries carry it as `webhook-id`." }),
    type: Type.Enum([...EVENT_TYPES]),
    organization_id: Type.String({ format: 'uuid' }),
    sequence: Type.Integer({ minimum: 1, description: 'Strictly increasing per organization, without gaps among committed events.' }),
    timestamp: Type.String({ format: 'date-time', description: 'When the change committed (its transaction time).' }),
    actor: EventActor,
    data: Type.Unknown({
      description: 'The resource as the API answers it after the change; `{before, after}` for an update; the last state for a deletion.',
    }),
  },
  { description: 'One committed change of an organization.' },
);
export type Event = Static<typeof Event>;

export const EventListQuery = Type.Object({
  after: Type.Optional(
    Type.String({
      maxLength: 64,
      description: "Where to resume: the `cursor` of the page last read (opaque). Left out, the feed starts at the organization's oldest kept event.",
    }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Events per page, 1 to 1000 (default 100).' })),
  types: Type.Optional(Type.String({ description: 'Only these event types (comma-separated), e.g. `member.added,member.removed`.' })),
});
export type EventListQuery = Static<typeof EventListQuery>;

export const EventPage = Type.Object(
  {
    next: Type.String({
      format: 'uri',
      description:
        'The URL of the next page: this request with `after` set to `cursor`. Never null: the feed has no end, and an empty page means nothing newer yet.',
      example: 'https://orgbase.example.com/api/organizations/0190.../events/?after=djE6NDI&limit=100',
    }),
    cursor: Type.String({ description: 'Resumes exactly after the last event of this page (or where this page began, when it is empty).', example: 'djE6NDI' }),
    results: Type.Array(Event),
  },
  { description: "A page of the organization's events, oldest first." },
);
export type EventPage = Static<typeof EventPage>;
