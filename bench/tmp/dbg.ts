import { openDatabase } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createBenchDatabase } from '../postgres.ts';
import { seedBase } from '../seed.ts';
import { startOrgbase } from '../servers.ts';
const database = await createBenchDatabase('postgres://postgres@127.0.0.1:5432/postgres', 'dbg');
const handle = await openDatabase({ databaseUrl: database.url, dataDir: '' });
const dbname = new URL(database.url).pathname.slice(1);
try {
  await migrate(handle.db);
  const data = await seedBase(handle.pool);
  await handle.pool.query(`ALTER DATABASE ${dbname} SET session_preload_libraries = 'auto_explain'`);
  await handle.pool.query(`ALTER DATABASE ${dbname} SET auto_explain.log_min_duration = 3`);
  await handle.pool.query(`ALTER DATABASE ${dbname} SET auto_explain.log_analyze = on`);
  const server = await startOrgbase({ databaseUrl: database.url, dataDir: undefined, fromSource: false });
  for (let i = 0; i < 12; i++) {
    const r = await fetch(`${server.baseUrl}/api/organizations/${data.membersOrganizationId}/members/?limit=100`, { headers: { authorization: `Bearer ${data.apiKey}` } });
    await r.text();
  }
  const { execFileSync } = await import('node:child_process');
  console.log(execFileSync('wrk', ['-t1', '-c50', '-d5s', '-H', `Authorization: Bearer ${data.apiKey}`, `${server.baseUrl}/api/organizations/${data.membersOrganizationId}/members/?limit=100`]).toString());
  await server.stop();
} finally { await handle.close(); await database.drop(); }
