import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';

// The embedded engine is one PostgreSQL session that several pool clients share (WireSessions):
// what they do must look like separate sessions would, as on PostgreSQL.
let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
  await sql`CREATE TABLE clients_probe (id integer PRIMARY KEY, note text)`.execute(database.handle.db);
});
after(() => database.drop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('database clients', () => {
  it('run concurrent statements on more than one client', async () => {
    const { db, pool } = database.handle;
    const read = (n: number) => sql<{ n: number }>`SELECT ${n}::int AS n, pg_sleep(0.005)`.execute(db);
    const answers = await Promise.all(Array.from({ length: 16 }, (_, n) => read(n)));
    assert.deepEqual(
      answers.map((answer) => answer.rows[0]!.n),
      Array.from({ length: 16 }, (_, n) => n),
    );
    assert.ok(pool.totalCount > 1, `one client served them all (${pool.totalCount})`);
  });

  it('never show another client an uncommitted write, nor keep it waiting past the commit', async () => {
    const { db } = database.handle;
    let committed = false;
    const writer = db.transaction().execute(async (trx) => {
      await sql`INSERT INTO clients_probe VALUES (1, 'in flight')`.execute(trx);
      await sleep(50);
      committed = true;
    });
    await sleep(10);
    const seen = await sql<{ n: number }>`SELECT count(*)::int AS n FROM clients_probe WHERE id = ${1}`.execute(db);
    if (seen.rows[0]!.n === 1) assert.ok(committed, 'saw a row its transaction had not committed');
    await writer;
    const now = await sql<{ n: number }>`SELECT count(*)::int AS n FROM clients_probe WHERE id = ${1}`.execute(db);
    assert.equal(now.rows[0]!.n, 1);
  });

  it('undo what a client leaves when it goes mid-transaction', async () => {
    const { db, pool } = database.handle;
    const client = await pool.connect();
    await client.query('BEGIN');
    await client.query('INSERT INTO clients_probe VALUES ($1, $2)', [2, 'abandoned']);
    client.release(new Error('connection dropped mid-transaction'));
    const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM clients_probe WHERE id = ${2}`.execute(db);
    assert.equal(row.rows[0]!.n, 0);
    // The session is usable by every other client: a transaction of its own commits.
    await db.transaction().execute((trx) => sql`INSERT INTO clients_probe VALUES (${3}, ${'after'})`.execute(trx));
    const kept = await sql<{ n: number }>`SELECT count(*)::int AS n FROM clients_probe WHERE id = ${3}`.execute(db);
    assert.equal(kept.rows[0]!.n, 1);
  });

  it('prepare the same statement on every client without their names colliding', async () => {
    const { db } = database.handle;
    for (let round = 0; round < 5; round++) {
      await Promise.all(Array.from({ length: 12 }, (_, n) => sql`SELECT note FROM clients_probe WHERE id = ${n} AND pg_sleep(0.001) IS NOT NULL`.execute(db)));
    }
  });
});
