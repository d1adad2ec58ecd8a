// `npm run bench:cli` (also the end of `npm run bench`): how long each orgbase command takes
// from exec to exit, as an operator sees it, plus the first start of a server on a fresh data
// directory. The bar is under 1 s per command on a quiet machine.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/orgbase.js');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 5);
const log = (line: string) => process.stderr.write(`# ${line}\n`);

execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build.ts')], { cwd: ROOT, stdio: 'inherit' });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgbase-bench-cli-'));
const env = { ...process.env, ORGBASE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' };

function timed(args: string[]): { ms: number; code: number; stdout: string } {
  const started = process.hrtime.bigint();
  let code = 0;
  let stdout = '';
  try {
    stdout = execFileSync(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    code = (error as { status: number }).status;
  }
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, code, stdout };
}

function median(args: string[], runs = RUNS): { ms: number; code: number } {
  const samples = Array.from({ length: runs }, () => timed(args));
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)]!, code: samples[0]!.code };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const rows: Array<[string, string, number, number]> = [];
const record = (where: string, args: string[], runs?: number) => {
  const { ms, code } = median(args, runs);
  rows.push([where, args.join(' '), ms, code]);
  log(`${where.padEnd(10)} ${args.join(' ').padEnd(60)} ${ms.toFixed(0)} ms`);
};

// No database: help, version, usage errors.
for (const args of [['--help'], ['--version'], ['keys', '--help'], ['users', 'create', '--help'], ['users', 'create']]) record('no db', args);

// First start on an empty data directory, then every command through the running server.
const port = await freePort();
const started = Date.now();
const server = spawn(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: String(port), LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'] });
let firstStart = 0;
for (;;) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/_health`)).ok && fs.existsSync(path.join(dataDir, 'orgbase.sock'))) break;
  } catch {
    // not yet
  }
  if (server.exitCode !== null) throw new Error('orgbase serve exited during start');
  await new Promise((resolve) => setTimeout(resolve, 50));
}
firstStart = Date.now() - started;
log(`first start on a fresh data directory: ${firstStart} ms`);

try {
  const init = JSON.parse(timed(['init', '--email', 'bench@example.com', '--organization', 'Bench']).stdout);
  const organization = init.organization.id as string;
  record('server', ['users', 'create', '--email', `u${Date.now()}@example.com`], 1);
  const key = JSON.parse(timed(['keys', 'create', '--email', 'bench@example.com', '--label', 'b', '--scopes', '*']).stdout);
  for (const args of [
    ['users', 'list'],
    ['orgs', 'list'],
    ['members', 'list', '--organization', organization],
    ['integrations', 'list', '--organization', organization],
    ['keys', 'list', '--email', 'bench@example.com'],
    ['keys', 'roll', '--id', key.id],
    ['migrate'],
  ]) {
    record('server', args);
  }
  record('server', ['orgs', 'create', '--name', 'Another', '--email', 'bench@example.com'], 1);
  record('server', ['backup', path.join(dataDir, 'bench.tgz')], 1);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}

// No server: the command opens the embedded database itself (PGlite's start dominates).
for (const args of [['users', 'list'], ['migrate']]) record('no server', args, 3);
fs.rmSync(dataDir, { recursive: true, force: true });

process.stdout.write(
  `\norgbase CLI start-up (median of ${RUNS} runs, exec to exit), load ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}\n`,
);
process.stdout.write(`first start (fresh data dir, until /_health): ${firstStart} ms\n`);
for (const [where, args, ms, code] of rows) {
  process.stdout.write(
    `${where.padEnd(10)} ${args.padEnd(64)} ${ms.toFixed(0).padStart(6)} ms  exit ${code}${where !== 'no server' && ms >= 1000 ? '  (over 1 s)' : ''}\n`,
  );
}
