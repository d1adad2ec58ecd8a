import { sql } from 'kysely';
import pg from 'pg';
import type { Db, Executor } from './types.ts';

/** The one PostgreSQL channel every in-process cache's invalidations travel on. */
export const CHANNEL = 'orgbase_invalidation';
const MAX_RECONNECT_DELAY_MS = 2000;

export type InvalidationHandler = (payload: string) => void;

export interface InvalidationLogger {
  warn(object: object, message: string): void;
  info(object: object, message: string): void;
}

/**
 * Cache invalidation shared by every orgbase process on one database.
 *
 * `publish` runs `pg_notify` inside the caller's transaction, so PostgreSQL delivers it to
 * every listening process exactly when the change commits, and never when it rolls back. The
 * committing process also calls `dispatchLocally` after the commit, so it sees its own change
 * without waiting for the round trip. Each process listens on one dedicated connection; when
 * that connection is lost, notifications may have been missed, so every subscriber's `reset`
 * runs (caches are cleared) once it is back, and `connected` is false meanwhile so caches
 * stop filling from data they could not hear about.
 *
 * `publish` notifies whoever the process is and whatever channel it holds: a process with a
 * local channel (the CLI writing to PostgreSQL, the embedded database) cannot tell whether
 * servers listen on the database, and a write they miss would leave them serving a revoked
 * key. It costs one statement in a transaction that writes anyway.
 */
/** Queues `[topic, payload]` on the channel in `trx`; PostgreSQL delivers it when `trx` commits. */
export async function notifyOnCommit(trx: Executor, topic: string, payload: string | string[]): Promise<void> {
  const payloads = typeof payload === 'string' ? [payload] : payload;
  if (payloads.length === 1) {
    await sql`SELECT pg_notify(${CHANNEL}, ${JSON.stringify([topic, payloads[0]])})`.execute(trx);
  } else if (payloads.length > 1) {
    // One statement for them all: a user in a thousand organizations is one round trip.
    const messages = payloads.map((one) => JSON.stringify([topic, one]));
    await sql`SELECT pg_notify(${CHANNEL}, message) FROM unnest(${messages}::text[]) AS message`.execute(trx);
  }
}

export class Invalidation {
  private readonly handlers = new Map<string, Set<InvalidationHandler>>();
  private readonly resets = new Set<() => void>();
  private client: pg.Client | undefined;
  private closed = false;
  private reconnectDelay = 100;
  private timer: NodeJS.Timeout | undefined;
  private outage = false;
  /** False while invalidations from other processes could be missed. */
  connected: boolean;

  private constructor(
    private readonly databaseUrl: string | undefined,
    /** Where outages are reported (set once the app's logger exists). */
    public log: InvalidationLogger | undefined,
  ) {
    this.connected = databaseUrl === undefined;
  }

  /** A process-local channel: the embedded database, and tests of one app. */
  static local(): Invalidation {
    return new Invalidation(undefined, undefined);
  }

  /** Listens on PostgreSQL; resolves once listening (or after the first failure, retrying behind). */
  static async listen(databaseUrl: string, log?: InvalidationLogger): Promise<Invalidation> {
    const channel = new Invalidation(databaseUrl, log);
    await channel.connect();
    return channel;
  }

  subscribe(topic: string, handler: InvalidationHandler, reset: () => void): () => void {
    let set = this.handlers.get(topic);
    if (!set) this.handlers.set(topic, (set = new Set()));
    set.add(handler);
    this.resets.add(reset);
    return () => {
      set.delete(handler);
      this.resets.delete(reset);
    };
  }

  /** Queues the notification in `trx`; it is delivered to every process when `trx` commits. */
  async publish(trx: Db, topic: string, payload: string): Promise<void> {
    await notifyOnCommit(trx, topic, payload);
  }

  dispatchLocally(topic: string, payload: string): void {
    for (const handler of this.handlers.get(topic) ?? []) handler(payload);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: 5000, keepAlive: true });
    // A lost connection must never crash the process: it is replaced.
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const [topic, payload] = JSON.parse(message.payload) as [string, string];
        this.dispatchLocally(topic, payload);
      } catch {
        // Not ours: ignore.
      }
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch {
      this.lost(client);
      return;
    }
    if (this.client !== client) return;
    this.reconnectDelay = 100;
    // Whatever was cached before may have changed while nobody was listening.
    for (const reset of this.resets) reset();
    this.connected = true;
    if (this.outage) this.log?.info({ channel: CHANNEL }, 'cache invalidation channel restored');
    this.outage = false;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.connected = false;
    for (const reset of this.resets) reset();
    client.end().catch(() => {});
    if (this.closed) return;
    if (!this.outage) {
      this.outage = true;
      this.log?.warn({ channel: CHANNEL }, 'cache invalidation channel lost; caching paused until it is back');
    }
    this.timer = setTimeout(() => void this.connect(), this.reconnectDelay);
    this.timer.unref();
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, MAX_RECONNECT_DELAY_MS);
  }
}
