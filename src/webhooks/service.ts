import type { Caller } from '../access/caller.ts';
import type { Config } from '../config.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { auditChange } from '../audit/repository.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import { uuidv7 } from '../db/ids.ts';
import type { Db, Executor } from '../db/types.ts';
import { NotFound } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import { validateWebhookUrl } from './address.ts';
import { deliveryBody } from './delivery.ts';
import {
  countDeliveries,
  countEndpoints,
  currentSequence,
  deleteEndpoint,
  findDelivery,
  findEndpoint,
  findEvent,
  insertDelivery,
  insertEndpoint,
  listDeliveries,
  listEndpoints,
  lockEndpoint,
  rotateEndpointSecret,
  updateEndpoint,
  type DeliveryRow,
  type EndpointChanges,
  type EndpointRow,
} from './repository.ts';
import type { WebhookDelivery, WebhookEndpoint, WebhookEndpointCreate, WebhookEndpointUpdate } from './schemas.ts';
import { newSigningSecret, SecretKeyMissing, type SecretBox } from './secrets.ts';
import { attemptDelivery } from './send.ts';
import { sealContext, signingSecretsOf } from './signing.ts';

/** How long a rotated-out secret keeps signing beside the new one. */
export const ROTATION_OVERLAP_SECONDS = 24 * 3600;

/** The endpoint as the API shows it (and as the audit log records it): no secret, no delivery state. */
export function toWebhookEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    event_types: row.event_types as WebhookEndpoint['event_types'],
    enabled: row.enabled,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function toWebhookDelivery(row: DeliveryRow): WebhookDelivery {
  const { endpoint_id: _endpoint, event_created_at: _committed, ...shown } = row;
  return { ...shown, event_sequence: Number(row.event_sequence) };
}

/** The audited change of an endpoint, as the API shows it (never its secret). */
function endpointChange(verb: string, organizationId: string, before: EndpointRow | undefined, after: EndpointRow | undefined) {
  const id = (after ?? before)!.id;
  return auditChange('webhook', verb, organizationId, id, before && toWebhookEndpoint(before), after && toWebhookEndpoint(after));
}

export interface WebhookServiceDeps {
  db: Db;
  writes: Writes;
  secrets: SecretBox | undefined;
  /** Read on each call: ORGBASE_WEBHOOK_ALLOW_PRIVATE and the receiver's timeout. */
  config: Pick<Config, 'webhookAllowPrivate' | 'webhookTimeoutMs'>;
}

