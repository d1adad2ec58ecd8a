import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Serve orgbase from the embedded PGlite database instead of PostgreSQL. */
  embedded: boolean;
  durationSeconds: number;
  warmupSeconds: number;
  runs: number;
  connections: number;
  threads: number;
  /** Organizations in the large database of the scale scenario (PostgreSQL only); 0 skips it. */
  bigOrganizations: number;
  /** Scenario names to run (the reference always runs); empty means all. */
  only: string[];
  /** `wrk` (installed if missing and possible) or `autocannon`. */
  loadGenerator: 'wrk' | 'autocannon' | undefined;
  /** Serve orgbase through tsx from source instead of the bundle `npm start` serves. */
  fromSource: boolean;
  /** Run this one scenario once with `node --cpu-prof` on the server and summarize the profile. */
  profile: string | undefined;
  /** PostgreSQL server to create the bench database on (an admin connection). */
  postgresAdminUrl: string;
  /** Instead of the scenarios: orgbase through PgBouncer (transaction mode) against direct. */
  pooler: boolean;
  /** Instead of the scenarios: `serve --workers N` against `serve --workers 1`. */
  workers: number | undefined;
  /** Instead of the scenarios: get-organization's load for this many minutes, RSS each minute. */
  soakMinutes: number | undefined;
}

export const USAGE = `usage: npm run bench -- [options]
  --embedded              orgbase on the embedded PGlite database (default: PostgreSQL)
  --duration SECONDS      length of one measured run (default 10)
  --warmup SECONDS        unmeasured load before each scenario's first run (default 2)
  --runs N                measured runs per scenario; the median is reported (default 3)
  --connections N         concurrent keep-alive connections (default 50)
  --threads N             load generator threads (default 1)
  --big-organizations N   organizations in the scale scenario's database (default 1000000; 0 skips it)
  --only a,b              run only these scenarios (the reference always runs)
  --load wrk|autocannon   force a load generator (default: wrk, else autocannon)
  --from-source           serve orgbase through tsx (bin/orgbase.js) instead of the npm start bundle
  --profile SCENARIO      run one scenario under node --cpu-prof and print the top self-time functions
  --pooler                instead: get-organization and role-membership-add-remove through PgBouncer in
                          transaction mode (prepared statements off) as ratios to direct
  --workers N             instead: get-organization and list-organizations with serve --workers N as
                          ratios to --workers 1, with where the CPU went
  --soak DURATION         instead: get-organization's load without pause for DURATION (10m, 600s),
                          with orgbase's RSS at the end of every minute
environment: ORGBASE_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres)`;

function positiveInteger(raw: string | undefined, name: string, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

/** `10m`, `600s` or `10` (minutes), in whole minutes: RSS is read once a minute. */
function soakMinutes(raw: string): number {
  const match = /^(\d+)(m|s)?$/.exec(raw);
  const minutes = match ? (match[2] === 's' ? Number(match[1]) / 60 : Number(match[1])) : NaN;
  if (!Number.isInteger(minutes) || minutes < 1) throw new Error(`--soak must be whole minutes (10m, 600s), got "${raw}"`);
  return minutes;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      embedded: { type: 'boolean', default: false },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      runs: { type: 'string' },
      connections: { type: 'string' },
      threads: { type: 'string' },
      'big-organizations': { type: 'string' },
      only: { type: 'string' },
      load: { type: 'string' },
      'from-source': { type: 'boolean', default: false },
      profile: { type: 'string' },
      pooler: { type: 'boolean', default: false },
      workers: { type: 'string' },
      soak: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (values.load !== undefined && values.load !== 'wrk' && values.load !== 'autocannon') {
    throw new Error(`--load must be wrk or autocannon, got "${values.load}"`);
  }
  return {
    embedded: values.embedded,
    durationSeconds: positiveInteger(values.duration, 'duration', 10),
    warmupSeconds: positiveInteger(values.warmup, 'warmup', 2, 0),
    runs: positiveInteger(values.runs, 'runs', 3),
    connections: positiveInteger(values.connections, 'connections', 50),
    threads: positiveInteger(values.threads, 'threads', 1),
    bigOrganizations: positiveInteger(values['big-organizations'], 'big-organizations', 1_000_000, 0),
    only: (values.only ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    loadGenerator: values.load as BenchOptions['loadGenerator'],
    fromSource: values['from-source'],
    profile: values.profile,
    postgresAdminUrl: process.env.ORGBASE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    pooler: values.pooler,
    workers: values.workers === undefined ? undefined : positiveInteger(values.workers, 'workers', 2, 2),
    soakMinutes: values.soak === undefined ? undefined : soakMinutes(values.soak),
  };
}
