// The process's webhook sender: woken when an organization's events commit (EVENTS_TOPIC on
// the invalidation channel), and by a timer for retries and anything a missed notification left.
import type { Invalidation } from '../db/invalidation.ts';
import { isConnectionFailure } from '../db/database-errors.ts';
import type { Db } from '../db/types.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import { EVENTS_TOPIC, readEvents } from '../events/repository.ts';
import type { Event } from '../events/schemas.ts';
import {
  claimEndpoint,
  forgetOldResponseBodies,
  millisecondsUntilNextRetry,
  recordAttempt,
  releaseEndpoint,
  type ClaimedEndpoint,
  type Verdict,
} from './queue.ts';
import type { DeliveryRow } from './repository.ts';
import { attemptDelivery, type AttemptResult } from './send.ts';
import type { SecretBox } from './secrets.ts';
import { signingSecretsOf } from './signing.ts';

/**
 * Delays before each retry: 11 attempts over at least 75 hours (Standard Webhooks asks for
 * retries over days; 72 h covers a long weekend of a receiver being down). Each delay is
 * lengthened by up to a fifth at random, so receivers coming back are not hit all at once.
 */
export const RETRY_DELAYS_SECONDS = [5, 60, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 14 * 3600, 20 * 3600, 24 * 3600];
/** Failing this long disables an endpoint. */
export const FAILING_WINDOW_SECONDS = 5 * 24 * 3600;
/** A receiver's Retry-After is honoured up to a day. */
const MAX_RETRY_AFTER_SECONDS = 24 * 3600;
/** Events sent to one endpoint before the claim is given back, so one busy endpoint does not starve the others. */
const EVENTS_PER_CLAIM = 100;
const EVENTS_PER_READ = 20;
const PRUNE_EVERY_MS = 3600_000;

export interface DeliveryLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export interface WebhookDeliveryOptions {
  secrets: SecretBox | undefined;
  timeoutMs: number;
  allowPrivate: boolean;
  retryScale: number;
  concurrency: number;
  pollMs: number;
  log: DeliveryLogger;
}

/** The delay after failed attempt `attempt` (1-based), or undefined when it was the last. */
export function retryDelayMs(attempt: number, scale: number, retryAfterSeconds?: number, random = Math.random): number | undefined {
  const base = RETRY_DELAYS_SECONDS[attempt - 1];
  if (base === undefined) return undefined;
  const scheduled = base * 1000 * scale * (1 + random() / 5);
  const asked = retryAfterSeconds === undefined ? 0 : Math.min(retryAfterSeconds, MAX_RETRY_AFTER_SECONDS) * 1000;
  return Math.max(scheduled, asked);
}

function verdictOf(result: AttemptResult, attempt: number, scale: number): Verdict {
  const status = result.statusCode;
  if (status !== null && status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 410) return { kind: 'gone' };
  const delayMs = retryDelayMs(attempt, scale, result.retryAfterSeconds);
  return delayMs === undefined ? { kind: 'give_up' } : { kind: 'retry', delayMs };
}

/**
 * The body of a delivery: Standard Webhooks' `{type, timestamp, data}`, and beside them the
 * rest of the event as the pull feed shows it (id, organization, sequence, actor), so a
 * receiver can order, deduplicate and resume without a second call.
 */
export function deliveryBody(event: Event): string {
  const { type, timestamp, data, ...rest } = event;
  return JSON.stringify({ type, timestamp, data, ...rest });
}

/** The database went away for a moment (restart, failover, a dropped connection): worth waiting for. */
function isDatabaseAway(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return isConnectionFailure(error) || code === '57P01' || code === '57P02' || code === '57P03';
}

/**
 * Committed events wake the sender at most this often. Each wake costs a claim and a look for
 * due retries (two statements) even where no organization has an endpoint, so under a write
 * load one per write doubled the statements of every write (on the embedded database, two
 * more passes through its one engine); this adds at most this much to a delivery's latency.
 */
const EVENT_WAKE_INTERVAL_MS = 25;

