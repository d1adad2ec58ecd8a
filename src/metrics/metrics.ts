// Prometheus metrics (prom-client), served on their own port so they are never exposed on the
// API's interface by accident. Off unless ORGBASE_METRICS_PORT is set.
import cluster from 'node:cluster';
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import client from 'prom-client';
import type { Invalidation } from '../db/invalidation.ts';
import type { KeyCache } from '../personal-api-keys/key-cache.ts';
import { installStage } from '../http/stages.ts';

export interface Metrics {
  registry: client.Registry;
  /** Adds the request hooks; call before routes are registered. */
  instrument(app: FastifyInstance): void;
  listen(port: number, host: string): Promise<{ url: string; close(): Promise<void> }>;
}

const started = Symbol('metricsStarted');

export function createMetrics({ pool, keyCache, invalidation }: { pool: pg.Pool; keyCache: KeyCache; invalidation?: Invalidation }): Metrics {
  const registry = new client.Registry();
  registry.setDefaultLabels({ service: 'orgbase' });
  client.collectDefaultMetrics({ register: registry, prefix: 'orgbase_' });

  const requests = new client.Counter({
    name: 'orgbase_http_requests_total',
    help: 'HTTP requests answered, by route template, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: 'orgbase_http_request_duration_seconds',
    help: 'Time from receiving a request to sending its response.',
    labelNames: ['route', 'method'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const inFlight = new client.Gauge({ name: 'orgbase_http_requests_in_flight', help: 'Requests being handled now.', registers: [registry] });
  const throttled = new client.Counter({
    name: 'orgbase_rate_limit_refusals_total',
    help: 'Requests refused with 429 by the per-key rate limit.',
    registers: [registry],
  });
  new client.Gauge({
    name: 'orgbase_db_pool_connections',
    help: 'Database pool connections by state: in use, idle, and requests waiting for one.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  new client.Counter({
    name: 'orgbase_key_cache_lookups_total',
    help: 'Personal API key lookups by whether the in-process cache answered (hit) or the database did (miss).',
    labelNames: ['result'] as const,
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ result: 'hit' }, keyCache.hits);
      this.inc({ result: 'miss' }, keyCache.misses);
    },
  });

  if (invalidation?.status) {
    new client.Gauge({
      name: 'orgbase_invalidation_channel_up',
      help: 'Whether the cache invalidation channel is proven (its last probe came back in time): 1, or 0 while caches are off.',
      registers: [registry],
      // With --workers: 0 when any worker's channel is down.
      aggregator: 'min',
      collect() {
        this.set(invalidation.connected ? 1 : 0);
      },
    });
    new client.Counter({
      name: 'orgbase_invalidation_channel_outages_total',
      help: 'Times the cache invalidation channel stopped being proven (lost, or a probe missing) since start.',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(invalidation.status?.outages ?? 0);
      },
    });
    new client.Gauge({
      name: 'orgbase_invalidation_channel_probe_seconds',
      help: "Time the invalidation channel's last returned probe took from commit request to arrival.",
      registers: [registry],
      aggregator: 'max',
      collect() {
        this.set((invalidation.status?.lastProbeMs ?? 0) / 1000);
      },
    });
  }

  // With --workers the primary serves /metrics, summed over the workers (see cli/workers.ts).
  if (cluster.isWorker) {
    client.AggregatorRegistry.setRegistries([registry]);
    new client.AggregatorRegistry();
  }

  return {
    registry,
    instrument(app) {
      installStage(app, 'metrics');
      app.addHook('onRequest', async (request) => {
        inFlight.inc();
        (request as unknown as Record<symbol, bigint>)[started] = process.hrtime.bigint();
      });
      app.addHook('onResponse', async (request, reply) => {
        inFlight.dec();
        // The route template, never the raw URL: ids in paths would make unbounded label sets.
        const route = request.routeOptions.url ?? 'unmatched';
        const began = (request as unknown as Record<symbol, bigint>)[started];
        requests.inc({ route, method: request.method, status: String(reply.statusCode) });
        if (began) duration.observe({ route, method: request.method }, Number(process.hrtime.bigint() - began) / 1e9);
        if (reply.statusCode === 429) throttled.inc();
      });
    },
    listen: (port, host) => serveMetrics(port, host, () => registry.metrics(), registry.contentType),
  };
}

/** The /metrics endpoint on its own port: one process's registry, or the workers' sum. */
export async function serveMetrics(
  port: number,
  host: string,
  render: () => Promise<string>,
  contentType: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('metrics are at /metrics\n');
      return;
    }
    render().then(
      (text) => response.writeHead(200, { 'content-type': contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as { port: number };
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
