import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Db } from '../../src/db/types.ts';
import type { App } from '../../src/http/app-types.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { useAppWrites } from './fixtures.ts';

/** The server key test apps seal webhook secrets with. */
export const TEST_SECRET_KEY = 'orgbase-test-secret-key-0123456789abcdef';

export interface TestApp {
  app: App;
  db: Db;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

/**
 * The configuration the suites' apps run with. The suites probe with many bad keys from one
 * address; the failed-authentication limits are tested where they are meant
 * (test/hard/rate-limit.test.ts). Domain verification asks a closed local port unless a test
 * starts its own DNS server: an answer comes at once (refused), never from the machine's
 * resolvers.
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    logLevel: 'silent',
    authFailuresPerAddressPerMinute: 0,
    authFailuresPerMinute: 0,
    dnsServers: ['127.0.0.1:9'],
    dnsTimeoutMs: 300,
    secretKey: TEST_SECRET_KEY,
    ...overrides,
  };
}

export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ db: database.handle.db, config, logger: false, checkDeclaredStatuses: true });
  await app.ready();
  useAppWrites(database.handle.db, app.writes);
  return {
    app,
    db: database.handle.db,
    database,
    config,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
}

/** A client bound to one personal API key, speaking JSON through `app.inject`. */
export function client(app: App, key?: string) {
  async function call<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const response = await app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return {
      status: response.statusCode,
      body: (response.body === '' ? undefined : response.json()) as T,
      headers: response.headers,
    };
  }
  return {
    call,
    get: <T = any>(url: string, headers?: Record<string, string>) => call<T>('GET', url, undefined, headers),
    post: <T = any>(url: string, body: unknown = {}, headers?: Record<string, string>) => call<T>('POST', url, body, headers),
    patch: <T = any>(url: string, body: unknown = {}, headers?: Record<string, string>) => call<T>('PATCH', url, body, headers),
    put: <T = any>(url: string, body: unknown = {}, headers?: Record<string, string>) => call<T>('PUT', url, body, headers),
    delete: <T = any>(url: string, headers?: Record<string, string>) => call<T>('DELETE', url, undefined, headers),
  };
}

export type Client = ReturnType<typeof client>;
