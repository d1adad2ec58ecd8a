import fs from 'node:fs';
import type pg from 'pg';

// Linux reports utime/stime in clock ticks; USER_HZ is 100 on every mainstream kernel build.
const TICK_MS = 10;

/** CPU time (user + system) a process has used so far, in ms; 0 once it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/**
 * CPU used by the PostgreSQL backends serving one database. On a shared, noisy machine the
 * CPU a request costs (in orgbase and in PostgreSQL) moves far less than requests/s does,
 * and it tells which side a scenario spends its time on.
 */
export class BackendCpu {
  constructor(
    private readonly pool: pg.Pool,
    private readonly database: string,
  ) {}

  async snapshot(): Promise<Map<number, number>> {
    const result = await this.pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [this.database]);
    return new Map(result.rows.map((row) => [row.pid, processCpuMs(row.pid)]));
  }

  /** orgbase processes listening for invalidations on the database (one per server process). */
  async listeners(): Promise<number> {
    const result = await this.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'orgbase invalidation'",
      [this.database],
    );
    return result.rows[0]!.n;
  }

  /** CPU ms used since `before` by the backends alive now (new ones count from zero). */
  async since(before: Map<number, number>): Promise<number> {
    const after = await this.snapshot();
    let total = 0;
    for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
    return total;
  }
}
