import { randomBytes } from 'node:crypto';
import pg from 'pg';

const MAX_RECONNECT_DELAY_MS = 2000;
/** How the LISTEN connection shows in pg_stat_activity (and how tests find it). */
export const LISTEN_APPLICATION_NAME = 'orgbase invalidation';

export interface ListenerLogger {
  warn(object: object, message: string): void;
  info(object: object, message: string): void;
}

export interface ChannelStatus {
  /** `ok`: the last probe came back in time; `down`: caches are off until one does. */
  state: 'ok' | 'down';
  /** Outages since start (each logged once). */
  outages: number;
  /** Milliseconds from sending the last returned probe to its arrival. */
  lastProbeMs: number | undefined;
  /** How long the last outage lasted, once it ended. */
  lastOutageMs: number | undefined;
  /** Why the channel is down (while it is). */
  reason: string | undefined;
}

export interface ProvenListenerOptions {
  /** The direct connection's URL (DATABASE_DIRECT_URL): never a pooler in transaction mode. */
  url: string;
  channel: string;
  /** Commits `pg_notify(channel, payload)` the way writes do (through the request pool). */
  send(channel: string, payload: string): Promise<void>;
  /** Probe period; a probe must come back within as long after it committed. */
  intervalMs: number;
  onMessage(payload: string): void;
  /** Whatever was cached may have missed a notification: called on every outage and recovery. */
  onReset(): void;
  log?: ListenerLogger;
}

/**
 * The LISTEN connection of one process, which proves itself: a connection can stop delivering
 * without closing (a NAT or firewall idle timeout, a half-open TCP connection, a LISTEN that a
 * pooler in transaction mode parked on a server connection it lends to others), and nothing
 * but a notification that comes back tells. Every `intervalMs` the process commits a
 * notification with a fresh nonce on a channel of its own, through the same pool its writes
 * use, and requires it back within `intervalMs`. PostgreSQL hands a session its notifications
 * in commit order, whatever the channel, so a probe that came back proves every invalidation
 * committed before it was sent has arrived too.
 *
 * Until a probe comes back (at start, after a loss, after a probe went missing) `proven` is
 * false and caches neither fill nor keep anything: requests are answered from the database.
 * A missing probe replaces the connection, as one that swallowed a notification cannot be
 * trusted again; recovery needs no operator.
 */
export class ProvenListener {
  private readonly probeChannel = `orgbase_probe_${randomBytes(8).toString('hex')}`;
  private client: pg.Client | undefined;
  private listening = false;
  private closed = false;
  private reconnectDelay = 100;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private readonly probeTimer: NodeJS.Timeout;
  /** Nonce -> when its probe was sent (performance.now()). */
  private readonly pending = new Map<string, number>();
  private readonly deadlines = new Set<NodeJS.Timeout>();
  private up = false;
  /** An outage announced (logged, counted) and not yet over. */
  private outage = false;
  /** When the last probe that came back was sent: everything committed before is known. */
  private provenAt = -Infinity;
  private downSince = performance.now();
  private firstProof: (() => void) | undefined;
  private readonly status: ChannelStatus = { state: 'down', outages: 0, lastProbeMs: undefined, lastOutageMs: undefined, reason: 'starting' };

  constructor(private readonly options: ProvenListenerOptions) {
    this.probeTimer = setInterval(() => void this.probe(), options.intervalMs);
    this.probeTimer.unref();
  }

  set log(log: ListenerLogger | undefined) {
    this.options.log = log;
  }

  /**
   * True while the channel is proven: the last probe came back, and recently (a timer that
   * could not run, on a stalled event loop, must not leave caches trusted).
   */
  get proven(): boolean {
    return this.up && performance.now() - this.provenAt < 3 * this.options.intervalMs;
  }

  get channelStatus(): ChannelStatus {
    return { ...this.status, state: this.proven ? 'ok' : 'down' };
  }

