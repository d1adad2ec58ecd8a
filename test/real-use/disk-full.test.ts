// Item 6: the embedded database on a full file system. Writes answer 507 with a clear
// detail, reads keep working, and writes resume once space returns.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { baseEnv, call, nonJsonLines, seedKey, sleep, startOrgbase, tempDir, type Orgbase } from './support.ts';

const mountPoint = tempDir('disk');
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', mountPoint], { encoding: 'utf8' });
const skip = mounted.status === 0 ? false : `cannot mount a small tmpfs here (${(mounted.stderr || mounted.error?.message || '').trim()}); needs root`;
if (skip) console.log(`# disk full: skipped: ${skip}`);

let server: Orgbase | undefined;
after(async () => {
  await server?.stop();
  if (!skip) spawnSync('umount', ['-l', mountPoint]);
  fs.rmSync(mountPoint, { recursive: true, force: true });
});

function fill(file: string): number {
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(256 * 1024, 1);
  let written = 0;
  try {
    for (;;) written += fs.writeSync(fd, chunk);
  } catch (error) {
    assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
  } finally {
    fs.closeSync(fd);
  }
  // Byte-sized writes take the last partial pages too.
  const small = fs.openSync(file, 'a');
  try {
    for (;;) written += fs.writeSync(small, Buffer.alloc(512, 1));
  } catch {
    // full
  } finally {
    fs.closeSync(small);
  }
  return written;
}

describe('disk full on the embedded database', { skip }, () => {
  it('answers 507 to writes, serves reads, and resumes writes once space returns', { timeout: 240_000 }, async () => {
    const dataDir = path.join(mountPoint, 'data');
    const env = baseEnv({ ORGBASE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    const key = seedKey(env);
    server = await startOrgbase(env);
    const url = server.url;
    const first = await call(url, 'POST', '/api/organizations/', key.value, { name: 'Before the disk filled' });
    assert.equal(first.status, 201);

    const filler = path.join(mountPoint, 'filler');
    const filled = fill(filler);
    const statuses = new Map<number, number>();
    let full: { status: number; body: any } | undefined;
    for (let i = 0; i < 3000 && !full; i++) {
      const answer = await call(url, 'POST', '/api/organizations/', key.value, { name: `Filling ${i} ${'x'.repeat(40)}` });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status !== 201) full = answer;
    }
    assert.ok(full, 'the database never ran out of space');
    assert.equal(full.status, 507, `a write on a full disk answered ${full.status} ${JSON.stringify(full.body)}`);
    assert.equal(full.body.code, 'insufficient_storage');
    assert.equal(full.body.attr, null);
    assert.match(full.body.detail, /no space left/i);

    const read = await call(url, 'GET', `/api/organizations/${first.body.id}/`, key.value);
    assert.equal(read.status, 200, 'reads keep working on a full disk');
    assert.equal((await call(url, 'GET', '/api/users/@me/', key.value)).status, 200);

    fs.rmSync(filler);
    const freedAt = Date.now();
    let resumed: { status: number } | undefined;
    while (Date.now() - freedAt < 10_000) {
      resumed = await call(url, 'POST', '/api/organizations/', key.value, { name: 'After space returned' });
      if (resumed.status === 201) break;
      assert.ok([507, 503].includes(resumed.status), `after space returned: ${resumed.status}`);
      await sleep(50);
    }
    const recoveryMs = Date.now() - freedAt;
    console.log(
      `# disk full: ${(filled / 1024 / 1024).toFixed(1)} MB filler; answers while filling ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `writes resumed ${recoveryMs} ms after space was freed`,
    );
    assert.equal(resumed?.status, 201, 'writes resume once space returns');
    assert.equal(server.child.exitCode, null);
    assert.deepEqual(nonJsonLines(server.output()), []);
  });
});
