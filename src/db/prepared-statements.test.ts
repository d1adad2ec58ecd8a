import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.drop());

describe('prepared statements', () => {
  it('keep answering after a migration changes the columns under them', async () => {
    const db = database.handle.db;
    await sql`CREATE TABLE prepared_probe (id integer PRIMARY KEY, a text)`.execute(db);
    await sql`INSERT INTO prepared_probe VALUES (1, 'x')`.execute(db);
    const read = () => sql<Record<string, unknown>>`SELECT * FROM prepared_probe WHERE id = ${1}`.execute(db);
    assert.deepEqual((await read()).rows, [{ id: 1, a: 'x' }]);
    await sql`ALTER TABLE prepared_probe ADD COLUMN b text DEFAULT 'y'`.execute(db);
    // The first use after the change may fail once (PostgreSQL's own rule); the next is re-prepared.
    const after = await read().catch(() => read());
    assert.deepEqual(after.rows, [{ id: 1, a: 'x', b: 'y' }]);
    assert.deepEqual((await read()).rows, [{ id: 1, a: 'x', b: 'y' }]);
  });
});
