// The delivery state's SQL: which process delivers to an endpoint now, and what an attempt
// changed. An endpoint is the unit of work: its events go out one after the other, so the
// claim is on the endpoint row, and a process that dies leaves it to the next claim.
import { sql } from 'kysely';
import { uuidv7 } from '../db/ids.ts';
import { auditChange } from '../audit/repository.ts';
import type { Executor } from '../db/types.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import type { Event } from '../events/schemas.ts';
import { insertDelivery, type DeliveryRow, type EndpointRow } from './repository.ts';

export type ClaimedEndpoint = EndpointRow & { claim_token: string };

/**
 * Claims the endpoint due first that has an event after its cursor, for `leaseSeconds`: other
 * processes skip it while its row is locked (SKIP LOCKED) and then while the lease runs.
 */
export async function claimEndpoint(db: Executor, leaseSeconds: number): Promise<ClaimedEndpoint | undefined> {
  const token = uuidv7();
  const result = await sql<ClaimedEndpoint>`
    UPDATE webhook_endpoints SET claimed_until = now() + make_interval(secs => ${leaseSeconds}), claim_token = ${token}::uuid
    WHERE id = (
      SELECT e.id FROM webhook_endpoints e
      WHERE e.enabled AND e.next_attempt_at <= now() AND (e.claimed_until IS NULL OR e.claimed_until < now())
        AND EXISTS (SELECT 1 FROM events v WHERE v.organization_id = e.organization_id AND v.sequence > e.last_sequence)
      ORDER BY e.next_attempt_at, e.id
      LIMIT 1
      FOR NO KEY UPDATE SKIP LOCKED
    )
    RETURNING *`.execute(db);
  const row = result.rows[0];
  return row && { ...row, last_sequence: Number(row.last_sequence) };
}

/** Gives the endpoint back, moving its cursor over events it skipped (other types). */
export async function releaseEndpoint(db: Executor, endpoint: ClaimedEndpoint, skippedTo: number): Promise<void> {
  await sql`
    UPDATE webhook_endpoints SET claimed_until = NULL, claim_token = NULL, last_sequence = greatest(last_sequence, ${skippedTo})
    WHERE id = ${endpoint.id}::uuid AND claim_token = ${endpoint.claim_token}::uuid`.execute(db);
}

export type AttemptRecord = Omit<
  DeliveryRow,
  'id' | 'created_at' | 'endpoint_id' | 'event_id' | 'event_type' | 'event_sequence' | 'event_created_at' | 'outcome' | 'manual'
>;

export type Verdict = { kind: 'delivered' } | { kind: 'retry'; delayMs: number } | { kind: 'give_up' } | { kind: 'gone' };

/**
 * Records an attempt and moves the endpoint on, in one transaction, only while this process
 * still holds the claim (a process whose lease ran out records nothing: the event goes again).
 * A failure that ends five days (`failingWindowSeconds`) of failures disables the endpoint,
 * which is audited and yields an `endpoint.disabled` event (orgbase's own doing: no actor).
 * Returns the outcome stored, or undefined when the claim was lost.
 */
