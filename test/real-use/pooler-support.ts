// What the scale-out suites put between orgbase and PostgreSQL: a database of their own on the
// machine's PostgreSQL, a PgBouncer of their own in transaction mode, a wire sniffer that fails
// the suite on anything session-bound sent through the pooler, and a TCP proxy that can cut or
// freeze the direct connection.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { freePort, sleep, tempDir } from './support.ts';

export const MACHINE_PG = { host: '127.0.0.1', port: 5432, user: 'postgres' };
const ADMIN_URL = process.env.ORGBASE_TEST_PG_URL ?? `postgres://${MACHINE_PG.user}@${MACHINE_PG.host}:${MACHINE_PG.port}/postgres`;

export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = [], database = 'postgres'): Promise<T[]> {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export interface MachineDatabase {
  name: string;
  /** A direct URL, optionally to another host/port in front of the machine's PostgreSQL. */
  url(port?: number): string;
  drop(): Promise<void>;
}

export async function createMachineDatabase(prefix: string): Promise<MachineDatabase> {
  const name = `orgbase_${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  return {
    name,
    url: (port = MACHINE_PG.port) => `postgres://${MACHINE_PG.user}@${MACHINE_PG.host}:${port}/${name}`,
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

// ---- PgBouncer ----

export interface PgBouncer {
  port: number;
  /** The process started (runuser, when root, with PgBouncer its child). */
  pid: number;
  url(database: string): string;
  log(): string;
  stop(): Promise<void>;
}

/** Debian's pgbouncer (1.18 on Debian 12), stock settings but transaction pooling. */
export async function startPgBouncer(options: { poolSize?: number } = {}): Promise<PgBouncer> {
  const dir = tempDir('pgbouncer');
  const port = await freePort();
  const logFile = path.join(dir, 'pgbouncer.log');
  fs.writeFileSync(path.join(dir, 'users.txt'), `"${MACHINE_PG.user}" ""\n`);
  fs.writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${MACHINE_PG.host} port=${MACHINE_PG.port}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      'max_client_conn = 1000',
      `default_pool_size = ${options.poolSize ?? 20}`,
      `logfile = ${logFile}`,
      `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
      '',
    ].join('\n'),
  );
  // PgBouncer refuses to run as root.
  const root = process.getuid?.() === 0;
  if (root) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  const argv = root ? ['runuser', '-u', 'postgres', '--', 'pgbouncer', path.join(dir, 'pgbouncer.ini')] : ['pgbouncer', path.join(dir, 'pgbouncer.ini')];
  const child: ChildProcess = spawn(argv[0]!, argv.slice(1), { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
  for (let attempt = 0; ; attempt++) {
    if (await canConnect(port)) break;
    if (attempt > 100 || child.exitCode !== null) throw new Error(`pgbouncer did not start: ${log()}`);
    await sleep(50);
  }
  return {
    port,
    pid: child.pid!,
    url: (database) => `postgres://${MACHINE_PG.user}@127.0.0.1:${port}/${database}`,
    log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      // runuser passes the signal on; PgBouncer exits at once on SIGTERM.
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// ---- the wire sniffer in front of the pooler ----

export interface Violation {
  rule: string;
  statement: string;
}

/**
 * What must never go through a pooler in transaction mode: it binds a session, which the pooler
 * lends to other clients between transactions (or PgBouncer 1.18 refuses it outright).
 */
const SESSION_RULES: { rule: string; test: RegExp }[] = [
  { rule: 'LISTEN through the pooler', test: /^\s*LISTEN\b|;\s*LISTEN\b/i },
  { rule: 'session SET (not SET LOCAL / SET TRANSACTION)', test: /(^|;)\s*SET\s+(?!LOCAL\b|TRANSACTION\b|CONSTRAINTS\b)/i },
  { rule: 'session advisory lock', test: /pg_(try_)?advisory_lock(_shared)?\s*\(/i },
  { rule: 'temporary table', test: /CREATE\s+(GLOBAL\s+|LOCAL\s+)?TEMP(ORARY)?\s+TABLE/i },
  { rule: 'cursor held across transactions', test: /DECLARE\s+\S+[\s\S]*\bWITH\s+HOLD\b/i },
  { rule: 'SQL-level PREPARE', test: /^\s*PREPARE\s+/i },
];

export interface Sniffer {
  port: number;
  url(database: string): string;
  violations: Violation[];
  /** Statements seen, by kind: Query (simple) and Parse (extended), named or not. */
  counts: { simple: number; parse: number; namedParse: number; startups: number };
  /** Startup parameters clients sent, by name. */
  startupParameters: Set<string>;
  /** Fail on named statements too (ORGBASE_PREPARED_STATEMENTS=off). */
  forbidNamedStatements: boolean;
  close(): Promise<void>;
}

/**
 * A TCP proxy from a free port to `targetPort` that reads the PostgreSQL frontend protocol as it
 * passes (startup message, then Query and Parse messages) and records every violation. It
 * changes nothing: bytes go through as they came.
 */
export async function startSniffer(targetPort: number): Promise<Sniffer> {
  const sockets = new Set<net.Socket>();
  const sniffer: Sniffer = {
    port: 0,
    url: (database) => `postgres://${MACHINE_PG.user}@127.0.0.1:${sniffer.port}/${database}`,
    violations: [],
    counts: { simple: 0, parse: 0, namedParse: 0, startups: 0 },
    startupParameters: new Set(),
    forbidNamedStatements: false,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const check = (statement: string) => {
    for (const { rule, test } of SESSION_RULES) if (test.test(statement)) sniffer.violations.push({ rule, statement: statement.slice(0, 200) });
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    let buffered = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (!started) {
          if (buffered.length < 8) return;
          const length = buffered.readInt32BE(0);
          if (buffered.length < length) return;
          const code = buffered.readInt32BE(4);
          if (code === 80877103 || code === 80877104) {
            // SSL or GSS request: the real startup message follows.
          } else if (code === 80877102) {
            // A cancel request.
          } else {
            started = true;
            sniffer.counts.startups++;
            const fields = buffered
              .subarray(8, length - 1)
              .toString('utf8')
              .split('\0');
            for (let i = 0; i + 1 < fields.length; i += 2) sniffer.startupParameters.add(fields[i]!);
          }
          buffered = buffered.subarray(length);
          continue;
        }
        if (buffered.length < 5) return;
        const type = String.fromCharCode(buffered[0]!);
        const length = buffered.readInt32BE(1);
        if (buffered.length < length + 1) return;
        const body = buffered.subarray(5, length + 1);
        if (type === 'Q') {
          sniffer.counts.simple++;
          check(body.subarray(0, body.indexOf(0)).toString('utf8'));
        } else if (type === 'P') {
          sniffer.counts.parse++;
          const nameEnd = body.indexOf(0);
          const name = body.subarray(0, nameEnd).toString('utf8');
          const text = body.subarray(nameEnd + 1, body.indexOf(0, nameEnd + 1)).toString('utf8');
          if (name !== '') {
            sniffer.counts.namedParse++;
            if (sniffer.forbidNamedStatements) sniffer.violations.push({ rule: `named prepared statement "${name}"`, statement: text.slice(0, 200) });
          }
          check(text);
        }
        buffered = buffered.subarray(length + 1);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sniffer.port = (server.address() as net.AddressInfo).port;
  return sniffer;
}

export interface SnifferReport {
  violations: Violation[];
  counts: Sniffer['counts'];
  startupParameters: string[];
}

export interface SnifferProcess {
  port: number;
  url(database: string): string;
  report(): Promise<SnifferReport>;
  /** Forgets the violations seen so far. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** The sniffer in a child process (see sniffer-process.ts). */
export async function startSnifferProcess(targetPort: number, options: { forbidNamedStatements: boolean }): Promise<SnifferProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'sniffer-process.ts'), String(targetPort), options.forbidNamedStatements ? 'forbid-named' : ''],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const ask = <T>(type: string, answer: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: { type: string }) => {
        if (message.type !== answer) return;
        child.off('message', onMessage);
        resolve(message as T);
      };
      child.on('message', onMessage);
      child.once('exit', () => reject(new Error('the sniffer exited')));
      if (type) child.send({ type });
    });
  const { port } = await ask<{ port: number }>('', 'ready');
  return {
    port,
    url: (database) => `postgres://${MACHINE_PG.user}@127.0.0.1:${port}/${database}`,
    report: () => ask<SnifferReport>('report', 'report'),
    clear: async () => {
      await ask('clear', 'cleared');
    },
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

// ---- a proxy that can cut or freeze connections ----

export interface FaultyProxy {
  port: number;
  /** `forward`: a plain proxy. `refuse`: new connections are closed at once. `stall`: nothing moves, nothing closes (a half-open path). */
  mode: 'forward' | 'refuse' | 'stall';
  /** Local ports of the proxy's open connections to the target (pg_stat_activity's client_port). */
  upstreamPorts(): number[];
  close(): Promise<void>;
}

export async function startFaultyProxy(targetPort: number): Promise<FaultyProxy> {
  const sockets = new Set<net.Socket>();
  const upstreams = new Set<net.Socket>();
  const proxy: FaultyProxy = {
    port: 0,
    mode: 'forward',
    upstreamPorts: () => [...upstreams].map((socket) => socket.localPort).filter((port): port is number => port !== undefined),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = net.createServer((client) => {
    if (proxy.mode === 'refuse') {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    upstreams.add(upstream);
    upstream.once('close', () => upstreams.delete(upstream));
    // Data is dropped, not queued, while stalled: what a dead NAT mapping does.
    client.on('data', (chunk) => proxy.mode !== 'stall' && upstream.write(chunk));
    upstream.on('data', (chunk) => proxy.mode !== 'stall' && client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.port = (server.address() as net.AddressInfo).port;
  return proxy;
}
