import { sql } from 'kysely';
import { ProvenListener, type ChannelStatus } from './proven-listener.ts';
import type { Db, Executor } from './types.ts';

/** The one PostgreSQL channel every in-process cache's invalidations travel on. */
export const CHANNEL = 'orgbase_invalidation';

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
 * without waiting for the round trip. Each process listens on one dedicated connection of
 * its own (DATABASE_DIRECT_URL), which proves itself with probes (proven-listener.ts); while
 * it is not proven, notifications may be missed, so every subscriber's `reset` runs (caches
 * are cleared) and `connected` is false, so caches stop filling from data they could not
 * hear about.
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
  private listener: ProvenListener | undefined;
  /** Set false by hand (tests): the channel counts as down whatever its connection says. */
  private forcedDown = false;

  private constructor(
    private readonly databaseUrl: string | undefined,
    private logger: InvalidationLogger | undefined,
  ) {}

  /** Where outages are reported (set once the app's logger exists). */
  get log(): InvalidationLogger | undefined {
    return this.logger;
  }

  set log(log: InvalidationLogger | undefined) {
    this.logger = log;
    if (this.listener) this.listener.log = log;
  }

  /**
   * False while invalidations from other processes could be missed: caches neither fill nor
   * keep entries then. A local channel misses nothing.
   */
  get connected(): boolean {
    if (this.forcedDown) return false;
    return this.listener === undefined ? this.databaseUrl === undefined : this.listener.proven;
  }

  set connected(value: boolean) {
    this.forcedDown = !value;
  }

  /** The listening channel's state, for /_readyz and metrics; undefined for a local channel. */
  get status(): ChannelStatus | undefined {
    return this.listener?.channelStatus;
  }

  /** A process-local channel: the embedded database, and tests of one app. */
  static local(): Invalidation {
    return new Invalidation(undefined, undefined);
  }

  /**
   * Listens on PostgreSQL through `directUrl` (DATABASE_DIRECT_URL: a session of its own, never
   * a pooler in transaction mode) and proves the channel with probes committed through `db`,
   * the pool writes use; resolves once the first probe came back or failed (retrying behind).
   */
  static async listen(directUrl: string, options: { db: Db; probeMs?: number; log?: InvalidationLogger }): Promise<Invalidation> {
    const channel = new Invalidation(directUrl, options.log);
    const listener = new ProvenListener({
      url: directUrl,
      channel: CHANNEL,
      intervalMs: options.probeMs ?? 1000,
      log: options.log,
      send: async (probeChannel, nonce) => {
        await sql`SELECT pg_notify(${probeChannel}, ${nonce})`.execute(options.db);
      },
      onMessage: (message) => {
        try {
          const [topic, payload] = JSON.parse(message) as [string, string];
          channel.dispatchLocally(topic, payload);
        } catch {
          // Not ours: ignore.
        }
      },
      onReset: () => {
        for (const reset of channel.resets) reset();
      },
    });
    channel.listener = listener;
    await listener.start();
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

  dispatchLocally(topic: string, payload: string): void {
    for (const handler of this.handlers.get(topic) ?? []) handler(payload);
  }

  async close(): Promise<void> {
    await this.listener?.close();
  }
}
