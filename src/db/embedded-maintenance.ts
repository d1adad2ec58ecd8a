import type { PGlite } from '@electric-sql/pglite';
import type { WireSessions } from './wire-sessions.ts';

/**
 * Autovacuum's work, on the embedded engine, which has no autovacuum: PGlite is one session
 * with no background workers, so without this every table with deletes or updates (role
 * memberships, idempotency keys, events past their retention, invites) grows without bound,
 * and the planner keeps the statistics of the day the table was created. A pass vacuums and
 * analyzes what PostgreSQL's autovacuum would, by its default thresholds, from the engine's
 * own statistics (pg_stat_user_tables).
 *
 * The engine runs one statement at a time, so a table's VACUUM holds every client for its
 * length, as a lock would: one table at a time, each between two transactions of the clients,
 * who run between tables.
 */
const DUE = `
  SELECT format('%I.%I', schemaname, relname) AS name,
         n_dead_tup > 50 + 0.2 * n_live_tup AS vacuum
    FROM pg_stat_user_tables
   WHERE n_dead_tup > 50 + 0.2 * n_live_tup
      OR n_mod_since_analyze > 50 + 0.1 * n_live_tup
   ORDER BY n_dead_tup + n_mod_since_analyze DESC`;

/**
 * How often a pass looks at the statistics. Autovacuum looks every minute, beside the clients;
 * here each table tended stalls them all (up to 60 ms measured), and the engine's WebAssembly
 * memory never shrinks after what a pass allocates, so fewer passes: 75 s of role-membership
 * writes at full speed (12,000 adds and removes) grew role_memberships from 1 page to 41.
 */
export const MAINTENANCE_INTERVAL_MS = 10 * 60_000;

export interface Tended {
  table: string;
  /** VACUUM (ANALYZE); otherwise ANALYZE alone (the table changed, without dead rows to reclaim). */
  vacuumed: boolean;
}

export interface Maintenance {
  /** One pass now (a pass already under way is not started twice): what it vacuumed or analyzed. */
  pass(): Promise<Tended[]>;
  stop(): void;
}

export function maintainEmbedded(db: PGlite, sessions: WireSessions, everyMs = MAINTENANCE_INTERVAL_MS): Maintenance {
  let stopped = false;
  let running: Promise<Tended[]> | undefined;

  // Each table in its own moment between transactions, chosen in that moment: the clients'
  // writes run between two tables, and what they did counts for the next choice. A pass tends
  // each table at most once (`done`), so no table a client keeps churning holds it forever.
  const tendOne = (done: readonly Tended[]) =>
    sessions.betweenTransactions(async (): Promise<Tended | undefined> => {
      if (stopped) return undefined;
      const due = (await db.query<{ name: string; vacuum: boolean }>(DUE)).rows.find(({ name }) => !done.some((one) => one.table === name));
      if (!due) return undefined;
      // A sample of 3,000 rows rather than 30,000: analyzing the audit log or the events took
      // 200-400 ms, every client waiting; with this, 25-60 ms.
      await db.exec('SET default_statistics_target = 10');
      try {
        await db.exec(due.vacuum ? `VACUUM (ANALYZE) ${due.name}` : `ANALYZE ${due.name}`);
      } finally {
        await db.exec('RESET default_statistics_target');
      }
      return { table: due.name, vacuumed: due.vacuum };
    });
  const tend = async (): Promise<Tended[]> => {
    const done: Tended[] = [];
    for (let one = await tendOne(done); one; one = await tendOne(done)) done.push(one);
    return done;
  };

  const pass = () =>
    (running ??= tend().finally(() => {
      running = undefined;
    }));

  const timer = setInterval(() => {
    // A failed pass (a table dropped under it) changes nothing the clients see; the next one tries again.
    pass().catch(() => {});
  }, everyMs);
  timer.unref();

  return {
    pass,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
