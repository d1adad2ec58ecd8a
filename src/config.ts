import os from 'node:os';
import net from 'node:net';
import path from 'node:path';

export interface Config {
  /** PostgreSQL connection string; unset means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /**
   * Where session work goes (LISTEN, migrations): a direct connection to PostgreSQL when
   * DATABASE_URL points at a pooler in transaction mode. Defaults to DATABASE_URL.
   */
  databaseDirectUrl: string | undefined;
  /** Named prepared statements per connection (on), or unnamed ones only (off: PgBouncer before 1.21). */
  preparedStatements: boolean;
  /** Milliseconds between the invalidation channel's self-probes; a probe must return within as long. */
  channelProbeMs: number;
  /** Server processes `serve` runs on one port (node:cluster); 1 runs the server in this process. */
  workers: number;
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
  /** Requests one user may make per minute and per hour, all their keys together (PostHog's limits, which it counts per key); 0 turns a limit off. */
  rateLimitPerMinute: number;
  rateLimitPerHour: number;
  /** Failed authentications a client address may make per minute before its unknown keys are answered 429 unseen. */
  authFailuresPerAddressPerMinute: number;
  /** The same, over every address: what the key table is asked about unknown keys at most. */
  authFailuresPerMinute: number;
  /** Prefix of the names orgbase gives its counters in Redis. */
  redisPrefix: string;
  /** Port of the Prometheus `/metrics` endpoint; unset means no metrics. */
  metricsPort: number | undefined;
  metricsHost: string;
  /** Where invitation mail is sent (`smtp://` or `smtps://`, with credentials); unset: no mail. */
  smtpUrl: string | undefined;
  /** The From of invitation mail; mail is sent only when this and smtpUrl are both set. */
  emailFrom: string | undefined;
  /** The invite link, a template with `{token}`; unset: `<SITE_URL or the request's origin>/signup/{token}`. */
  inviteUrl: string | undefined;
  /** Milliseconds before the first retry of a mail the SMTP server did not take; doubles each time, up to an hour. */
  mailRetryMs: number;
  /** Events older than this many days are deleted (the pull feed and webhook deliveries read them until then). */
  eventRetentionDays: number;
  /** Resolvers for domain verification (ORGBASE_DNS_SERVERS, `ip:port,...`); empty for the system's. */
  dnsServers: string[];
  /** Milliseconds per DNS try when verifying a domain (two tries). */
  dnsTimeoutMs: number;
  /** SCIM requests one domain's token may make per minute; 0 turns the limit off. */
  scimRateLimitPerMinute: number;
  /**
   * Addresses (IPs, CIDR ranges, or `loopback`, `linklocal`, `uniquelocal`) of proxies whose
   * X-Forwarded-Proto, -Host and -For are believed; unset, those headers are ignored.
   */
  trustProxy: string[] | undefined;
  /**
   * Key material that encrypts webhook signing secrets at rest (ORGBASE_SECRET_KEY, or read from
   * ORGBASE_SECRET_KEY_FILE). Unset on the embedded database: a key file in the data directory.
   */
  secretKey: string | undefined;
  secretKeyFile: string | undefined;
  /** Whether webhook URLs may be http:// to private and loopback addresses (tests, development). */
  webhookAllowPrivate: boolean;
  /** Multiplies the webhook retry schedule and the five days that disable a failing endpoint (tests). */
  webhookRetryScale: number;
  /** Milliseconds a receiver has to answer a delivery. */
  webhookTimeoutMs: number;
  /** Endpoints one process delivers to at once. */
  webhookConcurrency: number;
  /** Milliseconds between looks for due deliveries when no notification woke the worker. */
  webhookPollMs: number;
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

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env[name])?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(`${name} must be on or off, got "${env[name]!.trim()}"`);
}

function trueFalse(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env[name])?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]!.trim()}"`);
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = /^\d+(\.\d+)?(e-?\d+)?$/i.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value) || value <= 0 || value > 1) throw new ConfigError(`${name} must be a number above 0 and at most 1, got "${raw}"`);
  return value;
}

/** A number of server processes, or `auto` for one per core; `source` names where it came from. */
export function parseWorkers(raw: string | undefined, source: string): number {
  const value = raw?.trim();
  if (value === undefined || value === '') return 1;
  if (value.toLowerCase() === 'auto') return os.availableParallelism();
  const count = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(count) || count < 1 || count > 256) {
    throw new ConfigError(`${source} must be a number of processes from 1 to 256, or auto (one per core), got "${value}"`);
  }
  return count;
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

function emailFrom(env: NodeJS.ProcessEnv): string | undefined {
  const raw = nonEmpty(env.ORGBASE_EMAIL_FROM);
  // An address, or a name and an address: "orgbase <noreply@example.com>".
  if (raw !== undefined && !/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(raw)) {
    throw new ConfigError(`ORGBASE_EMAIL_FROM must be an address such as noreply@example.com or "orgbase <noreply@example.com>", got "${raw}"`);
  }
  return raw;
}

function inviteUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = nonEmpty(env.ORGBASE_INVITE_URL);
  if (raw === undefined) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw.replace('{token}', 'token'));
  } catch {
    parsed = undefined;
  }
  if (!raw.includes('{token}') || !parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    throw new ConfigError(
      `ORGBASE_INVITE_URL must be an http:// or https:// URL containing {token}, such as https://app.example.com/signup/{token}, got "${raw}"`,
    );
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
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], 'a PostgreSQL URL such as postgres://user:password@host:5432/database');
  const databaseDirectUrl = url(
    env,
    'DATABASE_DIRECT_URL',
    ['postgres:', 'postgresql:'],
    'a PostgreSQL URL such as postgres://user:password@host:5432/database',
  );
  if (databaseDirectUrl !== undefined && databaseUrl === undefined) {
    throw new ConfigError('DATABASE_DIRECT_URL needs DATABASE_URL: the embedded database has no pooler to go around');
  }
  const dnsServers = parseDnsServers(env.ORGBASE_DNS_SERVERS);
  if (!Array.isArray(dnsServers)) throw new ConfigError(`ORGBASE_DNS_SERVERS must be comma-separated ip:port addresses: ${dnsServers.error}`);
  return {
    databaseUrl,
    databaseDirectUrl: databaseDirectUrl ?? databaseUrl,
    preparedStatements: onOff(env, 'ORGBASE_PREPARED_STATEMENTS', true),
    channelProbeMs: integer(env, 'ORGBASE_CHANNEL_PROBE_MS', 1000, 50, 60_000),
    workers: parseWorkers(env.ORGBASE_WORKERS, 'ORGBASE_WORKERS'),
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
    authFailuresPerAddressPerMinute: integer(env, 'ORGBASE_AUTH_FAILURES_PER_ADDRESS', 30, 0, 1_000_000_000),
    authFailuresPerMinute: integer(env, 'ORGBASE_AUTH_FAILURES', 600, 0, 1_000_000_000),
    redisPrefix: nonEmpty(env.ORGBASE_REDIS_PREFIX) ?? 'orgbase:',
    metricsPort: nonEmpty(env.ORGBASE_METRICS_PORT) === undefined ? undefined : integer(env, 'ORGBASE_METRICS_PORT', 0, 0, 65535),
    metricsHost: nonEmpty(env.ORGBASE_METRICS_HOST) ?? '127.0.0.1',
    smtpUrl: url(env, 'ORGBASE_SMTP_URL', ['smtp:', 'smtps:'], 'an smtp:// or smtps:// URL such as smtps://user:password@mail.example.com:465'),
    emailFrom: emailFrom(env),
    inviteUrl: inviteUrl(env),
    mailRetryMs: integer(env, 'ORGBASE_MAIL_RETRY_MS', 5000, 10, 3_600_000),
    eventRetentionDays: integer(env, 'ORGBASE_EVENT_RETENTION_DAYS', 90, 1, 36_500),
    dnsServers,
    dnsTimeoutMs: integer(env, 'ORGBASE_DNS_TIMEOUT_MS', 2000, 50, 30_000),
    scimRateLimitPerMinute: integer(env, 'ORGBASE_SCIM_RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000_000),
    trustProxy: trustedProxies(env),
    secretKey: nonEmpty(env.ORGBASE_SECRET_KEY),
    secretKeyFile: nonEmpty(env.ORGBASE_SECRET_KEY_FILE),
    webhookAllowPrivate: trueFalse(env, 'ORGBASE_WEBHOOK_ALLOW_PRIVATE', false),
    webhookRetryScale: positiveNumber(env, 'ORGBASE_WEBHOOK_RETRY_SCALE', 1),
    webhookTimeoutMs: integer(env, 'ORGBASE_WEBHOOK_TIMEOUT_MS', 15_000, 100, 15_000),
    webhookConcurrency: integer(env, 'ORGBASE_WEBHOOK_CONCURRENCY', 4, 1, 256),
    webhookPollMs: integer(env, 'ORGBASE_WEBHOOK_POLL_MS', 10_000, 50, 600_000),
  };
}

/**
 * ORGBASE_DNS_SERVERS: comma-separated `ip:port` (or a bare IPv4 address, port 53; IPv6 as
 * `[::1]:5353`). Addresses only: Node's resolver does not resolve its resolvers' names. Returns the list, or an error message naming the bad entry.
 */
export function parseDnsServers(raw: string | undefined): string[] | { error: string } {
  if (raw === undefined || raw.trim() === '') return [];
  const servers: string[] = [];
  for (const entry of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(?:\[([0-9a-fA-F:.]+)\]|(\d{1,3}(?:\.\d{1,3}){3}))(?::(\d{1,5}))?$/.exec(entry);
    const port = match?.[3] === undefined ? 53 : Number(match[3]);
    if (!match || port < 1 || port > 65535) return { error: `"${entry}" is not host:port` };
    servers.push(match[1] ? `[${match[1]}]:${port}` : `${match[2]}:${port}`);
  }
  return servers;
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
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = entries.find((entry) => !isProxyAddress(entry));
  if (entries.length === 0 || bad !== undefined) {
    // Trusting every sender (`true`, `*`) would let any client forge its address and scheme.
    throw new ConfigError(`ORGBASE_TRUST_PROXY must be comma-separated IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal), got "${bad ?? raw}"`);
  }
  return entries;
}
