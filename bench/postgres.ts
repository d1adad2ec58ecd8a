import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';

async function canConnect(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The bench needs a local PostgreSQL (orgbase's production database, and the reference's).
 * Like CI, it starts the machine's cluster when it is installed but down and we are root.
 */
export async function ensurePostgres(adminUrl: string, log: (line: string) => void): Promise<void> {
  if (await canConnect(adminUrl)) return;
  const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql') : [];
  if (process.getuid?.() === 0 && versions[0]) {
    log(`PostgreSQL is not answering at ${new URL(adminUrl).host}; starting cluster ${versions[0]}/main`);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions[0], 'main', 'start'], { stdio: 'inherit' });
    for (let attempt = 0; attempt < 30; attempt++) {
      if (await canConnect(adminUrl)) return;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  throw new Error(
    `cannot connect to PostgreSQL at ${adminUrl}: install and start PostgreSQL 15 on 127.0.0.1:5432 ` +
      '(Debian: apt-get install -y postgresql && pg_ctlcluster 15 main start), or set ORGBASE_BENCH_PG_URL',
  );
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one bench run, dropped (connections and all) afterwards. */
export async function createBenchDatabase(adminUrl: string, purpose: string): Promise<BenchDatabase> {
  const name = `orgbase_bench_${purpose}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