export async function recordAttempt(
  writes: Writes,
  endpoint: ClaimedEndpoint,
  event: Event,
  attempt: AttemptRecord,
  verdict: Verdict,
  options: { leaseSeconds: number; failingWindowSeconds: number },
): Promise<DeliveryRow['outcome'] | undefined> {
  // The common case in one statement (one round trip): delivered, the cursor moves on.
  if (verdict.kind === 'delivered' && event.type !== 'organization.deleted') {
    const recorded = await sql<{ outcome: string }>`
      WITH moved AS (
        UPDATE webhook_endpoints SET last_sequence = greatest(last_sequence, ${event.sequence}), attempts = 0, next_attempt_at = now(),
          failing_since = NULL, claimed_until = now() + make_interval(secs => ${options.leaseSeconds})
        WHERE id = ${endpoint.id}::uuid AND claim_token = ${endpoint.claim_token}::uuid
        RETURNING id
      )
      INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, event_sequence, event_created_at, outcome, manual, attempt, status_code, duration_ms, error, response_body)
      SELECT ${uuidv7()}::uuid, moved.id, ${event.id}::uuid, ${event.type}, ${event.sequence}, ${event.timestamp}::timestamptz, 'delivered', false,
        ${attempt.attempt}, ${attempt.status_code}, ${attempt.duration_ms}, ${attempt.error}, ${attempt.response_body}
      FROM moved
      RETURNING outcome`.execute(writes.db);
    return recorded.rows.length > 0 ? 'delivered' : undefined;
  }
  return writes.run(null, async (unit) => {
    const { trx } = unit;
    const moved = verdict.kind === 'delivered' || verdict.kind === 'give_up';
    const updated = await sql<{ enabled: boolean; organization_id: string; url: string }>`
      UPDATE webhook_endpoints SET
        last_sequence = CASE WHEN ${moved} THEN greatest(last_sequence, ${event.sequence}) ELSE last_sequence END,
        attempts = CASE WHEN ${moved} THEN 0 ELSE attempts + 1 END,
        next_attempt_at = now() + make_interval(secs => ${verdict.kind === 'retry' ? verdict.delayMs / 1000 : 0}),
        failing_since = CASE WHEN ${verdict.kind === 'delivered'} THEN NULL ELSE coalesce(failing_since, now()) END,
        enabled = CASE
          WHEN ${verdict.kind === 'gone'} THEN false
          WHEN ${verdict.kind !== 'delivered'} AND coalesce(failing_since, now()) <= now() - make_interval(secs => ${options.failingWindowSeconds}) THEN false
          ELSE enabled END,
        claimed_until = CASE WHEN ${moved} THEN now() + make_interval(secs => ${options.leaseSeconds}) END,
        claim_token = CASE WHEN ${moved} THEN claim_token END
      WHERE id = ${endpoint.id}::uuid AND claim_token = ${endpoint.claim_token}::uuid
      RETURNING enabled, organization_id, url`.execute(trx);
    const row = updated.rows[0];
    if (!row) return undefined;
    const disabled = endpoint.enabled && !row.enabled;
    const outcome: DeliveryRow['outcome'] = disabled
      ? 'disabled'
      : verdict.kind === 'delivered'
        ? 'delivered'
        : verdict.kind === 'give_up'
          ? 'given_up'
          : 'retrying';
    await insertDelivery(trx, endpoint.id, event, {
      outcome,
      manual: false,
      ...attempt,
    });
    if (disabled) {
      const reason = verdict.kind === 'gone' ? 'The receiver answered 410 Gone.' : 'Every delivery failed for five days.';
      await sql`UPDATE webhook_endpoints SET disabled_reason = ${reason}, claimed_until = NULL, claim_token = NULL WHERE id = ${endpoint.id}::uuid`.execute(
        trx,
      );
      unit.audited(auditChange('webhook', 'disabled', row.organization_id, endpoint.id, { enabled: true }, { enabled: false, reason }), {
        type: 'endpoint.disabled',
        data: { id: endpoint.id, url: row.url, enabled: false, reason },
      });
    }
    // The organization is gone and its last event delivered: nothing more will come.
    if (moved && event.type === 'organization.deleted') {
      await trx.deleteFrom('webhook_endpoints').where('id', '=', endpoint.id).execute();
    }
    return outcome;
  });
}

/** Milliseconds until an endpoint's retry or expired claim is due (0 if now), or null when none waits. */
export async function millisecondsUntilNextRetry(db: Executor): Promise<number | null> {
  const row = await sql<{ ms: number | null }>`
    SELECT extract(epoch FROM (min(greatest(next_attempt_at, coalesce(claimed_until, next_attempt_at))) - now())) * 1000 AS ms
    FROM webhook_endpoints WHERE enabled AND (attempts > 0 OR claimed_until IS NOT NULL)`.execute(db);
  const ms = row.rows[0]?.ms;
  return ms === null || ms === undefined ? null : Math.max(0, Number(ms));
}

/** Receivers' answers are kept for seven days; the record of each attempt stays. */
export async function forgetOldResponseBodies(db: Executor): Promise<void> {
  await sql`UPDATE webhook_deliveries SET response_body = NULL WHERE response_body IS NOT NULL AND created_at < now() - interval '7 days'`.execute(db);
}
