// The real-use suite: each case runs the built bundle as `npm start` runs it (node
// dist/main.js serve), in its own process, and drives it over HTTP; faults come from
// PostgreSQL clusters and Redis servers the tests start and stop themselves.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../bin/node-flags.js';
import { freePort, spawnServer, startServerProcess, waitHealthy, type ServerProcess } from '../support/server-process.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST_MAIN = path.join(ROOT, 'dist/main.js');
const PG_BIN = process.env.ORGBASE_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export { freePort, waitHealthy };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `orgbase-real-${prefix}-`));
}

/** The environment of a server: nothing inherited that would point it elsewhere. */
export function baseEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info' };
  for (const name of Object.keys(env))
    if (name.startsWith('ORGBASE_') || ['DATABASE_URL', 'REDIS_URL', 'SITE_URL', 'PORT', 'HOST'].includes(name)) delete env[name];
  return { ...env, ...extra };
}

export type Orgbase = ServerProcess;

/** The bundle as `npm start` runs it (node, its flags, dist/main.js serve). */
const SERVE = [process.execPath, ...SERVER_NODE_FLAGS, DIST_MAIN, 'serve'];

/** The bundle as `npm start` runs it, or `command`. */
export function spawnOrgbase(env: NodeJS.ProcessEnv, port: number, command: string[] = SERVE) {
  return spawnServer(env, port, command);
}

export async function startOrgbase(env: NodeJS.ProcessEnv): Promise<Orgbase> {
  return startServerProcess(env, 60_000, SERVE);
}

/** Runs an orgbase CLI command from the bundle; its JSON output. */
export function cli(env: NodeJS.ProcessEnv, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [DIST_MAIN, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 180_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface Key {
  id: string;
  value: string;
}

/** A user and a personal API key with every scope, made through the CLI (the server must not hold the embedded lock). */
export function seedKey(env: NodeJS.ProcessEnv, email = `real-${process.pid}-${Date.now()}@example.com`): Key {
  const user = cli(env, ['users', 'create', '--email', email]);
  if (user.code !== 0) throw new Error(`users create failed (exit ${user.code}): ${user.stderr}`);
  const key = cli(env, ['keys', 'create', '--email', email, '--label', 'real use', '--scopes', '*']);
  if (key.code !== 0) throw new Error(`keys create failed: ${key.stderr}`);
  const parsed = JSON.parse(key.stdout) as { id: string; value: string };
  return { id: parsed.id, value: parsed.value };
}

export interface Answer {
  status: number;
  body: any;
}

export async function call(url: string, method: string, pathname: string, key?: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${url}${pathname}`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed };
}

/** Lines of the process output that are not JSON log records (stack traces, stray prints). */
export function nonJsonLines(output: string): string[] {
  return output.split('\n').filter((line) => {
    if (line.trim() === '') return false;
    try {
      JSON.parse(line);
      return false;
    } catch {
      return true;
    }
  });
}

// ---- a PostgreSQL cluster of the test's own ----

function asPostgres(command: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', command, ...args] : [command, ...args];
}

function run(argv: string[]): void {
  const result = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${argv.join(' ')} failed: ${result.stderr || result.stdout}`);
}

export interface Cluster {
  port: number;
  url(database?: string): string;
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  destroy(): void;
  createDatabase(name: string): void;
}

export async function startCluster(): Promise<Cluster> {
  const dir = tempDir('pg');
  const dataDir = path.join(dir, 'data');
  if (process.getuid?.() === 0) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  run(asPostgres(path.join(PG_BIN, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']));
  const port = await freePort();
  const ctl = (args: string[]) => run(asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, ...args]));
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = () => ctl(['-w', '-t', '60', '-l', path.join(dir, 'log'), '-o', options, 'start']);
  start();
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: (mode = 'fast') => ctl(['-w', '-m', mode, 'stop']),
    start,
    destroy: () => {
      try {
        ctl(['-w', '-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
    createDatabase: (name: string) =>
      run([path.join(PG_BIN, 'psql'), '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', `CREATE DATABASE ${name}`]),
  };
}

// ---- a Redis server of the test's own ----

export interface RedisServer {
  port: number;
  url: string;
  start(): Promise<void>;
  kill(): Promise<void>;
}

export async function redisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      for (let attempt = 0; attempt < 100; attempt++) {
        if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG') return;
        await sleep(50);
      }
      throw new Error('redis-server did not start');
    },
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const gone = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await gone;
    },
  };
  return server;
}
