// Issue 26: the invalidation channel proves itself. Process B listens through a proxy this test
// controls; process A writes. B's LISTEN connection is killed (pg_terminate_backend) with the
// way back blocked, and later frozen (nothing moves, nothing closes, as behind a NAT that
// forgot the mapping). While B's channel is down B must answer from the database: no stale
// organization, no deleted key accepted; it says so in /_readyz and its metrics, logs one warning
// per outage, and recovers by itself once the path is back. The figures are printed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminQuery, createMachineDatabase, startFaultyProxy, type FaultyProxy, type MachineDatabase } from './pooler-support.ts';
import { baseEnv, call, freePort, seedKey, sleep, startOrgbase, type Key, type Orgbase } from './support.ts';

// Long enough that a loaded machine (CI runs two suites at once) does not miss probes by itself.
const PROBE_MS = 500;

let database: MachineDatabase;
let proxy: FaultyProxy;
let a: Orgbase;
let b: Orgbase;
let metricsUrl: string;
let owner: Key;
let organizationId: string;
let renames = 0;
const figures: string[] = [];

before(async () => {
  database = await createMachineDatabase('probe');
  proxy = await startFaultyProxy(5432);
  const env = baseEnv({
    DATABASE_URL: database.url(),
    LOG_LEVEL: 'warn',
    ORGBASE_KEY_CACHE_TTL: '600',
    ORGBASE_RATE_LIMIT_PER_MINUTE: '0',
    ORGBASE_RATE_LIMIT_PER_HOUR: '0',
  });
  owner = seedKey(env);
  const metricsPort = await freePort();
  metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
  [a, b] = await Promise.all([
    startOrgbase(env),
    startOrgbase({
      ...env,
      DATABASE_DIRECT_URL: database.url(proxy.port),
      ORGBASE_CHANNEL_PROBE_MS: String(PROBE_MS),
      ORGBASE_METRICS_PORT: String(metricsPort),
    }),
  ]);
  const created = await call(a.url, 'POST', '/api/organizations/', owner.value, { name: 'Probe' });
  assert.equal(created.status, 201);
  organizationId = created.body.id;
});
after(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await proxy?.close();
  await database?.drop();
  console.log(`# channel probe: ${figures.join('; ')}`);
});

async function channelOf(server: Orgbase): Promise<string> {
  return (await call(server.url, 'GET', '/_readyz')).body.invalidation_channel;
}

