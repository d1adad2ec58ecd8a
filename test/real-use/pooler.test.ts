// Issue 26: several orgbase processes behind PgBouncer (Debian's 1.18, transaction mode), as
// PostgreSQL shops run them. Three processes (one with --workers 2) share a database of the
// machine's PostgreSQL through a PgBouncer of this suite's own, with prepared statements off and
// the invalidation channel on DATABASE_DIRECT_URL. Between them and PgBouncer a sniffer reads
// every statement and fails the suite on anything that needs a session: LISTEN, a session SET,
// a session advisory lock, a temporary table, a held cursor, a named prepared statement.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  adminQuery,
  createMachineDatabase,
  startPgBouncer,
  startSnifferProcess,
  type MachineDatabase,
  type PgBouncer,
  type SnifferProcess,
} from './pooler-support.ts';
import { LISTEN_APPLICATION_NAME } from '../../src/db/proven-listener.ts';
import { baseEnv, call, cli, DIST_MAIN, freePort, ROOT, seedKey, sleep, spawnOrgbase, waitHealthy, type Key } from './support.ts';

interface Server {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

async function startServer(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Server> {
  const port = await freePort();
  const { child, output, exited } = spawnOrgbase(env, port, [process.execPath, DIST_MAIN, 'serve', ...args]);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(url, exited, output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function listeners(database: MachineDatabase): Promise<number> {
  const rows = await adminQuery<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = $2', [
    database.name,
    LISTEN_APPLICATION_NAME,
  ]);
  return rows[0]!.n;
}

let pooledDatabase: MachineDatabase;
let directDatabase: MachineDatabase;
let bouncer: PgBouncer;
let sniffer: SnifferProcess;
let pooledEnv: NodeJS.ProcessEnv;
let directEnv: NodeJS.ProcessEnv;
let servers: Server[] = [];
let direct: Server;
let one: Server;
let two: Server;
let workers: Server;

before(async () => {
  [pooledDatabase, directDatabase] = await Promise.all([createMachineDatabase('pooled'), createMachineDatabase('direct')]);
  bouncer = await startPgBouncer();
  sniffer = await startSnifferProcess(bouncer.port, { forbidNamedStatements: true });
  pooledEnv = baseEnv({
    DATABASE_URL: sniffer.url(pooledDatabase.name),
    DATABASE_DIRECT_URL: pooledDatabase.url(),
    ORGBASE_PREPARED_STATEMENTS: 'off',
    // Only the invalidation channel can make a key or an organization fresh in time.
    ORGBASE_KEY_CACHE_TTL: '600',
    ORGBASE_RATE_LIMIT_PER_MINUTE: '0',
    ORGBASE_RATE_LIMIT_PER_HOUR: '0',
    LOG_LEVEL: 'warn',
  });
  directEnv = baseEnv({ DATABASE_URL: directDatabase.url(), ORGBASE_RATE_LIMIT_PER_MINUTE: '0', ORGBASE_RATE_LIMIT_PER_HOUR: '0', LOG_LEVEL: 'warn' });
  // The first start applies the migrations (on the direct URL); the others find them applied.
  one = await startServer(pooledEnv);
  [two, workers, direct] = await Promise.all([startServer(pooledEnv), startServer(pooledEnv, ['--workers', '2']), startServer(directEnv)]);
  servers = [one, two, workers, direct];
  // Both workers have their channel up (each is a whole server with its own).
  for (let attempt = 0; (await listeners(pooledDatabase)) < 4; attempt++) {
    assert.ok(attempt < 400, 'the four pooled servers never all listened');
    await sleep(50);
  }
});

after(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await sniffer?.close();
  await bouncer?.stop();
  await Promise.all([pooledDatabase?.drop(), directDatabase?.drop()]);
});

// ---- the flows, as a transcript that must read the same through the pooler as direct ----

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
const IDENTIFYING = new Set(['id', 'api_token', 'uuid', 'user_uuid', 'distinct_id', 'email', 'value', 'mask_value', 'secure_value', 'last_used_at']);

/** Ids, keys, emails and times differ between two databases; each distinct one becomes a token by first appearance. */
function normalize(value: unknown, tokens: Map<unknown, string>, key = ''): unknown {
  const token = (raw: unknown) => {
    if (!tokens.has(raw)) tokens.set(raw, `<${tokens.size}>`);
    return tokens.get(raw);
  };
  if (Array.isArray(value)) return value.map((item) => normalize(item, tokens, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, normalize(item, tokens, name)]));
  if (typeof value === 'string' && TIMESTAMP.test(value)) return '<time>';
  if (typeof value === 'string' && (UUID.test(value) || value.startsWith('phx_') || value.includes('@'))) return token(value);
  if ((IDENTIFYING.has(key) || key.endsWith('_id')) && value !== null && value !== undefined) return token(value);
  if (typeof value === 'string' && /^https?:\/\/127\.0\.0\.1:\d+/.test(value)) return value.replace(/^https?:\/\/127\.0\.0\.1:\d+/, '<origin>');
  return value;
}

