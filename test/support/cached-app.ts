// An app whose caches behave as a server's do, for tests of what they keep: on PGlite one
// statement at a time (no write marks), on PostgreSQL a listening invalidation channel (a
// write's own notice comes back and lifts its marks), with every statement it sends logged so
// a test can tell a read from memory from one that was not.
import assert from 'node:assert/strict';
import { Kysely, PostgresDialect } from 'kysely';
import { buildApp } from '../../src/app/app.ts';
import { Invalidation } from '../../src/db/invalidation.ts';
import type { Database, Db } from '../../src/db/types.ts';
import type { App } from '../../src/http/app-types.ts';
import { client, testConfig } from './app.ts';
import { createTestDatabase, TEST_DB, type TestDatabase } from './database.ts';
import { useAppWrites } from './fixtures.ts';

export interface CachedApp {
  app: App;
  /** The database fixtures write through (the app's unit of work). */
  db: Db;
  database: TestDatabase;
  /** The statements sent since the last `sent.length = 0`. */
  sent: string[];
  /** Polls `url` until a GET of it sends no statement (its answer is kept), and returns that answer's body. */
  fromMemory(key: string, url: string): Promise<any>;
  close(): Promise<void>;
}

export async function startCachedApp(): Promise<CachedApp> {
  const database = await createTestDatabase();
  const sent: string[] = [];
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: database.handle.pool }), log: (event) => void sent.push(event.query.sql) });
  const invalidation =
    TEST_DB === 'postgres' ? await Invalidation.listen(database.connection.databaseUrl!, { db: database.handle.db, probeMs: 1000 }) : Invalidation.local();
  const config = testConfig({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
  const app = await buildApp({ db, config, logger: false, invalidation, oneStatementAtATime: TEST_DB === 'pglite' });
  await app.ready();
  useAppWrites(database.handle.db, app.writes);
  return {
    app,
    db: database.handle.db,
    database,
    sent,
    async fromMemory(key, url) {
      const api = client(app, key);
      const deadline = Date.now() + 3000;
      for (;;) {
        sent.length = 0;
        const answer = await api.get(url);
        assert.equal(answer.status, 200, `${url}: ${JSON.stringify(answer.body)}`);
        if (sent.length === 0) return answer.body;
        assert.ok(Date.now() < deadline, `${url} still read from the database after 3 s: ${sent.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async close() {
      await app.close();
      await invalidation.close();
      await database.drop();
    },
  };
}
