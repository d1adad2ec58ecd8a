// Issue 26: `orgbase serve --workers 2` runs two server processes on one port. A worker killed
// with kill -9 is replaced, and no request fails beyond the connections it held; SIGTERM to the
// primary drains both workers (requests in flight finish) and exits 0. The embedded database
// refuses more than one worker with a clear message.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { slowPost } from '../support/server-process.ts';
import { createMachineDatabase, type MachineDatabase } from './pooler-support.ts';
import { baseEnv, call, DIST_MAIN, freePort, ROOT, seedKey, sleep, spawnOrgbase, tempDir, waitHealthy, type Key } from './support.ts';

let database: MachineDatabase;
let env: NodeJS.ProcessEnv;
let key: Key;
let primary: ReturnType<typeof spawnOrgbase>;
let url: string;
let metricsUrl: string;

function workerPids(): number[] {
  const listed = spawnSync('pgrep', ['-P', String(primary.child.pid)], { encoding: 'utf8' }).stdout;
  return listed.split('\n').filter(Boolean).map(Number).sort();
}

const listening = () =>
  new Set(
    primary
      .output()
      .split('\n')
      .filter((line) => line.includes('"msg":"worker listening"'))
      .map((line) => JSON.parse(line).worker as number),
  );

/** `count` workers, none of `except`, each listening. */
async function waitForWorkers(count: number, except: number[] = []): Promise<number[]> {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const all = workerPids();
    if (all.length === count && all.every((pid) => !except.includes(pid) && listening().has(pid))) return all;
    await sleep(50);
  }
  throw new Error(`never ${count} workers: ${workerPids().join(', ')}\n${primary.output()}`);
}

before(async () => {
  database = await createMachineDatabase('workers');
  const metricsPort = await freePort();
  metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
  env = baseEnv({
    DATABASE_URL: database.url(),
    LOG_LEVEL: 'info',
    ORGBASE_RATE_LIMIT_PER_MINUTE: '0',
    ORGBASE_RATE_LIMIT_PER_HOUR: '0',
    ORGBASE_METRICS_PORT: String(metricsPort),
  });
  key = seedKey(env);
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  primary = spawnOrgbase(env, port, [process.execPath, DIST_MAIN, 'serve', '--workers', '2']);
  await waitHealthy(url, primary.exited, primary.output);
  await waitForWorkers(2);
  // Both workers listen (the primary says so once both do).
  for (let attempt = 0; !primary.output().includes('orgbase listening with workers'); attempt++) {
    assert.ok(attempt < 600, primary.output());
    await sleep(50);
  }
});
after(async () => {
  if (primary?.child.exitCode === null) primary.child.kill('SIGKILL');
  for (const pid of primary ? workerPids() : []) process.kill(pid, 'SIGKILL');
  await database?.drop();
});

/** `clients` loops of requests, each on a connection of its own (keep-alive), until `stop` resolves. */
async function load(clients: number, stop: Promise<void>): Promise<{ ok: number; failed: number; statuses: Record<number, number> }> {
  let done = false;
  void stop.then(() => (done = true));
  const result = { ok: 0, failed: 0, statuses: {} as Record<number, number> };
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (!done) {
        const status = await new Promise<number>((resolve) => {
          const request = http.get(`${url}/api/users/@me/`, { agent, headers: { authorization: `Bearer ${key.value}` } }, (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          });
          request.on('error', () => resolve(0));
          // A connection the primary was handing to the worker as it died stays in the primary,
          // unanswered (Node's cluster never hears the handoff's reply): the client's own timeout
          // ends it, as a failure on a connection the dead worker held.
          request.setTimeout(5000, () => request.destroy());
        });
        if (status === 200) result.ok++;
        else {
          result.failed++;
          result.statuses[status] = (result.statuses[status] ?? 0) + 1;
        }
      }
      agent.destroy();
    }),
  );
  return result;
}

