import { sql, type ColumnType, type Generated, type Selectable } from 'kysely';
import { uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { Page } from '../domain/page.ts';
import type { Event } from '../events/schemas.ts';

// The webhook tables, merged into the database's type (src/db/types.ts) from here, their owner.
type Timestamp = ColumnType<string, string | undefined, string>;

export interface WebhookEndpointsTable {
  id: string;
  organization_id: string;
  url: string;
  description: ColumnType<string, string | undefined, string>;
  event_types: ColumnType<string[], string[] | undefined, string[]>;
  enabled: ColumnType<boolean, boolean | undefined, boolean>;
  disabled_reason: string | null;
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
  previous_secret_expires_at: string | null;
  last_sequence: ColumnType<number, number | undefined, number>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  claimed_until: string | null;
  claim_token: string | null;
  failing_since: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  event_sequence: number;
  attempt: number;
  outcome: 'delivered' | 'retrying' | 'given_up' | 'disabled';
  manual: ColumnType<boolean, boolean | undefined, boolean>;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
  response_body: string | null;
  event_created_at: string;
  created_at: Timestamp;
}

declare module '../db/types.ts' {
  interface Database {
    webhook_endpoints: WebhookEndpointsTable;
    webhook_deliveries: WebhookDeliveriesTable;
  }
}

export type EndpointRow = Selectable<WebhookEndpointsTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;

/** What the API shows of an endpoint: never its secrets, nor the delivery state. */
export const PUBLIC_ENDPOINT_COLUMNS = ['id', 'url', 'description', 'event_types', 'enabled', 'created_at', 'updated_at'] as const;

/** The organization's last event sequence: a new endpoint starts after it. */
export async function currentSequence(trx: Executor, organizationId: string): Promise<number> {
  const row = await trx.selectFrom('event_sequences').select('last_sequence').where('organization_id', '=', organizationId).executeTakeFirst();
  return row ? Number(row.last_sequence) : 0;
}

export async function insertEndpoint(
  trx: Executor,
  endpoint: {
    id: string;
    organizationId: string;
    url: string;
    description: string;
    eventTypes: string[];
    enabled: boolean;
    secretEncrypted: string;
    lastSequence: number;
  },
): Promise<EndpointRow> {
  return trx
    .insertInto('webhook_endpoints')
    .values({
      id: endpoint.id,
      organization_id: endpoint.organizationId,
      url: endpoint.url,
      description: endpoint.description,
      event_types: endpoint.eventTypes,
      enabled: endpoint.enabled,
      disabled_reason: null,
      secret_encrypted: endpoint.secretEncrypted,
      previous_secret_encrypted: null,
      previous_secret_expires_at: null,
      last_sequence: endpoint.lastSequence,
      claimed_until: null,
      claim_token: null,
      failing_since: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listEndpoints(db: Executor, organizationId: string, page: Page): Promise<EndpointRow[]> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countEndpoints(db: Executor, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('webhook_endpoints')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findEndpoint(db: Executor, organizationId: string, id: string): Promise<EndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).where('organization_id', '=', organizationId).executeTakeFirst();
}

/** Locks the endpoint against other changes of it; deliveries do not wait on this lock (SKIP LOCKED). */
export async function lockEndpoint(trx: Executor, organizationId: string, id: string): Promise<EndpointRow | undefined> {
  return trx.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).where('organization_id', '=', organizationId).forNoKeyUpdate().executeTakeFirst();
}

export type EndpointChanges = Partial<
  Pick<
    EndpointRow,
    | 'url'
    | 'description'
    | 'event_types'
    | 'enabled'
    | 'disabled_reason'
    | 'secret_encrypted'
    | 'previous_secret_encrypted'
    | 'previous_secret_expires_at'
    | 'next_attempt_at'
    | 'failing_since'
  >
>;

export async function updateEndpoint(trx: Executor, id: string, changes: EndpointChanges): Promise<EndpointRow> {
  return trx
    .updateTable('webhook_endpoints')
    .set({ ...changes, updated_at: sql<string>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A secret rotation: the new secret signs from now, the current one beside it until `keepSeconds` from now. */
export async function rotateEndpointSecret(
  trx: Executor,
  id: string,
  secretEncrypted: string,
  previousEncrypted: string,
  keepSeconds: number,
): Promise<EndpointRow> {
  return updateEndpoint(trx, id, {
    secret_encrypted: secretEncrypted,
    previous_secret_encrypted: previousEncrypted,
    previous_secret_expires_at: sql<string>`now() + make_interval(secs => ${keepSeconds})` as unknown as string,
  });
}

export async function deleteEndpoint(trx: Executor, organizationId: string, id: string): Promise<EndpointRow | undefined> {
  return trx.deleteFrom('webhook_endpoints').where('id', '=', id).where('organization_id', '=', organizationId).returningAll().executeTakeFirst();
}

export async function listDeliveries(db: Executor, endpointId: string, page: Page): Promise<DeliveryRow[]> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('endpoint_id', '=', endpointId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countDeliveries(db: Executor, endpointId: string): Promise<number> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('endpoint_id', '=', endpointId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findDelivery(db: Executor, endpointId: string, id: string): Promise<DeliveryRow | undefined> {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).where('endpoint_id', '=', endpointId).executeTakeFirst();
}

export async function findEvent(db: Executor, organizationId: string, eventId: string): Promise<Event | undefined> {
  const row = await db
    .selectFrom('events')
    .select(['id', 'type', 'organization_id', 'sequence', 'created_at', 'actor', 'data'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', eventId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      type: row.type as Event['type'],
      organization_id: row.organization_id,
      sequence: Number(row.sequence),
      timestamp: row.created_at,
      actor: row.actor as Event['actor'],
      data: row.data,
    }
  );
}

/** The columns an attempt takes from its endpoint and event, the same for a scheduled and a manual attempt. */
type DeliveryOf = 'id' | 'endpoint_id' | 'event_id' | 'event_type' | 'event_sequence' | 'event_created_at' | 'created_at';

/** Records one attempt to deliver `event` to the endpoint. */
export async function insertDelivery(db: Executor, endpointId: string, event: Event, attempt: Omit<DeliveryRow, DeliveryOf>): Promise<DeliveryRow> {
  const delivery = {
    id: uuidv7(),
    endpoint_id: endpointId,
    event_id: event.id,
    event_type: event.type,
    event_sequence: event.sequence,
    event_created_at: event.timestamp,
    ...attempt,
  };
  return db.insertInto('webhook_deliveries').values(delivery).returningAll().executeTakeFirstOrThrow();
}