export class WebhookDelivery {
  private readonly slots = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private eventTimer: NodeJS.Timeout | undefined;
  private lastSpawn = 0;
  private again = false;
  /** Senders in claimEndpoint now: a wake while one looks only asks it to look once more. */
  private claiming = 0;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  private lastPrune = 0;
  private readonly leaseSeconds: number;

  constructor(
    private readonly db: Db,
    private readonly writes: Writes,
    private readonly invalidation: Invalidation,
    private readonly options: WebhookDeliveryOptions,
  ) {
    // Long enough for one attempt and its bookkeeping; a dead process's endpoints wait this long.
    this.leaseSeconds = Math.ceil((2 * options.timeoutMs) / 1000) + 10;
  }

  start(): void {
    this.unsubscribe = this.invalidation.subscribe(
      EVENTS_TOPIC,
      () => this.eventsCommitted(),
      () => this.wake(),
    );
    this.wake();
  }

  /**
   * Looks for work now: an organization's events committed, or a retry is due. A sender busy
   * with one endpoint does not hold the others back: another starts while there is room.
   */
  wake(): void {
    if (this.stopped) return;
    if (this.claiming > 0 || this.slots.size >= this.options.concurrency) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.spawn();
  }

  /** An organization's events committed: wake now, or once the interval since the last look has passed. */
  private eventsCommitted(): void {
    const wait = this.lastSpawn + EVENT_WAKE_INTERVAL_MS - Date.now();
    if (wait <= 0) return this.wake();
    if (this.eventTimer) return;
    this.eventTimer = setTimeout(() => {
      this.eventTimer = undefined;
      this.wake();
    }, wait);
    this.eventTimer.unref();
  }

  /** Stops claiming; attempts under way finish and are recorded (drain), then it returns. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    clearTimeout(this.eventTimer);
    while (this.slots.size > 0) await Promise.all([...this.slots]);
  }

  private spawn(): void {
    this.lastSpawn = Date.now();
    const slot = this.run().finally(() => {
      this.slots.delete(slot);
      if (this.slots.size === 0) void this.idle();
    });
    this.slots.add(slot);
  }

  /** One sender: claims endpoints until none is due; each claim it wins lets another sender start. */
  private async run(): Promise<void> {
    try {
      for (;;) {
        if (this.stopped) return;
        this.claiming += 1;
        let endpoint: ClaimedEndpoint | undefined;
        try {
          endpoint = await claimEndpoint(this.db, this.leaseSeconds);
        } finally {
          this.claiming -= 1;
        }
        if (!endpoint) {
          // Woken while it looked: the commit may have come after the claim's snapshot.
          if (!this.again) return;
          this.again = false;
          continue;
        }
        if (this.slots.size < this.options.concurrency) this.spawn();
        await this.deliverTo(endpoint);
      }
    } catch (error) {
      // The database is away: the events and cursors are safe where they are; look again later.
      this.options.log.warn({ reason: (error as Error).message }, 'webhook delivery paused: database unavailable');
    }
  }

