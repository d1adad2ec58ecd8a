// Item 2: PostgreSQL stopped (pg_ctl -m fast) under six concurrent writers, then started.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseEnv, call, nonJsonLines, seedKey, sleep, startCluster, startOrgbase, type Cluster, type Orgbase } from './support.ts';

let cluster: Cluster;
let server: Orgbase | undefined;
// Module-level so a failed assertion still stops the writers (they would keep the run alive).
let running = true;
before(async () => {
  cluster = await startCluster();
});
after(async () => {
  running = false;
  await server?.stop();
  cluster.destroy();
});

describe('PostgreSQL stopped and started under six concurrent writers', () => {
  it('answers 503 database_unavailable meanwhile, recovers within 1 s without a restart, loses no acknowledged write', { timeout: 240_000 }, async () => {
    // Limits out of reach: six writers as fast as the server answers pass the default 480 a
    // minute, and the limiter is not what this test is about.
    const env = baseEnv({ DATABASE_URL: cluster.url(), LOG_LEVEL: 'warn', ORGBASE_RATE_LIMIT_PER_MINUTE: '1000000', ORGBASE_RATE_LIMIT_PER_HOUR: '1000000' });
    const key = seedKey(env);
    server = await startOrgbase(env);
    const url = server.url;

    const acknowledged: string[] = [];
    const unexpected: string[] = [];
    const statuses = new Map<number, number>();
    let unavailableBodies = 0;
    let lastSuccessAt = 0;
    let firstSuccessAfterStart = 0;
    let startedAt = 0;
    const writer = async (id: number) => {
      for (let n = 0; running; n++) {
        let answer;
        try {
          answer = await call(url, 'POST', '/api/organizations/', key.value, { name: `Writer ${id} #${n}` });
        } catch (error) {
          unexpected.push(`writer ${id}: ${(error as Error).message}`);
          await sleep(20);
          continue;
        }
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 201) {
          acknowledged.push(answer.body.id);
          lastSuccessAt = Date.now();
          if (startedAt && !firstSuccessAfterStart) firstSuccessAfterStart = Date.now();
        } else if (answer.status === 503) {
          assert.equal(answer.body.code, 'database_unavailable');
          assert.equal(answer.body.attr, null);
          assert.equal(typeof answer.body.detail, 'string');
          unavailableBodies++;
          await sleep(10);
        } else {
          unexpected.push(`writer ${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, id) => writer(id));
    await sleep(1500);
    assert.ok(acknowledged.length > 0, 'writes succeed before the outage');

    cluster.stop('fast');
    const stoppedAt = Date.now();
    await sleep(1500);
    const readyDuringOutage = await call(url, 'GET', '/_readyz');
    const readDuringOutage = await call(url, 'GET', '/api/organizations/', key.value);
    assert.equal(server.child.exitCode, null, `orgbase exited during the outage: ${server.output()}`);

    cluster.start();
    startedAt = Date.now();
    while (!firstSuccessAfterStart && Date.now() - startedAt < 10_000) await sleep(5);
    const recoveryMs = firstSuccessAfterStart - startedAt;
    await sleep(1000);
    running = false;
    await Promise.all(writers);

    console.log(
      `# outage: ${Date.now() - stoppedAt} ms; answers ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `recovered ${recoveryMs} ms after pg_ctl start returned; ${acknowledged.length} writes acknowledged`,
    );
    assert.equal(readyDuringOutage.status, 503, '/_readyz during the outage');
    assert.equal(readDuringOutage.status, 503, 'a read during the outage');
    assert.equal(readDuringOutage.body.code, 'database_unavailable');
    assert.deepEqual(unexpected, [], 'only 201 and 503 answers, and no dropped connection');
    assert.ok(unavailableBodies > 0, 'the outage was seen by the writers');
    assert.ok(firstSuccessAfterStart > 0, 'writes resumed after PostgreSQL came back');
    assert.ok(recoveryMs < 1000, `service resumed ${recoveryMs} ms after PostgreSQL returned (must be < 1000)`);
    assert.ok(lastSuccessAt > startedAt);
    assert.equal((await call(url, 'GET', '/_readyz')).status, 200);

    // Every acknowledged organization is there.
    const listed = new Set<string>();
    let next: string | null = '/api/organizations/?limit=100';
    while (next) {
      const page = await call(url, 'GET', next.replace(url, ''), key.value);
      assert.equal(page.status, 200);
      for (const row of page.body.results) listed.add(row.id);
      next = page.body.next;
    }
    const lost = acknowledged.filter((id) => !listed.has(id));
    assert.deepEqual(lost, [], `${lost.length} acknowledged writes are missing`);
    assert.deepEqual(nonJsonLines(server.output()), [], 'everything printed is JSON log');
  });
});
