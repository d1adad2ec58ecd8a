// Item 1: the embedded default after quiet periods. The pool may replace its one client over
// PGlite's one session; requests and /_readyz must not notice, ever.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { baseEnv, call, seedKey, sleep, startOrgbase, tempDir, type Orgbase } from './support.ts';

const dirs: string[] = [];
const servers: Orgbase[] = [];
after(async () => {
  for (const server of servers) await server.stop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function embedded(extra: NodeJS.ProcessEnv = {}) {
  const dir = tempDir('idle');
  dirs.push(dir);
  const env = baseEnv({ ORGBASE_DATA_DIR: dir, LOG_LEVEL: 'warn', ...extra });
  const key = seedKey(env);
  const server = await startOrgbase(env);
  servers.push(server);
  return { server, key };
}

async function assertServes(server: Orgbase, key: string, label: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const answer = await call(server.url, 'GET', '/api/users/@me/', key);
    assert.equal(answer.status, 200, `${label}: GET /api/users/@me/ answered ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  const ready = await call(server.url, 'GET', '/_readyz');
  assert.equal(ready.status, 200, `${label}: /_readyz answered ${ready.status}`);
}

describe('embedded database after idle periods', () => {
  it('answers the same after 15 s of silence as before it', { timeout: 240_000 }, async () => {
    const { server, key } = await embedded();
    await assertServes(server, key.value, 'before the pause');
    await sleep(15_000);
    await assertServes(server, key.value, 'after 15 s idle');
  });

  it('survives many idle-timeout replacements of its client (an hour, compressed)', { timeout: 240_000 }, async () => {
    // A 100 ms idle timeout closes the client between every pair of bursts below: each pause
    // is what an hour of separate quiet periods does to the default.
    const { server, key } = await embedded({ ORGBASE_DB_IDLE_TIMEOUT_MS: '100' });
    for (let round = 0; round < 10; round++) {
      await assertServes(server, key.value, `round ${round}`);
      const created = await call(server.url, 'POST', '/api/organizations/', key.value, { name: `Idle ${round}` });
      assert.equal(created.status, 201, `round ${round}: create answered ${created.status} ${JSON.stringify(created.body)}`);
      await sleep(300);
    }
  });
});
