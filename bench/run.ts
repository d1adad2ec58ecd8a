// `npm run bench`: orgbase against a reference server in the same run, on a fresh database.
// Progress goes to stderr; the results table and, last, the `ratio` lines go to stdout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { BackendCpu } from './cpu.ts';
import { autocannon } from './load/autocannon.ts';
import type { LoadGenerator } from './load/types.ts';
import { findWrk, wrk } from './load/wrk.ts';
import { measureRounds, type Measurer, type Target } from './measure.ts';
import { embeddedVerdicts } from './embedded.ts';
import { memoryVerdict, renderSoak, soak } from './memory.ts';
import { parseOptions, type BenchOptions } from './options.ts';
import { createBenchDatabase, ensurePostgres } from './postgres.ts';
import { profileFiles, renderProfile, summarizeProfile } from './profile.ts';
import { benchPooler, benchWorkers } from './scale-out.ts';
import { renderRatioLines, renderTable, renderVerdicts, verdicts, type ScenarioOutcome } from './report.ts';
import { GET_ORGANIZATION, GET_ORGANIZATION_SCALE, REFERENCE, REFERENCE_SCALE, SCENARIOS, type Scenario } from './scenarios.ts';
import { countRows, seedBase, seedScale, type SeededData } from './seed.ts';
import { buildOrgbase, startOrgbase, startReference, WORK_DIR, type ServerProcess } from './servers.ts';

const log = (line: string) => process.stderr.write(`# ${line}\n`);

/** Undone in reverse order at the end, on failure and on Ctrl-C alike. */
const cleanups: Array<() => Promise<void> | void> = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length) {
    await Promise.resolve(cleanups.pop()!()).catch((error: Error) => log(`cleanup failed: ${error.message}`));
  }
}
process.once('SIGINT', () => {
  log('interrupted; cleaning up');
  void cleanUp().finally(() => process.exit(130));
});

function chooseLoadGenerator(options: BenchOptions): LoadGenerator {
  if (options.loadGenerator === 'autocannon') return autocannon;
  if (findWrk(log)) return wrk;
  if (options.loadGenerator === 'wrk') throw new Error('wrk is not installed and could not be installed (apt-get install -y wrk as root)');
  log('wrk unavailable; falling back to autocannon, which caps the fastest scenarios lower');
  return autocannon;
}

async function seconds<T>(what: string, run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = Date.now();
  const value = await run();
  const elapsed = (Date.now() - started) / 1000;
  log(`${what} in ${elapsed.toFixed(1)} s`);
  return { value, seconds: elapsed };
}

/** A fresh migrated PostgreSQL database with the base data set, dropped at the end. */
async function preparePostgres(options: BenchOptions, purpose: string): Promise<{ handle: DatabaseHandle; url: string; data: SeededData }> {
  const database = await createBenchDatabase(options.postgresAdminUrl, purpose);
  cleanups.push(() => database.drop());
  const handle = await openDatabase({ databaseUrl: database.url, dataDir: '' });
  cleanups.push(() => handle.close());
  await migrate(handle.db);
  const { value: data } = await seconds(`seeded ${purpose} database (PostgreSQL)`, () => seedBase(handle.pool));
  return { handle, url: database.url, data };
}

/** The embedded data directory, seeded before orgbase starts (PGlite has one connection). */
async function prepareEmbedded(): Promise<{ dataDir: string; data: SeededData }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgbase-bench-'));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const handle = await openDatabase({ databaseUrl: undefined, dataDir });
  try {
    await migrate(handle.db);
    const { value: data } = await seconds('seeded orgbase database (embedded)', () => seedBase(handle.pool));
    return { dataDir, data };
  } finally {
    await handle.close();
  }
}

async function started(server: Promise<ServerProcess>): Promise<ServerProcess> {
  const running = await server;
  cleanups.push(() => running.stop());
  return running;
}

function selectedScenarios(options: BenchOptions): Scenario[] {
  const known = SCENARIOS.map((scenario) => scenario.name);
  for (const name of [...options.only, ...(options.profile ? [options.profile] : [])]) {
    if (!known.includes(name)) throw new Error(`unknown scenario "${name}"; scenarios: ${known.join(', ')}`);
  }
  const wanted = new Set(options.only.length ? options.only : known);
  // The scale ratio compares against get-organization, and every ratio against its reference.
  if (wanted.has(GET_ORGANIZATION_SCALE.name)) wanted.add(GET_ORGANIZATION.name).add(REFERENCE_SCALE.name);
  wanted.add(REFERENCE.name);
  const scale = !options.embedded && options.bigOrganizations > 0;
  return SCENARIOS.filter((scenario) => wanted.has(scenario.name) && (scale || !scenario.scale));
}