describe('orgbase serve --workers 2', () => {
  it('replaces a worker killed with kill -9; requests fail only on the connections it held', async () => {
    const before = await waitForWorkers(2);
    const clients = 8;
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = load(clients, stopped);
    await sleep(1500);
    const victim = before[0]!;
    process.kill(victim, 'SIGKILL');
    const killedAt = performance.now();
    const after = await waitForWorkers(2, [victim]);
    const replacedMs = performance.now() - killedAt;
    await sleep(1500);
    stop();
    const result = await running;
    console.log(
      `# workers: replaced and listening in ${replacedMs.toFixed(0)} ms; ${result.ok} requests answered, ${result.failed} failed (${JSON.stringify(result.statuses)}) with ${clients} connections`,
    );
    assert.ok(!after.includes(victim));
    assert.ok(result.ok > 20, `requests went through (${result.ok})`);
    assert.ok(result.failed <= clients, `at most one failure per connection the dead worker could hold: ${result.failed}`);
    assert.match(primary.output(), /worker died; starting a replacement/);
    assert.equal((await call(url, 'GET', '/api/users/@me/', key.value)).status, 200);
  });

  it('reads its own writes on the next request, whichever worker answers it', async () => {
    await waitForWorkers(2);
    // Each request on a fresh connection: the primary deals them to the workers in turn.
    const once = (method: string, pathname: string, value: string, body?: unknown) =>
      new Promise<{ status: number; body: any }>((resolve, reject) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const request = http.request(
          `${url}${pathname}`,
          {
            method,
            agent: false,
            headers: {
              authorization: `Bearer ${value}`,
              ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
            },
          },
          (response) => {
            let text = '';
            response.on('data', (chunk) => (text += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
          },
        );
        request.on('error', reject);
        request.end(payload);
      });
    const created = await once('POST', '/api/organizations/', key.value, { name: 'Siblings 0' });
    assert.equal(created.status, 201);
    const organization = `/api/organizations/${created.body.id}/`;
    let stale = 0;
    for (let i = 1; i <= 20; i++) {
      // Both workers have the organization cached.
      for (let j = 0; j < 4; j++) assert.equal((await once('GET', organization, key.value)).status, 200);
      assert.equal((await once('PATCH', organization, key.value, { name: `Siblings ${i}` })).status, 200);
      for (let j = 0; j < 2; j++) if ((await once('GET', organization, key.value)).body.name !== `Siblings ${i}`) stale++;
    }
    let accepted = 0;
    for (let i = 0; i < 5; i++) {
      const made = await once('POST', '/api/personal_api_keys/', key.value, { label: `sibling ${i}`, scopes: ['*'] });
      assert.equal(made.status, 201);
      for (let j = 0; j < 4; j++) assert.equal((await once('GET', '/api/users/@me/', made.body.value)).status, 200);
      assert.equal((await once('DELETE', `/api/personal_api_keys/${made.body.id}/`, key.value)).status, 204);
      for (let j = 0; j < 2; j++) if ((await once('GET', '/api/users/@me/', made.body.value)).status !== 401) accepted++;
    }
    // Levels: a member demoted through one worker is refused by the other on the next request.
    const adminEmail = `sibling-admin-${process.pid}@example.com`;
    const admin = seedKey(env, adminEmail);
    const adminUuid = (await once('GET', '/api/users/@me/', admin.value)).body.uuid;
    const added = spawnSync(process.execPath, [DIST_MAIN, 'members', 'add', '--organization', created.body.id, '--email', adminEmail, '--level', '8'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    assert.equal(added.status, 0, added.stderr);
    const member = `/api/organizations/${created.body.id}/members/${adminUuid}/`;
    const auditLog = `/api/organizations/${created.body.id}/audit_log/?limit=1`;
    let admitted = 0;
    for (let i = 0; i < 5; i++) {
      if (i > 0) assert.equal((await once('PATCH', member, key.value, { level: 8 })).status, 200);
      // Both workers have the admin's level cached.
      for (let j = 0; j < 4; j++) assert.equal((await once('GET', auditLog, admin.value)).status, 200);
      assert.equal((await once('PATCH', member, key.value, { level: 1 })).status, 200);
      for (let j = 0; j < 2; j++) if ((await once('GET', auditLog, admin.value)).status !== 403) admitted++;
    }
    assert.equal(stale, 0, 'stale organizations read right after the write');
    assert.equal(accepted, 0, 'deleted keys accepted right after the delete');
    assert.equal(admitted, 0, 'demoted members admitted right after the demotion');
  });

  it('serves one /metrics for all workers, summed', async () => {
    const workers = await waitForWorkers(2);
    // Fresh connections, which the primary spreads over both workers.
    for (let i = 0; i < 20; i++) {
      const status = await new Promise<number>((resolve, reject) => {
        http
          .get(`${url}/api/personal_api_keys/@current/`, { agent: false, headers: { authorization: `Bearer ${key.value}` } }, (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          })
          .on('error', reject);
      });
      assert.equal(status, 200);
    }
    const answeredBy = new Set(
      primary
        .output()
        .split('\n')
        .filter((line) => line.includes('/api/personal_api_keys/@current/') && line.includes('"msg":"incoming request"'))
        .map((line) => JSON.parse(line).pid as number),
    );
    assert.deepEqual(answeredBy, new Set(workers), 'both workers answered');
    const text = await (await fetch(metricsUrl)).text();
    const sample = (name: string, label = '') =>
      text
        .split('\n')
        .filter((line) => line.startsWith(`${name}{`) && line.includes(label))
        .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
    assert.equal(sample('orgbase_http_requests_total', 'route="/api/personal_api_keys/@current/"'), 20, text);
    assert.equal(sample('orgbase_invalidation_channel_up'), 1);
  });

  it('drains both workers on SIGTERM: requests in flight finish, then it exits 0', async () => {
    const workers = await waitForWorkers(2);
    // Slow requests on fresh connections, spread over both workers by the primary.
    const pending = Array.from({ length: 6 }, () => slowPost(`${url}/api/organizations/`, key.value, JSON.stringify({ name: 'Drained' })));
    await sleep(1000);
    primary.child.kill('SIGTERM');
    await sleep(500);
    for (const request of pending) request.sendRest();
    const answers = await Promise.all(pending.map((request) => request.response));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      pending.map(() => 201),
    );
    assert.equal(await primary.exited, 0, primary.output());
    const shutdowns = primary
      .output()
      .split('\n')
      .filter((line) => line.includes('"msg":"shutting down"'));
    assert.deepEqual(new Set(shutdowns.map((line) => JSON.parse(line).pid as number)), new Set(workers), 'both workers drained');
    assert.deepEqual(workerPids(), []);
  });

  it('refuses more than one worker on the embedded database, with a clear message', () => {
    const dataDir = tempDir('workers-embedded');
    const result = spawnSync(process.execPath, [DIST_MAIN, 'serve', '--workers', '2'], {
      cwd: ROOT,
      env: baseEnv({ ORGBASE_DATA_DIR: dataDir }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^orgbase: --workers 2 needs PostgreSQL \(DATABASE_URL\): the embedded database admits one process/);
    const auto = spawnSync(process.execPath, [DIST_MAIN, 'serve'], {
      cwd: ROOT,
      env: baseEnv({ ORGBASE_DATA_DIR: dataDir, ORGBASE_WORKERS: 'several' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(auto.status, 1);
    assert.match(auto.stderr, /ORGBASE_WORKERS must be a number of processes from 1 to 256, or auto/);
  });
});