async function flows(env: NodeJS.ProcessEnv, urls: string[], label: string): Promise<unknown[]> {
  const tokens = new Map<unknown, string>();
  const transcript: unknown[] = [];
  const owner: Key = seedKey(env, `owner-${label}-${process.pid}@example.com`);
  const memberEmail = `member-${label}-${process.pid}@example.com`;
  const member: Key = seedKey(env, memberEmail);
  let turn = 0;
  const step = async (name: string, method: string, pathname: string, key: Key, body?: unknown) => {
    // Each step on the next process: the flows cross processes as a load balancer spreads them.
    const url = urls[turn++ % urls.length]!;
    const answer = await call(url, method, pathname, key.value, body);
    transcript.push({ step: name, status: answer.status, body: normalize(answer.body, tokens) });
    // Another process sees a write within 100 ms (the channel's promise); reads come after.
    if (method !== 'GET') await sleep(150);
    return answer;
  };
  await step('me', 'GET', '/api/users/@me/', owner);
  const memberUuid = (await call(urls[0]!, 'GET', '/api/users/@me/', member.value)).body.uuid as string;
  const organization = (await step('create organization', 'POST', '/api/organizations/', owner, { name: 'Scale out' })).body.id as string;
  const org = `/api/organizations/${organization}`;
  await step('read organization', 'GET', `${org}/`, owner);
  await step('rename organization', 'PATCH', `${org}/`, owner, { name: 'Scale out, renamed' });
  await step('list organizations', 'GET', '/api/organizations/', owner);
  const added = cli(env, ['members', 'add', '--organization', organization, '--email', memberEmail, '--level', '1']);
  // The first stderr line names the database the command used, which differs by design.
  transcript.push({ step: 'add member (CLI)', code: added.code, stderr: added.stderr.replace(/^orgbase: database: .*\n/, '') });
  await sleep(150);
  await step('list members', 'GET', `${org}/members/`, owner);
  await step('promote member', 'PATCH', `${org}/members/${memberUuid}/`, owner, { level: 8 });
  await step('member reads organization', 'GET', `${org}/`, member);
  const role = (await step('create role', 'POST', `${org}/roles/`, owner, { name: 'Engineers' })).body.id as string;
  await step('list roles', 'GET', `${org}/roles/`, owner);
  const roleMembership = (await step('add role member', 'POST', `${org}/roles/${role}/role_memberships/`, owner, { user_uuid: memberUuid })).body.id as string;
  await step('list role members', 'GET', `${org}/roles/${role}/role_memberships/`, owner);
  await step('remove role member', 'DELETE', `${org}/roles/${role}/role_memberships/${roleMembership}/`, owner);
  await step('rename role', 'PATCH', `${org}/roles/${role}/`, owner, { name: 'Engineering' });
  const project = (await step('create project', 'POST', `${org}/projects/`, owner, { name: 'Web' })).body.id as number;
  await step('list projects', 'GET', `${org}/projects/`, owner);
  await step('rename project', 'PATCH', `${org}/projects/${project}/`, owner, { name: 'Web app' });
  const key = (
    await step('create key', 'POST', '/api/personal_api_keys/', owner, { label: 'narrow', scopes: ['organization:read'], scoped_organizations: [organization] })
  ).body.id as string;
  await step('list keys', 'GET', '/api/personal_api_keys/', owner);
  await step('relabel key', 'PATCH', `/api/personal_api_keys/${key}/`, owner, { label: 'narrower' });
  await step('roll key', 'POST', `/api/personal_api_keys/${key}/roll/`, owner);
  await step('delete key', 'DELETE', `/api/personal_api_keys/${key}/`, owner);
  await step('delete project', 'DELETE', `${org}/projects/${project}/`, owner);
  await step('delete role', 'DELETE', `${org}/roles/${role}/`, owner);
  await step('remove member', 'DELETE', `${org}/members/${memberUuid}/`, owner);
  await step('member refused', 'GET', `${org}/`, member);
  await step('delete organization', 'DELETE', `${org}/`, owner);
  await step('organization gone', 'GET', `${org}/`, owner);
  return transcript;
}

