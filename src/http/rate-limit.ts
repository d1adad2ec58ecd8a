import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { Throttled } from './errors.ts';
import { installStage } from './stages.ts';

/** One fixed window: at most `limit` requests per subject (a user) in each `seconds`-long window. */
export interface RateLimitWindow {
  seconds: number;
  limit: number;
}

export interface RateLimitSettings {
  perMinute: number;
  perHour: number;
  redisUrl: string | undefined;
  /** Prefix of the counters' names in Redis, so several deployments can share one Redis. */
  redisPrefix: string;
}

/**
 * Counts a request of a subject unless one of its windows is already full, as DRF records only
 * the requests it lets through (so a throttled client does not burn its hourly budget).
 */
interface CounterStore {
  hit(subject: string, windows: readonly RateLimitWindow[], nowSeconds: number): Promise<Hit> | Hit;
  close(): Promise<void>;
}

/** The counts per window after the request (or, when refused, as they stand). */
export interface Hit {
  allowed: boolean;
  counts: number[];
}

function windowIndex(window: RateLimitWindow, nowSeconds: number): number {
  return Math.floor(nowSeconds / window.seconds);
}

/** Counters of this process only: right for one orgbase process, and free of I/O. One store counts against one list of windows. */
export class MemoryCounterStore implements CounterStore {
  // Per subject, one counter per window (in the order of the windows given): a request costs
  // one map lookup, whatever the number of windows.
  private readonly counters = new Map<string, { window: number; count: number }[]>();

  constructor(private readonly maxSubjects = 100_000) {}

  hit(subject: string, windows: readonly RateLimitWindow[], nowSeconds: number): Hit {
    let counters = this.counters.get(subject);
    if (!counters) {
      if (this.counters.size >= this.maxSubjects) this.sweep(windows, nowSeconds);
      counters = windows.map(() => ({ window: -1, count: 0 }));
      this.counters.set(subject, counters);
    }
    let allowed = true;
    for (let position = 0; position < windows.length; position++) {
      const window = windows[position]!;
      const counter = counters[position]!;
      const index = windowIndex(window, nowSeconds);
      if (counter.window !== index) {
        counter.window = index;
        counter.count = 0;
      }
      if (counter.count >= window.limit) allowed = false;
    }
    if (allowed) for (const counter of counters) counter.count++;
    return { allowed, counts: counters.map((counter) => counter.count) };
  }

  async close(): Promise<void> {
    this.counters.clear();
  }

  // Counters of past windows are dead weight; dropping them bounds memory by the subjects active
  // in the current windows.
  private sweep(windows: readonly RateLimitWindow[], nowSeconds: number): void {
    for (const [subject, counters] of this.counters) {
      if (counters.every((counter, position) => counter.window !== windowIndex(windows[position]!, nowSeconds))) this.counters.delete(subject);
    }
    if (this.counters.size >= this.maxSubjects) this.counters.clear();
  }
}

// Checks every window, then counts in every window only if all have room: atomic in Redis,
// so two processes cannot both take the last slot.
const HIT_SCRIPT = `
local allowed = 1
local counts = {}
for i, name in ipairs(KEYS) do
  counts[i] = tonumber(redis.call('GET', name) or '0')
  if counts[i] >= tonumber(ARGV[2 * i - 1]) then allowed = 0 end
end
if allowed == 1 then
  for i, name in ipairs(KEYS) do
    counts[i] = redis.call('INCR', name)
    if counts[i] == 1 then redis.call('EXPIRE', name, ARGV[2 * i]) end
  end
end
table.insert(counts, 1, allowed)
return counts
`;

type RedisWithHit = Redis & { rateLimitHit(...args: (string | number)[]): Promise<number[]> };

/**
 * Counters shared by every orgbase process on one Redis: fixed windows counted by one Lua
 * script, so a request costs one round trip whatever the number of windows.
 */
