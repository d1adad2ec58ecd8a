// Item 7: `npm start` under a supervisor. SIGTERM to npm reaches the server (it drains,
// exits 0, frees the lock), and the bundle built at install time is not rebuilt on start.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { baseEnv, call, DIST_MAIN, freePort, seedKey, sleep, spawnOrgbase, tempDir, waitHealthy } from './support.ts';

const dir = tempDir('npm');
const started: number[] = [];
after(() => {
  // A failed run must not leave a server behind (nor hold the test runner's pipes).
  for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  it('does not rebuild, and SIGTERM to npm drains the server, which exits 0 and frees the lock', { timeout: 240_000 }, async () => {
    const env = baseEnv({ ORGBASE_DATA_DIR: dir, LOG_LEVEL: 'info' });
    const key = seedKey(env);
    const builtAt = fs.statSync(DIST_MAIN).mtimeMs;
    const port = await freePort();
    const spawnedAt = Date.now();
    const npm = spawnOrgbase(env, port, ['npm', 'start', '--silent']);
    started.push(npm.child.pid!);
    const url = `http://127.0.0.1:${port}`;
    await waitHealthy(url, npm.exited, npm.output);
    console.log(`# npm start: healthy ${Date.now() - spawnedAt} ms after spawn`);
    const rebuilt = fs.statSync(DIST_MAIN).mtimeMs !== builtAt;
    assert.equal((await call(url, 'GET', '/api/users/@me/', key.value)).status, 200);

    const lock = fs.readFileSync(path.join(dir, 'orgbase.lock'), 'utf8');
    const serverPid = Number.parseInt(lock, 10);
    started.push(serverPid);
    assert.ok(alive(serverPid));

    npm.child.kill('SIGTERM');
    const code = await Promise.race([npm.exited, sleep(20_000).then(() => 'timeout' as const)]);
    assert.notEqual(code, 'timeout', 'npm did not exit within 20 s of SIGTERM');
    for (let i = 0; i < 100 && alive(serverPid); i++) await sleep(50);
    assert.ok(!alive(serverPid), `the server (pid ${serverPid}) is still running after npm got SIGTERM`);
    assert.equal(code, 0, `npm start exited ${code}: ${npm.output()}`);
    assert.ok(!fs.existsSync(path.join(dir, 'orgbase.lock')), 'the lock is freed');
    assert.match(npm.output(), /"signal":"SIGTERM"/, 'the server saw the signal and drained');
    assert.ok(!rebuilt, 'npm start rebuilt dist/main.js');
  });
});