  private async idle(): Promise<void> {
    if (this.stopped) return;
    if (this.again) {
      this.again = false;
      this.spawn();
      return;
    }
    let wait = this.options.pollMs;
    try {
      const due = await millisecondsUntilNextRetry(this.db);
      if (due !== null) wait = Math.min(wait, Math.max(due, 20));
      if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
        this.lastPrune = Date.now();
        await forgetOldResponseBodies(this.db);
      }
    } catch {
      wait = Math.min(wait, 1000);
    }
    if (this.stopped || this.slots.size > 0) return;
    if (this.again) return this.idle();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), wait);
    this.timer.unref();
  }

  /**
   * Records an attempt already made. The receiver has it: losing the record would send it
   * again once the claim's lease ran out (a duplicate for each endpoint in flight when the
   * database restarts), so a database away for a moment is waited for, within half the lease.
   * The record checks the claim, so a late one after a lost claim changes nothing.
   */
  private async recordSurely<T>(record: () => Promise<T>): Promise<T> {
    const giveUpAt = Date.now() + (this.leaseSeconds * 1000) / 2;
    for (let wait = 100; ; wait = Math.min(wait * 2, 1000)) {
      try {
        return await record();
      } catch (error) {
        if (!isDatabaseAway(error) || Date.now() + wait > giveUpAt) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private async deliverTo(endpoint: ClaimedEndpoint): Promise<void> {
    let cursor = endpoint.last_sequence;
    let skippedTo = cursor;
    let attempts = endpoint.attempts;
    let sent = 0;
    let secrets: string[];
    try {
      secrets = signingSecretsOf(this.options.secrets, endpoint);
    } catch (error) {
      // No key, or another key than the one that sealed it: nothing can be signed; keep the events.
      this.options.log.warn({ endpoint: endpoint.id, reason: (error as Error).message }, 'webhook secret cannot be opened; delivery waits');
      await releaseEndpoint(this.db, endpoint, cursor);
      return;
    }
    // A delivered event is recorded while the next one is sent: the sends stay in order, the
    // records too (each waits for the one before), and the round trip to the database no
    // longer adds to each event's. A record that finds the claim lost stops the run; the one
    // event sent meanwhile goes again from the new holder (a duplicate, as after a crash).
    let recording: Promise<{ outcome?: DeliveryRow['outcome']; error?: unknown }> | undefined;
    const previousRecorded = async (): Promise<boolean> => {
      if (!recording) return true;
      const { outcome, error } = await recording;
      recording = undefined;
      if (error !== undefined) throw error;
      if (outcome === 'delivered') return true;
      this.options.log.info({ endpoint: endpoint.id, outcome: 'claim_lost' }, 'webhook delivery failed');
      return false;
    };
    while (!this.stopped && sent < EVENTS_PER_CLAIM) {
      const events = await readEvents(this.db, endpoint.organization_id, cursor, EVENTS_PER_READ);
      if (events.length === 0) break;
      for (const event of events) {
        if (this.stopped || sent >= EVENTS_PER_CLAIM) break;
        cursor = event.sequence;
        if (endpoint.event_types.length > 0 && !endpoint.event_types.includes(event.type)) {
          skippedTo = event.sequence;
          continue;
        }
        sent += 1;
        const attempt = attempts + 1;
        const result = await attemptDelivery({
          url: endpoint.url,
          id: event.id,
          timestampSeconds: Math.floor(Date.now() / 1000),
          body: deliveryBody(event),
          secrets,
          timeoutMs: this.options.timeoutMs,
          allowPrivate: this.options.allowPrivate,
        });
        const verdict = verdictOf(result, attempt, this.options.retryScale);
        const record = () =>
          this.recordSurely(() =>
            recordAttempt(
              this.writes,
              endpoint,
              event,
              { attempt, status_code: result.statusCode, duration_ms: result.durationMs, error: result.error, response_body: result.responseBody },
              verdict,
              { leaseSeconds: this.leaseSeconds, failingWindowSeconds: FAILING_WINDOW_SECONDS * this.options.retryScale },
            ),
          );
        if (!(await previousRecorded())) return;
        attempts = 0;
        skippedTo = event.sequence;
        if (verdict.kind === 'delivered' && event.type !== 'organization.deleted') {
          recording = record().then(
            (outcome) => ({ outcome }),
            (error: unknown) => ({ error }),
          );
          continue;
        }
        const outcome = await record();
        if (outcome !== 'delivered') {
          this.options.log.info(
            { endpoint: endpoint.id, event: event.id, attempt, outcome: outcome ?? 'claim_lost', status: result.statusCode, error: result.error },
            'webhook delivery failed',
          );
        }
        if (outcome !== 'delivered' && outcome !== 'given_up') return; // retrying, disabled or no longer ours: released
      }
    }
    if (!(await previousRecorded())) return;
    await releaseEndpoint(this.db, endpoint, skippedTo);
  }
}