export class RedisCounterStore implements CounterStore {
  private readonly redis: RedisWithHit;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
  ) {
    // A slow or absent Redis must not stall the API: nothing waits for a connection (no
    // offline queue), commands give up quickly, and ioredis keeps reconnecting behind.
    const redis = new Redis(redisUrl, {
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      enableOfflineQueue: false,
      retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
    });
    // Unheard, ioredis prints every connection error with its stack outside the JSON log.
    redis.on('error', () => {});
    redis.defineCommand('rateLimitHit', { lua: HIT_SCRIPT });
    this.redis = redis as RedisWithHit;
  }

  get ready(): boolean {
    return this.redis.status === 'ready';
  }

  async hit(subject: string, windows: readonly RateLimitWindow[], nowSeconds: number): Promise<Hit> {
    // The window's index is part of the name, so each window starts from a fresh counter;
    // the expiry only reclaims it once the window is over.
    const names = windows.map((window) => `${this.prefix}rate-limit:${window.seconds}:${windowIndex(window, nowSeconds)}:${subject}`);
    const limits = windows.flatMap((window) => [window.limit, window.seconds]);
    const [allowed, ...counts] = await this.redis.rateLimitHit(names.length, ...names, ...limits);
    return { allowed: allowed === 1, counts: counts.map(Number) };
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

interface Log {
  warn(object: object, message: string): void;
  info(object: object, message: string): void;
}

/**
 * Redis counters while Redis answers, this process's own counters while it does not: limits
 * then hold per process rather than not at all. One warning when an outage starts, one
 * notice when it ends, whatever the number of requests in between.
 */
export class FallbackCounterStore implements CounterStore {
  private readonly local = new MemoryCounterStore();
  private down = false;

  constructor(
    private readonly shared: RedisCounterStore,
    private readonly log: Log,
  ) {}

  async hit(subject: string, windows: readonly RateLimitWindow[], nowSeconds: number): Promise<Hit> {
    if (this.shared.ready) {
      try {
        const hit = await this.shared.hit(subject, windows, nowSeconds);
        if (this.down) {
          this.down = false;
          this.log.info({ store: 'redis' }, 'rate limit counters back on Redis');
        }
        return hit;
      } catch (error) {
        this.wentDown(error);
      }
    } else {
      this.wentDown(undefined);
    }
    return this.local.hit(subject, windows, nowSeconds);
  }

  async close(): Promise<void> {
    await Promise.all([this.shared.close(), this.local.close()]);
  }

  private wentDown(error: unknown): void {
    if (this.down) return;
    this.down = true;
    const reason = error instanceof Error ? error.message : 'not connected';
    this.log.warn({ store: 'redis', reason }, 'Redis unavailable: rate limits counted per process until it is back');
  }
}

export function rateLimitWindows(settings: Pick<RateLimitSettings, 'perMinute' | 'perHour'>): RateLimitWindow[] {
  return [
    { seconds: 60, limit: settings.perMinute },
    { seconds: 3600, limit: settings.perHour },
  ].filter((window) => window.limit > 0);
}

function secondsUntilReset(window: RateLimitWindow, nowSeconds: number): number {
  return Math.max(1, Math.ceil((windowIndex(window, nowSeconds) + 1) * window.seconds - nowSeconds));
}

/**
 * PostHog's personal API key throttles (BurstRateThrottle 480/minute, SustainedRateThrottle
 * 4800/hour), counted per user: PostHog counts per key, so a key that may create keys
 * multiplied its budget by minting more. It runs after authentication and the scope check, as
 * DRF checks throttles after permissions, so requests without a valid key are never counted
 * (failed authentications have limits of their own: personal-api-keys/failed-authentications.ts).
 */
export function installRateLimit(app: FastifyInstance, settings: RateLimitSettings): void {
  installStage(app, 'rate-limit', ['authentication']);
  const windows = rateLimitWindows(settings);
  if (windows.length === 0) return;
  const store: CounterStore = settings.redisUrl
    ? new FallbackCounterStore(new RedisCounterStore(settings.redisUrl, settings.redisPrefix), app.log)
    : new MemoryCounterStore();
  const policy = windows.map((window) => `${window.limit};w=${window.seconds}`).join(', ');
  const limitTexts = windows.map((window) => String(window.limit));

  // The window closest to its limit is the one a client needs to know about.
  const tightestOf = (hit: Hit) => {
    let tightest = 0;
    for (let position = 1; position < windows.length; position++) {
      if (windows[position]!.limit - hit.counts[position]! < windows[tightest]!.limit - hit.counts[tightest]!) tightest = position;
    }
    return tightest;
  };
  const setLimitHeaders = (target: { header(name: string, value: string): unknown }, hit: Hit, nowSeconds: number) => {
    const position = tightestOf(hit);
    const window = windows[position]!;
    target.header('ratelimit-limit', limitTexts[position]!);
    target.header('ratelimit-remaining', String(Math.max(0, window.limit - hit.counts[position]!)));
    target.header('ratelimit-reset', String(secondsUntilReset(window, nowSeconds)));
    target.header('ratelimit-policy', policy);
  };
  const throttled = (hit: Hit, nowSeconds: number) => {
    let retryAfter = 0;
    windows.forEach((window, position) => {
      if (window.limit - hit.counts[position]! <= 0) retryAfter = Math.max(retryAfter, secondsUntilReset(window, nowSeconds));
    });
    const headers: Record<string, string> = {};
    setLimitHeaders({ header: (name, value) => (headers[name] = value) }, hit, nowSeconds);
    return new Throttled(retryAfter, headers);
  };
  const settle = (reply: FastifyReply, done: (error?: Error) => void, hit: Hit, nowSeconds: number) => {
    if (!hit.allowed) return done(throttled(hit, nowSeconds));
    setLimitHeaders(reply, hit, nowSeconds);
    done();
  };

  // Failing open: an outage of the counters' store must not become an outage of the API.
  const unavailable = (request: FastifyRequest, done: (error?: Error) => void, error: unknown) => {
    request.log.warn({ err: error }, 'rate limit counters unavailable; request not counted');
    done();
  };

  // Callback style: the in-process store answers at once, and an async hook would cost every
  // request a promise and a microtask; Redis's answer comes back through the same `done`.
  app.addHook('preValidation', (request, reply, done) => {
    const caller = request.caller;
    if (!caller) return done();
    const nowSeconds = Date.now() / 1000;
    let hit: Hit | Promise<Hit>;
    try {
      hit = store.hit(`user:${caller.user.id}`, windows, nowSeconds);
    } catch (error) {
      return unavailable(request, done, error);
    }
    if (hit instanceof Promise)
      hit.then(
        (known) => settle(reply, done, known, nowSeconds),
        (error: unknown) => unavailable(request, done, error),
      );
    else settle(reply, done, hit, nowSeconds);
  });
  app.addHook('onClose', () => store.close());
}
