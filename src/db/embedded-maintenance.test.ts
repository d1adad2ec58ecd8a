import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { maintainEmbedded, type Maintenance } from './embedded-maintenance.ts';
import { simpleQuery as query, WireSessions } from './wire-sessions.ts';

// The engine alone (no server): what a pass tends, and that it never runs inside a client's
// transaction on the one session they share.
let db: PGlite;
let sessions: WireSessions;
let maintenance: Maintenance;
const answers: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The engine's statistics reach pg_stat_user_tables when it flushes them (at most once a second). */
async function flushStatistics(): Promise<void> {
  await db.query('SELECT pg_stat_force_next_flush()');
  await db.query('SELECT 1');
}

/** Resolves once a client has been answered with `text`. */
async function answered(text: string): Promise<void> {
  for (let waited = 0; !answers.some((answer) => answer.includes(text)); waited += 5) {
    assert.ok(waited < 5000, `never answered ${text}`);
    await sleep(5);
  }
}

async function churn(table: string): Promise<void> {
  await db.exec(`CREATE TABLE ${table} (id integer PRIMARY KEY, note text)`);
  await db.exec(`INSERT INTO ${table} SELECT g, repeat('x', 50) FROM generate_series(1, 2000) g`);
  await db.exec(`DELETE FROM ${table} WHERE id > 100`);
  await flushStatistics();
}

const statistics = async (table: string) =>
  (
    await db.query<{ n_dead_tup: number; last_vacuum: Date | null; last_analyze: Date | null }>(
      'SELECT n_dead_tup::int, last_vacuum, last_analyze FROM pg_stat_user_tables WHERE relname = $1',
      [table],
    )
  ).rows[0]!;

before(async () => {
  db = await PGlite.create();
  sessions = new WireSessions(db, ({ bytes }) => answers.push(...bytes.map((b) => Buffer.from(b).toString('latin1'))));
  maintenance = maintainEmbedded(db, sessions, 3_600_000);
});
after(async () => {
  maintenance.stop();
  await db.close();
});

describe('embedded maintenance', () => {
  it('vacuums and analyzes a table with dead rows, then has nothing left to do', async () => {
    await churn('churned');
    const tended = await maintenance.pass();
    assert.deepEqual(
      tended.filter((one) => one.table === 'public.churned'),
      [{ table: 'public.churned', vacuumed: true }],
    );
    const after = await statistics('churned');
    assert.equal(after.n_dead_tup, 0);
    assert.ok(after.last_vacuum && after.last_analyze);
    // The smaller sample is the pass's own: the session the clients share is as it was.
    assert.equal((await db.query<{ default_statistics_target: string }>('SHOW default_statistics_target')).rows[0]!.default_statistics_target, '100');
    await flushStatistics();
    assert.deepEqual(await maintenance.pass(), []);
  });

  it('analyzes a table that only grew, without vacuuming it', async () => {
    await db.exec(`CREATE TABLE grown (id integer PRIMARY KEY)`);
    await db.exec(`INSERT INTO grown SELECT generate_series(1, 1000)`);
    await flushStatistics();
    assert.deepEqual(await maintenance.pass(), [{ table: 'public.grown', vacuumed: false }]);
    const after = await statistics('grown');
    assert.ok(after.last_analyze && !after.last_vacuum);
  });

  it("waits for a client's open transaction to end, and runs before the next client's write", async () => {
    await churn('held');
    sessions.receive({ type: 'open', id: 1 });
    sessions.receive({ type: 'open', id: 2 });
    sessions.receive({ type: 'data', ids: [1], bytes: [query('BEGIN; INSERT INTO held VALUES (5000, NULL)')] });
    // Not a fixed sleep: on a loaded host a timer can fire before the drain has run the BEGIN,
    // and then the pass rightly runs first.
    await answered('INSERT 0 1');
    let done = false;
    const pass = maintenance.pass().then((tended) => {
      done = true;
      return tended;
    });
    await sleep(200);
    assert.equal(done, false, 'the pass ran inside the open transaction');
    // The commit and another client's transaction arrive together: the pass goes between them.
    sessions.receive({
      type: 'data',
      ids: [1, 2],
      bytes: [query('COMMIT'), query(`BEGIN; SELECT last_vacuum IS NOT NULL AS vacuumed FROM pg_stat_user_tables WHERE relname = 'held'`)],
    });
    await answered('vacuumed');
    await sleep(200);
    assert.equal(done, false, "the pass ended while the second client's transaction was open");
    assert.ok(
      answers.every((answer) => !answer.includes('VACUUM cannot run')),
      'VACUUM ran in a transaction block',
    );
    const seenBySecond = answers.at(-1)!;
    assert.ok(seenBySecond.includes('vacuumed'), 'the second client was not answered');
    assert.ok(seenBySecond.includes('\x00\x00\x00\x01t'), 'the second client began before the pass vacuumed');
    sessions.receive({ type: 'data', ids: [2], bytes: [query('COMMIT')] });
    assert.deepEqual(await pass, [{ table: 'public.held', vacuumed: true }]);
    assert.equal((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM held')).rows[0]!.n, 101);
  });
});