async function serverVersion(pool: pg.Pool): Promise<string> {
  const result = await pool.query<{ server_version: string }>('SHOW server_version');
  return result.rows[0]!.server_version.split(' ')[0]!;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const load = chooseLoadGenerator(options);
  await ensurePostgres(options.postgresAdminUrl, log);
  if (!options.fromSource) await seconds('built orgbase (npm run build)', async () => buildOrgbase());

  const postgres = await preparePostgres(options, options.embedded ? 'reference' : 'shared');
  if (options.pooler || options.workers !== undefined) {
    const context = {
      options,
      load,
      data: postgres.data,
      databaseUrl: postgres.url,
      backends: new BackendCpu(postgres.handle.pool, new URL(postgres.url).pathname.slice(1)),
      log,
      cleanup: (step: () => Promise<void> | void) => void cleanups.push(step),
    };
    const lines = [
      `orgbase scale-out bench ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `machine: ${os.cpus().length} cores, Node ${process.version}, PostgreSQL ${await serverVersion(postgres.handle.pool)} local; load: ${load.name}, ${options.connections} connections, ${options.durationSeconds} s x ${options.runs} runs`,
      ...(options.pooler ? await benchPooler(context) : []),
      ...(options.workers !== undefined ? await benchWorkers(context, options.workers) : []),
    ];
    process.stdout.write(`\n${lines.join('\n')}\n`);
    return;
  }
  const embedded = options.embedded ? await prepareEmbedded() : undefined;
  const profileDir = options.profile ? fs.mkdtempSync(path.join(WORK_DIR, 'profile-')) : undefined;
  const orgbase = await started(
    startOrgbase({ databaseUrl: embedded ? undefined : postgres.url, dataDir: embedded?.dataDir, fromSource: options.fromSource, cpuProfileDir: profileDir }),
  );
  const reference = await started(startReference(postgres.url));
  const backends = new BackendCpu(postgres.handle.pool, new URL(postgres.url).pathname.slice(1));
  const orgbaseTarget: Target = { server: orgbase, data: embedded?.data ?? postgres.data, backends: embedded ? undefined : backends };
  const referenceTarget: Target = { server: reference, data: postgres.data, backends };
  const targetOf = (scenario: Scenario) => (scenario.server === 'reference' ? referenceTarget : orgbaseTarget);
  const measurer: Measurer = {
    load,
    settings: { connections: options.connections, threads: options.threads, durationSeconds: options.durationSeconds },
    warmupSeconds: options.warmupSeconds,
    log,
  };

  const scenarios = selectedScenarios(options);
  let scaleSeed: { seconds: number; rows: { organizations: number; memberships: number } } | undefined;
  const seedScaleOnce = async () => {
    const { seconds: took } = await seconds(`seeded ${options.bigOrganizations.toLocaleString('en')} organizations (PostgreSQL)`, () =>
      seedScale(postgres.handle.pool, options.bigOrganizations),
    );
    scaleSeed = { seconds: took, rows: await countRows(postgres.handle.pool) };
  };

  if (options.soakMinutes !== undefined) {
    await measureRounds(measurer, [GET_ORGANIZATION], targetOf, 1);
    const samples = await soak(load, measurer.settings, GET_ORGANIZATION, orgbase, orgbaseTarget.data, options.soakMinutes, log);
    const header = `orgbase soak ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${embedded ? 'embedded PGlite' : 'PostgreSQL'}: get-organization, ${load.name}, ${options.connections} connections, ${options.soakMinutes} min, load ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`;
    process.stdout.write(`\n${header}\n${renderSoak(samples, orgbase, options.embedded)}\n`);
    return;
  }

  if (options.profile) {
    const scenario = scenarios.find((candidate) => candidate.name === options.profile)!;
    if (scenario.scale) await seedScaleOnce();
    const [outcome] = await measureRounds(measurer, [scenario], targetOf, 1);
    await orgbase.stop(); // the profile is written when the process exits
    const profiles = profileFiles(profileDir!).map((file) => renderProfile(summarizeProfile(profileDir!, 25, file)));
    process.stdout.write(`${renderTable([outcome!])}\n\n${profiles.join('\n\n')}\n`);
    return;
  }

  const outcomes: ScenarioOutcome[] = await measureRounds(
    measurer,
    scenarios.filter((scenario) => !scenario.scale),
    targetOf,
    options.runs,
  );
  const scaleScenarios = scenarios.filter((scenario) => scenario.scale);
  if (scaleScenarios.length) {
    await seedScaleOnce();
    outcomes.push(...(await measureRounds(measurer, scaleScenarios, targetOf, options.runs)));
  }

  const pgVersion = await serverVersion(postgres.handle.pool);
  const header = [
    `orgbase bench ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${pgVersion} local`,
    `orgbase on ${embedded ? 'embedded PGlite' : 'PostgreSQL'} (${options.fromSource ? 'from source via tsx' : 'bundled, as npm start serves it'}); reference on PostgreSQL`,
    `load: ${load.name}, ${options.connections} connections, ${options.durationSeconds} s x ${options.runs} runs (median), ${options.warmupSeconds} s warm-up`,
    `machine load average at the end (1, 5, 15 min): ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
    ...(scaleSeed
      ? [
          `scale seed: ${scaleSeed.rows.organizations.toLocaleString('en')} organizations, ${scaleSeed.rows.memberships.toLocaleString('en')} memberships in ${scaleSeed.seconds.toFixed(0)} s`,
        ]
      : []),
  ];
  const memory = memoryVerdict(orgbase, reference, options.embedded);
  const list = options.embedded ? [...embeddedVerdicts(verdicts(outcomes, true)), memory] : [...verdicts(outcomes, false), memory];
  process.stdout.write(`\n${header.join('\n')}\n\n${renderTable(outcomes)}\n\n${renderVerdicts(list)}\n\n${renderRatioLines(list)}\n`);
  // Then every CLI command's start-up (npm run bench:cli alone). Run from here rather than
  // chained in package.json, where `npm run bench -- --embedded` handed the flag to it instead.
  const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'cli.ts')], { stdio: 'inherit' });
  if (cli.status !== 0) process.exitCode = cli.status ?? 1;
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
