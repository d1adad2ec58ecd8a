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
    key_id: Type.Union([Type.String(), Type.Null()], { description: "The id of the personal API key that made the request (never its value); null outside the API." }),
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