function withoutTestContext(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_TEST_CONTEXT: _context, ...rest } = env;
  return rest;
}

/** Runs another real-use suite against the pooled processes; its exit code and output. */
function runSuite(file: string, urls: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', path.join(ROOT, 'test/real-use', file)], {
      cwd: ROOT,
      // Without the parent runner's context, or node:test refuses to run a file inside a test.
      env: { ...withoutTestContext(process.env), ORGBASE_REAL_USE_TARGET: JSON.stringify({ env: pooledEnv, urls }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

const figures = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('# ') && !/^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(line))
    .join('\n');

describe('three orgbase processes behind PgBouncer in transaction mode', () => {
  it('answer the organization, member, role, project and key flows as a process on a direct connection does', async () => {
    const pooled = await flows(pooledEnv, [one.url, two.url, workers.url], 'pooled').catch((error: Error) => {
      // What the servers said, to tell a server's fault from the machine's.
      throw new Error(`${error.message}\n${[one, two, workers].map((server) => `${server.url}:\n${server.output()}`).join('\n')}`, { cause: error });
    });
    const reference = await flows(directEnv, [direct.url], 'direct');
    assert.deepEqual(pooled, reference);
    const failed = (pooled as { status?: number }[]).filter((entry) => (entry.status ?? 0) >= 500);
    assert.deepEqual(failed, []);
  });

  it('refuse a key deleted, rolled or narrowed through another process within 100 ms (the revocation suite)', async () => {
    const run = await runSuite('revocation.test.ts', [one.url, workers.url]);
    console.log(figures(run.output));
    assert.equal(run.code, 0, run.output);
  });

  it('keep cached organizations fresh across processes (the representation-freshness suite)', async () => {
    const run = await runSuite('representation-freshness.test.ts', [two.url, workers.url]);
    console.log(figures(run.output));
    assert.equal(run.code, 0, run.output);
  });

  it('send nothing that needs a session through the pooler, and listen on the direct connection only', async () => {
    const report = await sniffer.report();
    assert.deepEqual(report.violations, []);
    assert.ok(report.counts.parse > 500, `the sniffer saw the traffic (${JSON.stringify(report.counts)})`);
    assert.equal(report.counts.namedParse, 0);
    assert.ok(!report.startupParameters.includes('options'), 'no "options" startup parameter (PgBouncer refuses it)');
    console.log(`# through the pooler: ${JSON.stringify(report.counts)}; startup parameters ${report.startupParameters.join(', ')}`);
    assert.equal(await listeners(pooledDatabase), 4, 'one LISTEN connection per server process, on the direct URL');
    for (const server of [one, two, workers]) {
      const ready = await call(server.url, 'GET', '/_readyz');
      assert.deepEqual(ready.body, { status: 'ok', database: 'ok', invalidation_channel: 'ok' });
    }
    assert.deepEqual(
      [one, two, workers].flatMap((server) =>
        server
          .output()
          .split('\n')
          .filter((line) => /"level":(50|60)/.test(line)),
      ),
      [],
      'no errors logged',
    );
  });

  it('catches a LISTEN sent through the pooler, which the channel probe reports as down', async () => {
    // DATABASE_DIRECT_URL left out: it defaults to DATABASE_URL, the pooler.
    const { DATABASE_DIRECT_URL: _direct, ...misconfigured } = pooledEnv;
    const wrong = await startServer({ ...misconfigured, ORGBASE_CHANNEL_PROBE_MS: '200' });
    servers.push(wrong);
    const { violations } = await sniffer.report();
    assert.ok(
      violations.some((violation) => violation.rule === 'LISTEN through the pooler'),
      `the sniffer saw the LISTEN: ${JSON.stringify(violations)}`,
    );
    const ready = await call(wrong.url, 'GET', '/_readyz');
    assert.equal(ready.status, 200);
    assert.equal(ready.body.invalidation_channel, 'down');
    assert.match(wrong.output(), /cache invalidation channel (not proven|still unproven at start)/);
    await sniffer.clear();
  });
});