  /**
   * Connects and sends the first probe; resolves once it came back, or after a few seconds (a
   * busy machine starting several processes at once can take a second or two).
   */
  async start(): Promise<void> {
    const proved = new Promise<void>((resolve) => (this.firstProof = resolve));
    await this.connect();
    const timer = setTimeout(() => this.firstProof?.(), Math.max(5000, this.options.intervalMs * 2));
    await proved;
    clearTimeout(timer);
    this.firstProof = undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.probeTimer);
    clearTimeout(this.reconnectTimer);
    for (const deadline of this.deadlines) clearTimeout(deadline);
    const client = this.client;
    this.client = undefined;
    if (client) await Promise.race([client.end().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      // A connect that hangs (a path that stopped forwarding) is retried, not waited out.
      connectionTimeoutMillis: Math.min(5000, Math.max(1000, 2 * this.options.intervalMs)),
      keepAlive: true,
      application_name: LISTEN_APPLICATION_NAME,
    });
    // A lost connection must never crash the process: it is replaced.
    client.on('error', () => this.lost(client, 'connection lost'));
    client.on('end', () => this.lost(client, 'connection closed'));
    client.on('notification', (message) => {
      if (message.channel === this.probeChannel) this.arrived(message.payload ?? '');
      else if (message.channel === this.options.channel && message.payload) this.options.onMessage(message.payload);
    });
    this.client = client;
    this.listening = false;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}; LISTEN ${this.probeChannel}`);
    } catch {
      this.lost(client, 'could not connect and listen');
      return;
    }
    if (this.client !== client) return;
    this.listening = true;
    this.reconnectDelay = 100;
    await this.probe();
  }

  private async probe(): Promise<void> {
    if (this.closed || !this.listening) return;
    const client = this.client;
    const nonce = randomBytes(12).toString('base64url');
    const sentAt = performance.now();
    this.pending.set(nonce, sentAt);
    try {
      await this.options.send(this.probeChannel, nonce);
    } catch {
      // The database cannot take a write: nothing can be proven, and requests fail anyway.
      this.pending.delete(nonce);
      this.down('the probe could not be sent');
      return;
    }
    if (!this.pending.has(nonce)) return; // already back
    const deadline = setTimeout(() => {
      this.deadlines.delete(deadline);
      if (!this.pending.delete(nonce) || this.closed) return;
      this.down(`a probe did not come back within ${this.options.intervalMs} ms`);
      // A connection that swallowed a notification is not trusted again.
      if (this.client === client && client) this.replace(client);
    }, this.options.intervalMs);
    deadline.unref();
    this.deadlines.add(deadline);
  }

  private arrived(nonce: string): void {
    const sentAt = this.pending.get(nonce);
    if (sentAt === undefined) return;
    // Probes come back in the order they were sent; any older one still pending is no longer needed.
    for (const [other, otherSentAt] of this.pending) if (otherSentAt <= sentAt) this.pending.delete(other);
    const now = performance.now();
    this.status.lastProbeMs = now - sentAt;
    this.provenAt = sentAt;
    if (!this.up) {
      // Anything cached before the outage may have missed invalidations sent during it.
      this.options.onReset();
      this.up = true;
      this.status.state = 'ok';
      this.status.reason = undefined;
      if (this.outage) {
        this.outage = false;
        this.status.lastOutageMs = now - this.downSince;
        this.options.log?.info(
          { channel: this.options.channel, outageMs: Math.round(this.status.lastOutageMs) },
          'cache invalidation channel proven again; caches back on',
        );
      }
    }
    this.firstProof?.();
  }

  private down(reason: string): void {
    if (this.closed) return;
    this.status.reason = reason;
    if (this.outage) return;
    const starting = this.provenAt === -Infinity;
    this.outage = true;
    // At start the outage began with the process; later, now.
    if (!starting) this.downSince = performance.now();
    this.status.outages += 1;
    if (this.up) {
      this.up = false;
      this.options.onReset();
    }
    this.status.state = 'down';
    this.options.log?.warn(
      { channel: this.options.channel, reason, starting: starting || undefined },
      'cache invalidation channel not proven; caches off (answers come from the database) until it is',
    );
  }

  /** Drops `client` without waiting for it: on a connection that stopped forwarding, `end` never finishes. */
  private replace(client: pg.Client): void {
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    this.lost(client, 'replaced after a missing probe');
  }

  private lost(client: pg.Client, reason: string): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    client.end().catch(() => {});
    if (this.closed) return;
    this.down(reason);
    this.reconnectTimer = setTimeout(() => void this.connect(), this.reconnectDelay);
    this.reconnectTimer.unref();
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, MAX_RECONNECT_DELAY_MS);
  }
}
