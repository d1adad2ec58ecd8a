import path from 'node:path';

export interface Config {
  /** PostgreSQL connection string; unset means the embedded PGlite database. */
  databaseUrl: string | undefined;
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
  /** Requests one personal API key may make per minute and per hour (PostHog's limits); 0 turns a limit off. */
  rateLimitPerMinute: number;
  rateLimitPerHour: number;
  /** Prefix of the names orgbase gives its counters in Redis. */
  redisPrefix: string;
  /** Port of the Prometheus `/metrics` endpoint; unset means no metrics. */
  metricsPort: number | undefined;
  metricsHost: string;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = nonEmpty(env.LOG_LEVEL) ?? 'info';
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  if (!levels.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${levels.join(', ')}, got "${logLevel}"`);
  }
  return {
    databaseUrl: nonEmpty(env.DATABASE_URL),
    dataDir: path.resolve(nonEmpty(env.ORGBASE_DATA_DIR) ?? '.orgbase'),
    port: integer(env, 'PORT', 8000, 0, 65535),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    logLevel,
    redisUrl: nonEmpty(env.REDIS_URL),
    keyCacheTtlSeconds: integer(env, 'ORGBASE_KEY_CACHE_TTL', 10, 0, 3600),
    siteUrl: nonEmpty(env.SITE_URL)?.replace(/\/+$/, ''),
    bodyLimitBytes: integer(env, 'ORGBASE_BODY_LIMIT', 1024 * 1024, 1024, 100 * 1024 * 1024),
    rateLimitPerMinute: integer(env, 'ORGBASE_RATE_LIMIT_PER_MINUTE', 480, 0, 1_000_000_000),
    rateLimitPerHour: integer(env, 'ORGBASE_RATE_LIMIT_PER_HOUR', 4800, 0, 1_000_000_000),
    redisPrefix: nonEmpty(env.ORGBASE_REDIS_PREFIX) ?? 'orgbase:',
    metricsPort: nonEmpty(env.ORGBASE_METRICS_PORT) === undefined ? undefined : integer(env, 'ORGBASE_METRICS_PORT', 0, 0, 65535),
    metricsHost: nonEmpty(env.ORGBASE_METRICS_HOST) ?? '127.0.0.1',
  };
}
