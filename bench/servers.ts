import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { SERVER_NODE_FLAGS } from '../bin/node-flags.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const WORK_DIR = path.join(ROOT, '.bench');

/** A server process under test: where it listens, and its resident memory. */
export interface ServerProcess {
  name: string;
  pid: number;
  baseUrl: string;
  /** Starts a new peak-RSS window (the kernel's VmHWM is reset through clear_refs). */
  resetPeakRss(): void;
  /** VmHWM of the process in MB: its peak resident memory since start or the last reset. */
  peakRssMb(): number;
  /** Peak resident memory since start, across every reset: the whole run's. */
  wholeRunPeakRssMb(): number;
  /** VmRSS of the process in MB: its resident memory now. */
  rssMb(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

function readStatusKb(pid: number, field: string): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]);
}

async function waitForHttp(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}:\n${output()}`);
    try {
      await fetch(`${baseUrl}/_health`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`server did not answer on ${baseUrl} within ${timeoutMs / 1000} s:\n${output()}`);
}

async function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(baseUrl, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid!;
  let peakBeforeResets = 0;
  const peakRssMb = () => readStatusKb(pid, 'VmHWM') / 1024;
  return {
    name,
    pid,
    baseUrl,
    resetPeakRss() {
      peakBeforeResets = Math.max(peakBeforeResets, peakRssMb());
      fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    },
    peakRssMb,
    wholeRunPeakRssMb: () => Math.max(peakBeforeResets, peakRssMb()),
    rssMb: () => readStatusKb(pid, 'VmRSS') / 1024,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      if (child.exitCode !== 0 && child.signalCode === null) {
        process.stderr.write(`${name} exited with code ${child.exitCode}:\n${output}\n`);
      }
    },
  };
}

/**
 * Bundles orgbase the way `npm start` serves it (scripts/build.ts into dist/), so the bench
 * measures what operators run rather than the tsx loader.
 */
export function buildOrgbase(): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

export interface OrgbaseLaunch {
  databaseUrl?: string;
  dataDir?: string;
  fromSource: boolean;
  /** Directory for a CPU profile (`node --cpu-prof`), written when the server exits. */
  cpuProfileDir?: string;
  /** More environment (the scale-out bench: a pooler, prepared statements off). */
  env?: NodeJS.ProcessEnv;
  /** More arguments to `serve` (`--workers N`). */
  args?: string[];
}

export async function startOrgbase(launch: OrgbaseLaunch): Promise<ServerProcess> {
  const entry = launch.fromSource ? ['bin/orgbase.js'] : ['dist/main.js'];
  const profiling = launch.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${launch.cpuProfileDir}`] : [];
  const env: NodeJS.ProcessEnv = {
    ...(launch.databaseUrl ? { DATABASE_URL: launch.databaseUrl } : { DATABASE_URL: '', ORGBASE_DATA_DIR: launch.dataDir }),
    // One key sends all the load: limits out of reach keep the limiter's cost in the figures
    // without ever refusing a request.
    ORGBASE_RATE_LIMIT_PER_MINUTE: '1000000000',
    ORGBASE_RATE_LIMIT_PER_HOUR: '1000000000',
    ...launch.env,
  };
  return startProcess('orgbase', [...SERVER_NODE_FLAGS, ...profiling, ...entry, 'serve', ...(launch.args ?? [])], env);
}

/** The reference server, bundled like orgbase so neither pays for a TypeScript loader. */
export async function startReference(databaseUrl: string): Promise<ServerProcess> {
  const outfile = path.join(WORK_DIR, 'reference-server.js');
  await build({
    entryPoints: [path.join(ROOT, 'bench/reference-server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return startProcess('reference', [outfile], { DATABASE_URL: databaseUrl });
}
