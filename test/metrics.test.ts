// GET /metrics on ORGBASE_METRICS_PORT, scraped from a real server process.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, handOver, type TestDatabase } from './support/database.ts';
import { createUserWithKey } from './support/fixtures.ts';
import { freePort, startServerProcess, type ServerProcess } from './support/server-process.ts';

let database: TestDatabase;
let server: ServerProcess;
let key: string;
let metricsUrl: string;

before(async () => {
  database = await createTestDatabase();
  ({ key } = await createUserWithKey(database.handle.db));
  const env = await handOver(database, 'silent');
  delete env.REDIS_URL;
  const metricsPort = await freePort();
  metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
  server = await startServerProcess({ ...env, ORGBASE_METRICS_PORT: String(metricsPort), ORGBASE_RATE_LIMIT_PER_MINUTE: '4' });
});
after(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
  await database.drop();
});

/** The sample value of `name{labels...}`, matching the given labels in any order. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([label, value]) => present[label] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('metrics', () => {
  it('counts requests by route template, method and status, and rate-limit refusals', async () => {
    const headers = { authorization: `Bearer ${key}` };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.url}/api/users/@me/`, { headers })).status);
    statuses.push((await fetch(`${server.url}/api/organizations/${randomUUID()}/`, { headers })).status);
    for (let i = 0; i < 2; i++) statuses.push((await fetch(`${server.url}/api/users/@me/`, { headers })).status);
    assert.deepEqual(statuses, [200, 200, 200, 404, 429, 429]);
    assert.equal((await fetch(`${server.url}/metrics`)).status, 404, 'metrics are not on the API port');

    const response = await fetch(metricsUrl);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    assert.equal(sample(text, 'orgbase_http_requests_total', { route: '/api/users/@me/', method: 'GET', status: '200' }), 3);
    assert.equal(sample(text, 'orgbase_http_requests_total', { route: '/api/users/@me/', method: 'GET', status: '429' }), 2);
    assert.equal(sample(text, 'orgbase_http_requests_total', { route: '/api/organizations/:id/', status: '404' }), 1);
    assert.ok(!text.includes('/api/organizations/0'), 'raw ids never become labels');
    assert.equal(sample(text, 'orgbase_rate_limit_refusals_total'), 2);
    assert.equal(sample(text, 'orgbase_http_request_duration_seconds_count', { route: '/api/users/@me/', method: 'GET' }), 5);
    assert.equal(sample(text, 'orgbase_http_request_duration_seconds_bucket', { route: '/api/users/@me/', le: '+Inf' }), 5);
    assert.equal(sample(text, 'orgbase_http_requests_in_flight'), 0);
    // One database lookup for the key, then the cache (TTL 10 s) answers the rest.
    assert.equal(sample(text, 'orgbase_key_cache_lookups_total', { result: 'miss' }), 1);
    assert.equal(sample(text, 'orgbase_key_cache_lookups_total', { result: 'hit' }), 5);
    for (const state of ['in_use', 'idle', 'waiting']) {
      assert.notEqual(sample(text, 'orgbase_db_pool_connections', { state }), undefined, state);
    }
    assert.ok(sample(text, 'orgbase_process_cpu_user_seconds_total')! > 0);
    assert.ok(sample(text, 'orgbase_process_resident_memory_bytes')! > 0);
    assert.equal((await fetch(metricsUrl.replace('/metrics', '/other'))).status, 404);
  });
});
