// `npx tsx bench/explain.ts`: EXPLAIN ANALYZE of the hot queries on the bench's base data set,
// for docs/performance.md. Creates and drops its own database.
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { createBenchDatabase } from './postgres.ts';
import { seedBase } from './seed.ts';
import { HOT_QUERIES } from './hot-queries.ts';

const adminUrl = process.env.ORGBASE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = await createBenchDatabase(adminUrl, 'explain');
const handle = await openDatabase({ databaseUrl: database.url, dataDir: '' });
try {
  await migrate(handle.db);
  const data = await seedBase(handle.pool);
  const userId = (await handle.pool.query<{ id: number }>(`SELECT id FROM users WHERE email = 'bench@orgbase.local'`)).rows[0]!.id;
  const pageIds = (
    await handle.pool.query<{ organization_id: string }>(`SELECT organization_id FROM organization_memberships WHERE user_id = $1 ORDER BY 1 LIMIT 100`, [
      userId,
    ])
  ).rows.map((row) => row.organization_id);
  for (const query of HOT_QUERIES) {
    const compiled = query.build(handle.db, { userId, data, pageIds }).compile();
    // As the server runs it: a prepared statement (db/prepared-statements.ts), whose plan
    // PostgreSQL may switch to a generic one after five executions; the plan shown is the one
    // used from then on, with the caches warm.
    const client = await handle.pool.connect();
    try {
      const values = (compiled.parameters as unknown[]).map((value) =>
        Array.isArray(value) ? `'{${value.join(',')}}'` : `'${String(value).replaceAll("'", "''")}'`,
      );
      await client.query(`PREPARE hot AS ${compiled.sql}`);
      const execute = `EXECUTE hot${values.length ? `(${values.join(', ')})` : ''}`;
      for (let run = 0; run < 7; run++) await client.query(execute);
      const result = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${execute}`);
      process.stdout.write(`\n## ${query.name}\n\n${result.rows.map((row) => row['QUERY PLAN']).join('\n')}\n`);
      await client.query('DEALLOCATE hot');
    } finally {
      client.release();
    }
  }
} finally {
  await handle.close();
  await database.drop();
}
