import net from 'node:net';
import path from 'node:path';

export interface Config {
  /** PostgreSQL connection string; unset means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Connections the PostgreSQL pool may open (the embedded database always has one). */
  databasePoolSize: number;
  /**
   * Milliseconds an idle pooled connection is kept before it is closed; 0 keeps it for good.
   * Unset: 10 s on PostgreSQL, never on the embedded database (its one session is shared).
   */
  databaseIdleTimeoutMs: number | undefined;
  dataDir: string;
  port: number;
  host: string;
  logLevel: string;
  redisUrl: string | undefined;
  /** Seconds a key lookup may be served from the in-process cache. */
  keyCacheTtlSeconds: number;
  /** Public base URL for absolute pagination links; derived from the request when unset. */
  siteUrl: string | undefined;
  bodyLimitBytes: number;
  /** Seconds a client has to send a whole request (headers and body); 0 turns it off. */
  requestTimeoutSeconds: number;
  /** Requests one personal API key may make per minute and per hour (PostHog's limits); 0 turns a limit off. */
  rateLimitPerMinute: number;
  rateLimitPerHour: number;
  /** Prefix of the names orgbase gives its counters in Redis. */
  redisPrefix: string;
  /** Port of the Prometheus `/metrics` endpoint; unset means no metrics. */
  metricsPort: number | undefined;
  metricsHost: string;
  /**
   * Addresses (IPs, CIDR ranges, or `loopback`, `linklocal`, `uniquelocal`) of proxies whose
   * X-Forwarded-Proto, -Host and -For are believed; unset, those headers are ignored.
   */
  trustProxy: string[] | undefined;
}

/** A setting that cannot be used; its message is one line naming the variable and the accepted form. */
export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[], form: string): string | undefined {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !protocols.includes(parsed.protocol) || (parsed.hostname === '' && !parsed.searchParams.has('host'))) {
    // The value itself may hold a password: it is not echoed.
    throw new ConfigError(`${name} must be ${form}`);
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = nonEmpty(env.LOG_LEVEL) ?? 'info';
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  if (!levels.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${levels.join(', ')}, got "${logLevel}"`);
  }
  const idle = nonEmpty(env.ORGBASE_DB_IDLE_TIMEOUT_MS);
  return {
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], 'a PostgreSQL URL such as postgres://user:password@host:5432/database'),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
    databaseIdleTimeoutMs: idle === undefined ? undefined : integer(env, 'ORGBASE_DB_IDLE_TIMEOUT_MS', 0, 0, 86_400_000),
    dataDir: path.resolve(nonEmpty(env.ORGBASE_DATA_DIR) ?? '.orgbase'),
    port: integer(env, 'PORT', 8000, 0, 65535),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    logLevel,
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], 'a Redis URL such as redis://host:6379'),
    keyCacheTtlSeconds: integer(env, 'ORGBASE_KEY_CACHE_TTL', 10, 0, 3600),
    siteUrl: url(env, 'SITE_URL', ['http:', 'https:'], 'an http:// or https:// URL such as https://orgbase.example.com')?.replace(/\/+$/, ''),
    bodyLimitBytes: integer(env, 'ORGBASE_BODY_LIMIT', 1024 * 1024, 1024, 100 * 1024 * 1024),
    requestTimeoutSeconds: integer(env, 'ORGBASE_REQUEST_TIMEOUT', 30, 0, 3600),
    rateLimitPerMinute: integer(env, 'ORGBASE_RATE_LIMIT_PER_MINUTE', 480, 0, 1_000_000_000),
    rateLimitPerHour: integer(env, 'ORGBASE_RATE_LIMIT_PER_HOUR', 4800, 0, 1_000_000_000),
    redisPrefix: nonEmpty(env.ORGBASE_REDIS_PREFIX) ?? 'orgbase:',
    metricsPort: nonEmpty(env.ORGBASE_METRICS_PORT) === undefined ? undefined : integer(env, 'ORGBASE_METRICS_PORT', 0, 0, 65535),
    metricsHost: nonEmpty(env.ORGBASE_METRICS_HOST) ?? '127.0.0.1',
    trustProxy: trustedProxies(env),
  };
}

const PROXY_ADDRESS_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_ADDRESS_NAMES.includes(entry) || net.isIP(entry) !== 0) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  return rest.length === 0 && family !== 0 && prefix !== undefined && /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** ORGBASE_TRUST_PROXY: who may tell orgbase the client's protocol, host and address. */
function trustedProxies(env: NodeJS.ProcessEnv): string[] | undefined {
  const raw = nonEmpty(env.ORGBASE_TRUST_PROXY);
  if (raw === undefined) return undefined;
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  const bad = entries.find((entry) => !isProxyAddress(entry));
  if (entries.length === 0 || bad !== undefined) {
    // Trusting every sender (`true`, `*`) would let any client forge its address and scheme.
    throw new ConfigError(`ORGBASE_TRUST_PROXY must be comma-separated IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal), got "${bad ?? raw}"`);
  }
  return entries;
}