async function metric(name: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `));
  return Number(line?.split(' ').pop());
}

async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!(await condition())) {
    assert.ok(performance.now() - started < timeoutMs, `${what}: not within ${timeoutMs} ms`);
    await sleep(10);
  }
  return performance.now() - started;
}

/** B has the organization and the key cached (several reads). */
async function warm(key: Key = owner): Promise<void> {
  for (let i = 0; i < 3; i++) assert.equal((await call(b.url, 'GET', `/api/organizations/${organizationId}/`, key.value)).status, 200);
}

/** Renames through A and reads through B at once, `count` times: how many answers were stale. */
async function renameAndRead(count: number): Promise<number> {
  let stale = 0;
  for (let i = 0; i < count; i++) {
    const name = `Probe ${++renames}`;
    assert.equal((await call(a.url, 'PATCH', `/api/organizations/${organizationId}/`, owner.value, { name })).status, 200);
    const read = await call(b.url, 'GET', `/api/organizations/${organizationId}/`, owner.value);
    assert.equal(read.status, 200);
    if (read.body.name !== name) stale++;
  }
  return stale;
}

/** A key made on A, cached on B, deleted on A: refused by B on the very next request? */
async function deletedKeyRefused(): Promise<boolean> {
  const made = await call(a.url, 'POST', '/api/personal_api_keys/', owner.value, { label: 'doomed', scopes: ['*'] });
  assert.equal(made.status, 201);
  const key = { id: made.body.id, value: made.body.value };
  await warm(key);
  assert.equal((await call(a.url, 'DELETE', `/api/personal_api_keys/${key.id}/`, owner.value)).status, 204);
  return (await call(b.url, 'GET', '/api/users/@me/', key.value)).status === 401;
}

const warnings = () =>
  b
    .output()
    .split('\n')
    .filter((line) => line.includes('cache invalidation channel not proven')).length;

describe('the invalidation channel proves itself', () => {
  it('is proven at start, on the direct connection', async () => {
    assert.equal(await channelOf(b), 'ok');
    assert.equal(await metric('orgbase_invalidation_channel_up'), 1);
    assert.equal(proxy.upstreamPorts().length, 1, 'B listens through the proxy (its DATABASE_DIRECT_URL)');
  });

  it('answers from the database while its LISTEN connection is killed and kept from coming back, and recovers by itself', async () => {
    await waitFor('B proven', async () => (await channelOf(b)) === 'ok', 10_000);
    await warm();
    const outagesBefore = await metric('orgbase_invalidation_channel_outages_total');
    proxy.mode = 'refuse';
    const ports = proxy.upstreamPorts();
    const killed = await adminQuery('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND client_port = ANY($2::int[])', [
      database.name,
      ports,
    ]);
    assert.equal(killed.length, 1, `B's LISTEN connection (through the proxy, ports ${ports.join(', ')})`);
    const detected = await waitFor('B reports the channel down', async () => (await channelOf(b)) === 'down', 5000);
    assert.equal(await metric('orgbase_invalidation_channel_up'), 0);
    const stale = await renameAndRead(10);
    assert.equal(stale, 0, 'stale organizations served during the outage');
    assert.ok(await deletedKeyRefused(), 'a deleted key was accepted during the outage');
    await sleep(4 * PROBE_MS); // several failed reconnects and probes: still one outage, one warning
    assert.equal(await metric('orgbase_invalidation_channel_outages_total'), outagesBefore + 1, 'one outage');
    assert.equal(warnings(), outagesBefore + 1, `one warning per outage: ${b.output()}`);
    proxy.mode = 'forward';
    const recovered = await waitFor('B recovers', async () => (await channelOf(b)) === 'ok', 10_000);
    assert.equal(await metric('orgbase_invalidation_channel_up'), 1);
    figures.push(
      `killed and blocked: down reported after ${detected.toFixed(0)} ms, 0 stale answers in 10, recovered ${recovered.toFixed(0)} ms after unblocking`,
    );
  });

  it('answers from the database once a frozen LISTEN connection misses its probe, and recovers by itself', async () => {
    await warm();
    const outagesBefore = await metric('orgbase_invalidation_channel_outages_total');
    const frozen = performance.now();
    proxy.mode = 'stall';
    const detected = await waitFor('B reports the frozen channel down', async () => (await channelOf(b)) === 'down', 10 * PROBE_MS);
    const stale = await renameAndRead(10);
    assert.equal(stale, 0, 'stale organizations served once the outage was detected');
    assert.ok(await deletedKeyRefused(), 'a deleted key was accepted during the outage');
    proxy.mode = 'forward';
    const unfrozen = performance.now();
    const recovered = await waitFor('B recovers', async () => (await channelOf(b)) === 'ok', 15_000);
    // Every outage counted once and warned once (a loaded machine may add one of its own).
    const outages = await metric('orgbase_invalidation_channel_outages_total');
    assert.ok(outages >= outagesBefore + 1);
    assert.equal(warnings(), outages, 'one warning per outage');
    const fresh = await renameAndRead(3);
    figures.push(
      `frozen: down reported ${detected.toFixed(0)} ms after the freeze (probe every ${PROBE_MS} ms), 0 stale answers in 10, ` +
        `recovered ${recovered.toFixed(0)} ms after unfreezing (outage ${(unfrozen - frozen + recovered).toFixed(0)} ms), ${fresh} stale of 3 after`,
    );
  });
});
