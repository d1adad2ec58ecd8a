// Item 5: kill -9 leaves the embedded data directory's lock behind; its pid may be reused by
// an unrelated process. Such a lock never blocks; a live orgbase always does.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { baseEnv, call, freePort, seedKey, spawnOrgbase, startOrgbase, tempDir, type Orgbase } from './support.ts';

const dir = tempDir('lock');
const servers: Orgbase[] = [];
const sleeper = spawn('sleep', ['600'], { stdio: 'ignore' });
after(async () => {
  sleeper.kill('SIGKILL');
  for (const server of servers) await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the embedded data directory lock', () => {
  it('a lock whose pid now belongs to an unrelated process does not block; a live orgbase does', { timeout: 240_000 }, async () => {
    const env = baseEnv({ ORGBASE_DATA_DIR: dir, LOG_LEVEL: 'warn' });
    const key = seedKey(env);
    const first = await startOrgbase(env);
    const lockPath = path.join(dir, 'orgbase.lock');
    const written = fs.readFileSync(lockPath, 'utf8');
    assert.match(written, new RegExp(`^${first.child.pid}\\b`));

    // A live orgbase refuses a second one, naming itself.
    const second = spawnOrgbase(env, await freePort());
    const code = await second.exited;
    assert.notEqual(code, 0);
    assert.match(second.output(), new RegExp(`in use by another orgbase process \\(pid ${first.child.pid}\\)`));
    assert.equal(second.output().trim().split('\n').length, 1, 'one line');

    first.child.kill('SIGKILL');
    await first.exited;
    // The pid now belongs to a live `sleep`; the recorded start time is still orgbase's.
    const [, startTime] = written.trim().split(/\s+/);
    fs.writeFileSync(lockPath, `${sleeper.pid} ${startTime ?? '1'}`);

    const started = Date.now();
    const restarted = await startOrgbase(env);
    servers.push(restarted);
    console.log(`# stale lock (pid reused by sleep ${sleeper.pid}) taken over; serving again ${Date.now() - started} ms after start`);
    assert.equal((await call(restarted.url, 'GET', '/api/users/@me/', key.value)).status, 200);
    assert.match(fs.readFileSync(lockPath, 'utf8'), new RegExp(`^${restarted.child.pid}\\b`));
  });
});
