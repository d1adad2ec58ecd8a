// `git pull && npm start` runs the new code: npm start rebuilds dist/ when the sources are newer
// (or there is none), and refuses with one line when the lock file asks for packages that
// node_modules does not hold.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { freePort, ROOT, sleep, tempDir, waitHealthy } from './support.ts';

const copy = tempDir('npm-upgrade');
const database = `orgbase_npm_upgrade_${process.pid}`;
const PG = `postgres://postgres@127.0.0.1:5432/${database}`;
const psql = (sql: string) => execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-qc', sql], { stdio: 'ignore' });

// A checkout of its own (the sources, its node_modules shared): this test rebuilds its dist/.
for (const entry of ['package.json', 'package-lock.json', 'bin', 'scripts', 'src'])
  fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true, preserveTimestamps: true });
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
psql(`CREATE DATABASE ${database}`);
const children: number[] = [];
after(() => {
  for (const pid of children) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  fs.rmSync(copy, { recursive: true, force: true });
});

const env = (port: number) => ({ ...process.env, DATABASE_URL: PG, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ORGBASE_COMMIT: 'c0ffee' });

/** `npm start --silent` in the copy until healthy; then SIGTERM. Resolves with what it printed. */
async function npmStart(): Promise<{ stderr: string; health: any }> {
  const port = await freePort();
  const child = spawn('npm', ['start', '--silent'], { cwd: copy, env: env(port), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await waitHealthy(`http://127.0.0.1:${port}`, exited, () => stdout + stderr, 120_000);
  const health = await (await fetch(`http://127.0.0.1:${port}/_health`)).json();
  child.kill('SIGTERM');
  assert.equal(await Promise.race([exited, sleep(20_000).then(() => 'timeout')]), 0, stdout + stderr);
  return { stderr, health };
}

describe('npm start after an upgrade', () => {
  it('builds a missing bundle, rebuilds one older than the sources, and refuses stale dependencies', { timeout: 300_000 }, async () => {
    const dist = path.join(copy, 'dist/main.js');
    const first = await npmStart();
    assert.match(first.stderr, /^orgbase: there is no dist\/main\.js: rebuilding the bundle \(npm run build\)\norgbase: rebuilt dist\/ in [\d.]+ s\n/);
    const pkg = JSON.parse(fs.readFileSync(path.join(copy, 'package.json'), 'utf8'));
    assert.deepEqual(first.health, { status: 'ok', version: pkg.version, commit: 'c0ffee' });

    // Nothing changed: no rebuild, nothing said.
    const builtAt = fs.statSync(dist).mtimeMs;
    const unchanged = await npmStart();
    assert.equal(unchanged.stderr.split('\n').filter((line) => line.startsWith('orgbase:')).length, 0, unchanged.stderr);
    assert.equal(fs.statSync(dist).mtimeMs, builtAt);

    // A pull brings newer sources (and a new version).
    // Newer than the bundle, yet in the past: a rebuild finishing within a second must still
    // leave the bundle newer than it (a time in the future made the next start rebuild again).
    const later = new Date(builtAt + 1000);
    assert.ok(later.getTime() < Date.now(), 'the unchanged start took over a second');
    fs.utimesSync(path.join(copy, 'src/db/migrate.ts'), later, later);
    fs.writeFileSync(path.join(copy, 'package.json'), JSON.stringify({ ...pkg, version: '9.9.9' }, null, 2));
    const upgraded = await npmStart();
    assert.match(upgraded.stderr, /^orgbase: (src\/db\/migrate\.ts|package\.json) is newer than dist\/: rebuilding the bundle/);
    assert.ok(fs.statSync(dist).mtimeMs > builtAt, 'dist/main.js was rebuilt');
    assert.equal(upgraded.health.version, '9.9.9');

    // A pull that bumps only orgbase's own version in the lock file needs no npm ci.
    const lockPath = path.join(copy, 'package-lock.json');
    const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
    fs.writeFileSync(
      lockPath,
      JSON.stringify({ ...lock, version: '9.9.9', packages: { ...lock.packages, '': { ...lock.packages[''], version: '9.9.9' } } }, null, 2),
    );
    const bumped = await npmStart();
    assert.equal(bumped.stderr.split('\n').filter((line) => line.startsWith('orgbase:')).length, 0, bumped.stderr);

    // A pull that changes the dependencies: one line, exit 1, no server.
    lock.packages['node_modules/pg'] = { ...lock.packages['node_modules/pg'], version: '0.0.1' };
    fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2));
    const newer = new Date(Date.now() + 5000);
    fs.utimesSync(lockPath, newer, newer);
    const refused = spawn('npm', ['start', '--silent'], { cwd: copy, env: env(await freePort()), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    refused.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => refused.once('exit', resolve));
    assert.equal(code, 1);
    assert.equal(stderr, 'orgbase: package-lock.json is newer than node_modules (an upgrade?): run "npm ci", then "npm start"\n');
  });
});
