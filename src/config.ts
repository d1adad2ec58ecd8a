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
    throw new ConfigError(`ORGBASE_INVITE_URL must be an http:// or https:// URL containing {token}, such as https://app.example.com/signup/{token}, got "${raw}"`);
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
    authFailuresPerAddressPerMinute: integer(env, 'ORGBASE_AUTH_FAILURES_PER_ADDRESS', 30, 0, 1_000_000_000),
    authFailuresPerMinute: integer(env, 'ORGBASE_AUTH_FAILURES', 600, 0, 1_000_000_000),
    redisPrefix: nonEmpty(env.ORGBASE_REDIS_PREFIX) ?? 'orgbase:',
    metricsPort: nonEmpty(env.ORGBASE_METRICS_PORT) === undefined ? undefined : integer(env, 'ORGBASE_METRICS_PORT', 0, 0, 65535),
    metricsHost: nonEmpty(env.ORGBASE_METRICS_HOST) ?? '127.0.0.1',
    smtpUrl: url(env, 'ORGBASE_SMTP_URL', ['smtp:', 'smtps:'], 'an smtp:// or smtps:// URL such as smtps://user:password@mail.example.com:465'),
    emailFrom: emailFrom(env),
    inviteUrl: inviteUrl(env),
    mailRetryMs: integer(env, 'ORGBASE_MAIL_RETRY_MS', 5000, 10, 3_600_000),
  };
}