export function createWebhookService({ db, writes, secrets, config }: WebhookServiceDeps) {
  const box = () => {
    if (!secrets) throw new SecretKeyMissing();
    return secrets;
  };

  async function endpointOf(executor: Executor, access: OrganizationAccess, id: string): Promise<EndpointRow> {
    const row = await findEndpoint(executor, access.organizationId, id);
    if (!row) throw new NotFound();
    return row;
  }

  return {
    async list(access: OrganizationAccess, page: Page): Promise<{ endpoints: WebhookEndpoint[]; count: number }> {
      const [rows, count] = await Promise.all([listEndpoints(db, access.organizationId, page), countEndpoints(db, access.organizationId)]);
      return { endpoints: rows.map(toWebhookEndpoint), count };
    },

    async get(access: OrganizationAccess, id: string): Promise<WebhookEndpoint> {
      return toWebhookEndpoint(await endpointOf(db, access, id));
    },

    /** The secret is returned this once; a new endpoint receives the events committed after it. */
    async create(caller: Caller, access: OrganizationAccess, input: WebhookEndpointCreate): Promise<WebhookEndpoint> {
      const url = validateWebhookUrl(input.url, config.webhookAllowPrivate);
      const secret = newSigningSecret();
      const id = uuidv7();
      const sealed = box().seal(secret, sealContext(id));
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const row = await insertEndpoint(trx, {
          id,
          organizationId: access.organizationId,
          url,
          description: input.description ?? '',
          eventTypes: input.event_types ?? [],
          enabled: input.enabled ?? true,
          secretEncrypted: sealed,
          lastSequence: await currentSequence(trx, access.organizationId),
        });
        unit.audited(endpointChange('created', access.organizationId, undefined, row));
        return { ...toWebhookEndpoint(row), secret };
      });
    },

    async update(caller: Caller, access: OrganizationAccess, id: string, input: WebhookEndpointUpdate): Promise<WebhookEndpoint> {
      const url = input.url === undefined ? undefined : validateWebhookUrl(input.url, config.webhookAllowPrivate);
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await lockEndpoint(trx, access.organizationId, id);
        if (!before) throw new NotFound();
        const changes: EndpointChanges = {};
        if (url !== undefined) changes.url = url;
        if (input.description !== undefined) changes.description = input.description;
        if (input.event_types !== undefined) changes.event_types = input.event_types;
        if (input.enabled !== undefined && input.enabled !== before.enabled) {
          changes.enabled = input.enabled;
          // Enabled again: deliveries resume from where they stopped, as if the endpoint were new to failing.
          if (input.enabled) Object.assign(changes, { disabled_reason: null, failing_since: null, next_attempt_at: new Date().toISOString() });
        }
        if (Object.keys(changes).length === 0) return toWebhookEndpoint(before);
        const after = await updateEndpoint(trx, id, changes);
        unit.audited(endpointChange('updated', access.organizationId, before, after));
        return toWebhookEndpoint(after);
      });
    },

    async remove(caller: Caller, access: OrganizationAccess, id: string): Promise<void> {
      await writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await deleteEndpoint(trx, access.organizationId, id);
        if (!before) throw new NotFound();
        unit.audited(endpointChange('deleted', access.organizationId, before, undefined));
      });
    },

    /** A new secret, returned this once; the old one signs beside it for a day. */
    async rotateSecret(caller: Caller, access: OrganizationAccess, id: string): Promise<WebhookEndpoint> {
      const sealer = box();
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await lockEndpoint(trx, access.organizationId, id);
        if (!before) throw new NotFound();
        const secret = newSigningSecret();
        const after = await rotateEndpointSecret(trx, id, sealer.seal(secret, sealContext(id)), before.secret_encrypted, ROTATION_OVERLAP_SECONDS);
        unit.audited(endpointChange('secret_rotated', access.organizationId, before, after));
        return { ...toWebhookEndpoint(after), secret };
      });
    },

    async deliveries(access: OrganizationAccess, id: string, page: Page): Promise<{ deliveries: WebhookDelivery[]; count: number }> {
      const endpoint = await endpointOf(db, access, id);
      const [rows, count] = await Promise.all([listDeliveries(db, endpoint.id, page), countDeliveries(db, endpoint.id)]);
      return { deliveries: rows.map(toWebhookDelivery), count };
    },

    /**
     * Sends the attempt's event again now, outside the schedule and the endpoint's order (the
     * receiver asked for it); the endpoint's cursor and retries are left as they are.
     */
    async retry(access: OrganizationAccess, id: string, deliveryId: string): Promise<WebhookDelivery> {
      const endpoint = await endpointOf(db, access, id);
      const previous = await findDelivery(db, endpoint.id, deliveryId);
      if (!previous) throw new NotFound();
      const event = await findEvent(db, access.organizationId, previous.event_id);
      if (!event) throw new NotFound('The event of this delivery is past its retention.');
      const result = await attemptDelivery({
        url: endpoint.url,
        id: event.id,
        timestampSeconds: Math.floor(Date.now() / 1000),
        body: deliveryBody(event),
        secrets: signingSecretsOf(secrets, endpoint),
        timeoutMs: config.webhookTimeoutMs,
        allowPrivate: config.webhookAllowPrivate,
      });
      const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
      // An attempt is bookkeeping of the delivery, not a change of the endpoint: no audit row, no event.
      const row = await writes.run(null, ({ trx }) =>
        insertDelivery(trx, endpoint.id, event, {
          attempt: previous.attempt + 1,
          outcome: delivered ? 'delivered' : 'given_up',
          manual: true,
          status_code: result.statusCode,
          duration_ms: result.durationMs,
          error: result.error,
          response_body: result.responseBody,
        }),
      );
      return toWebhookDelivery(row);
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
