import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, WORK_DIR } from '../servers.ts';
import type { LoadGenerator, LoadResult, LoadSettings, LoadShape } from './types.ts';

const LUA_DIR = path.join(ROOT, 'bench/lua');

function hasWrk(): boolean {
  return spawnSync('sh', ['-c', 'command -v wrk'], { stdio: 'ignore' }).status === 0;
}

/** wrk if it is installed, or installed now from Debian's packages when we are root. */
export function findWrk(log: (line: string) => void): boolean {
  if (hasWrk()) return true;
  if (process.getuid?.() !== 0 || spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) return false;
  log('wrk is not installed; installing the Debian package (apt-get install -y wrk)');
  const quiet = { stdio: 'ignore' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  if (spawnSync('apt-get', ['install', '-y', '-qq', 'wrk'], quiet).status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], quiet);
    spawnSync('apt-get', ['install', '-y', '-qq', 'wrk'], quiet);
  }
  return hasWrk();
}

/** One Lua script per run: the scenario's requests (if any) and the shared result line. */
function writeScript(shape: LoadShape): { script: string; args: string[] } {
  const report = fs.readFileSync(path.join(LUA_DIR, 'report.lua'), 'utf8');
  const script = path.join(WORK_DIR, `wrk-${shape.kind}.lua`);
  if (shape.kind === 'get') {
    fs.writeFileSync(script, report);
    return { script, args: [] };
  }
  const users = path.join(WORK_DIR, 'role-membership-users.txt');
  fs.writeFileSync(users, `${shape.userUuids.join('\n')}\n`);
  fs.writeFileSync(script, `${fs.readFileSync(path.join(LUA_DIR, 'role-memberships.lua'), 'utf8')}\n${report}`);
  return { script, args: [shape.path, users] };
}

export const wrk: LoadGenerator = {
  name: 'wrk',
  async run(baseUrl: string, shape: LoadShape, settings: LoadSettings): Promise<LoadResult> {
    const { script, args: scriptArgs } = writeScript(shape);
    const args = [`-t${settings.threads}`, `-c${settings.connections}`, `-d${settings.durationSeconds}s`, '--timeout', '10s', '-s', script];
    if (shape.kind === 'get' && shape.authorization) args.push('-H', `Authorization: ${shape.authorization}`);
    const url = shape.kind === 'get' ? `${baseUrl}${shape.path}` : baseUrl;
    args.push(url);
    if (shape.kind !== 'get') args.push('--', ...scriptArgs, String(settings.threads), shape.authorization);

    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const line = /^BENCH_RESULT (.*)$/m.exec(output);
    if (code !== 0 || !line) throw new Error(`wrk failed (exit ${code}):\n${output}`);
    const raw = JSON.parse(line[1]!) as Record<string, number>;
    return {
      requests: raw.requests!,
      requestsPerSecond: raw.requests! / (raw.duration_us! / 1e6),
      p50Ms: raw.p50_us! / 1000,
      p99Ms: raw.p99_us! / 1000,
      errorResponses: raw.status_errors!,
      socketErrors: raw.socket_errors!,
    };
  },
};
