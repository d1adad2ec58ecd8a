// `npm run bench -- --pooler` and `npm run bench -- --workers N` (issue 26): orgbase behind
// PgBouncer in transaction mode against orgbase on a direct connection, and `serve --workers N`
// against `serve --workers 1`, each pair measured run after run in one bench so the ratio holds
// on a noisy shared machine. With --workers, where the CPU went: orgbase (all its processes),
// the PostgreSQL backends, and the rest of the machine (the load generator, and anyone else).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { startPgBouncer } from '../test/real-use/pooler-support.ts';
import { BackendCpu, processCpuMs } from './cpu.ts';
import type { LoadGenerator, LoadResult, LoadShape } from './load/types.ts';
import { removeLeftoverRoleMemberships } from './measure.ts';
import type { BenchOptions } from './options.ts';
import { ADD_REMOVE_ROLE_MEMBERSHIP, GET_ORGANIZATION, LIST_ORGANIZATIONS, type Scenario } from './scenarios.ts';
import type { SeededData } from './seed.ts';
import { startOrgbase, type ServerProcess } from './servers.ts';

interface Side {
  label: string;
  server: ServerProcess;
}

interface PairRun {
  baseline: LoadResult & { cpu: CpuShare };
  candidate: LoadResult & { cpu: CpuShare };
}

/** CPU ms per request, by who spent it. */
interface CpuShare {
  orgbase: number;
  postgres: number;
  pooler: number;
  /** wrk (a child of this process: its CPU is added to ours once it exited). */
  loadGenerator: number;
  rest: number;
}

/** CPU of this process's children that exited (the load generator's runs), in ms. */
function exitedChildrenCpuMs(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

export interface ScaleOutContext {
  options: BenchOptions;
  load: LoadGenerator;
  data: SeededData;
  databaseUrl: string;
  backends: BackendCpu;
  /** PgBouncer's process (--pooler), whose CPU is counted apart. */
  poolerPid?: number;
  log(line: string): void;
  /** Registers a cleanup (run in reverse order at the end). */
  cleanup(step: () => Promise<void> | void): void;
}

function treeCpuMs(pid: number): number {
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map(Number);
  return processCpuMs(pid) + children.reduce((sum, child) => sum + treeCpuMs(child), 0);
}

/** All CPU time of the machine so far (user, nice, system, irq, softirq, steal), in ms. */
function machineCpuMs(): number {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return (user + nice + system + irq + softirq + steal) * 10;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function runMeasured(context: ScaleOutContext, side: Side, scenario: Scenario, seconds: number): Promise<LoadResult & { cpu: CpuShare }> {
  const shape: LoadShape = scenario.shape(context.data);
  const orgbaseBefore = treeCpuMs(side.server.pid);
  const poolerBefore = context.poolerPid ? treeCpuMs(context.poolerPid) : 0;
  const machineBefore = machineCpuMs();
  const childrenBefore = exitedChildrenCpuMs();
  const selfBefore = process.cpuUsage();
  const backendsBefore = await context.backends.snapshot();
  const result = await context.load.run(side.server.baseUrl, shape, {
    connections: context.options.connections,
    threads: context.options.threads,
    durationSeconds: seconds,
  });
  const orgbase = treeCpuMs(side.server.pid) - orgbaseBefore;
  const pooler = context.poolerPid ? treeCpuMs(context.poolerPid) - poolerBefore : 0;
  const postgres = await context.backends.since(backendsBefore);
  const machine = machineCpuMs() - machineBefore;
  const self = process.cpuUsage(selfBefore);
  // autocannon runs in this process; wrk in a child.
  const loadGenerator = exitedChildrenCpuMs() - childrenBefore + (context.load.name === 'autocannon' ? (self.user + self.system) / 1000 : 0);
  await removeLeftoverRoleMemberships(scenario, { server: side.server, data: context.data });
  const per = Math.max(result.requests, 1);
  return {
    ...result,
    cpu: {
      orgbase: orgbase / per,
      postgres: postgres / per,
      pooler: pooler / per,
      loadGenerator: loadGenerator / per,
      rest: Math.max(0, machine - orgbase - postgres - pooler - loadGenerator) / per,
    },
  };
}

/** Alternates baseline and candidate, run after run (the order flips each round). */
async function measurePair(context: ScaleOutContext, scenario: Scenario, baseline: Side, candidate: Side): Promise<PairRun[]> {
  const { options, log } = context;
  if (options.warmupSeconds > 0) {
    await runMeasured(context, baseline, scenario, options.warmupSeconds);
    await runMeasured(context, candidate, scenario, options.warmupSeconds);
  }
  const runs: PairRun[] = [];
  for (let round = 1; round <= options.runs; round++) {
    const first = round % 2 === 1 ? baseline : candidate;
    const second = first === baseline ? candidate : baseline;
    const a = await runMeasured(context, first, scenario, options.durationSeconds);
    const b = await runMeasured(context, second, scenario, options.durationSeconds);
    const pair = first === baseline ? { baseline: a, candidate: b } : { baseline: b, candidate: a };
    runs.push(pair);
    const errors = (run: LoadResult) => run.errorResponses + run.socketErrors;
    log(
      `round ${round}/${options.runs} ${scenario.name}: ${baseline.label} ${pair.baseline.requestsPerSecond.toFixed(0)} req/s (errors ${errors(pair.baseline)}), ` +
        `${candidate.label} ${pair.candidate.requestsPerSecond.toFixed(0)} req/s (errors ${errors(pair.candidate)}), ratio ${(pair.candidate.requestsPerSecond / pair.baseline.requestsPerSecond).toFixed(2)}`,
    );
  }
  return runs;
}

function describePair(context: ScaleOutContext, scenario: Scenario, baseline: Side, candidate: Side, runs: PairRun[]): string[] {
  const ratio = median(runs.map((run) => run.candidate.requestsPerSecond / run.baseline.requestsPerSecond));
  const line = (side: Side, pick: (run: PairRun) => LoadResult & { cpu: CpuShare }) => {
    const results = runs.map(pick);
    const errors = results.reduce((sum, run) => sum + run.errorResponses + run.socketErrors, 0);
    return (
      `  ${side.label.padEnd(34)} ${median(results.map((run) => run.requestsPerSecond))
        .toFixed(0)
        .padStart(7)} req/s  ` +
      `p50 ${median(results.map((run) => run.p50Ms)).toFixed(2)} ms  p99 ${median(results.map((run) => run.p99Ms)).toFixed(2)} ms  errors ${errors}  ` +
      `CPU ms/request: orgbase ${median(results.map((run) => run.cpu.orgbase)).toFixed(3)}, PostgreSQL ${median(results.map((run) => run.cpu.postgres)).toFixed(3)}, ` +
      (context.poolerPid ? `PgBouncer ${median(results.map((run) => run.cpu.pooler)).toFixed(3)}, ` : '') +
      `load generator ${median(results.map((run) => run.cpu.loadGenerator)).toFixed(3)}, rest of the machine ${median(results.map((run) => run.cpu.rest)).toFixed(3)}`
    );
  };
  // On a machine others load too, requests/s swing 2x between runs seconds apart; the CPU a
  // request costs the server side (orgbase, PostgreSQL, PgBouncer) moves far less, and on a
  // CPU-bound box its inverse is what throughput would be.
  const cost = (run: LoadResult & { cpu: CpuShare }) => run.cpu.orgbase + run.cpu.postgres + run.cpu.pooler;
  const costRatio = median(runs.map((run) => cost(run.baseline) / cost(run.candidate)));
  return [
    `${scenario.name}: ${candidate.label} / ${baseline.label} = ${ratio.toFixed(2)} requests/s (median of ${runs.length} paired runs); ` +
      `server-side CPU per request, ${baseline.label} / ${candidate.label} = ${costRatio.toFixed(2)}`,
    line(baseline, (run) => run.baseline),
    line(candidate, (run) => run.candidate),
  ];
}

/** The scenarios of a mode, narrowed by `--only` when it names some of them. */
function chosen(context: ScaleOutContext, scenarios: Scenario[]): Scenario[] {
  const only = context.options.only;
  return only.length === 0 ? scenarios : scenarios.filter((scenario) => only.includes(scenario.name));
}

async function started(context: ScaleOutContext, server: Promise<ServerProcess>): Promise<ServerProcess> {
  const running = await server;
  context.cleanup(() => running.stop());
  return running;
}

/** --pooler: the same scenarios through PgBouncer (transaction mode, prepared statements off) and direct. */
export async function benchPooler(context: ScaleOutContext): Promise<string[]> {
  const bouncer = await startPgBouncer({ poolSize: 20 });
  context.cleanup(() => bouncer.stop());
  context.poolerPid = bouncer.pid;
  const database = new URL(context.databaseUrl).pathname.slice(1);
  const direct: Side = {
    label: 'direct (prepared statements on)',
    server: await started(context, startOrgbase({ databaseUrl: context.databaseUrl, fromSource: context.options.fromSource })),
  };
  const pooled: Side = {
    label: 'PgBouncer 1.18 transaction mode (off)',
    server: await started(
      context,
      startOrgbase({
        databaseUrl: bouncer.url(database),
        fromSource: context.options.fromSource,
        env: { DATABASE_DIRECT_URL: context.databaseUrl, ORGBASE_PREPARED_STATEMENTS: 'off' },
      }),
    ),
  };
  const unnamed: Side = {
    label: 'direct, prepared statements off',
    server: await started(
      context,
      startOrgbase({ databaseUrl: context.databaseUrl, fromSource: context.options.fromSource, env: { ORGBASE_PREPARED_STATEMENTS: 'off' } }),
    ),
  };
  const lines: string[] = [];
  for (const scenario of chosen(context, [GET_ORGANIZATION, ADD_REMOVE_ROLE_MEMBERSHIP])) {
    lines.push(...describePair(context, scenario, direct, pooled, await measurePair(context, scenario, direct, pooled)));
    lines.push(
      ...describePair(context, scenario, direct, unnamed, await measurePair(context, scenario, direct, unnamed))
        .slice(0, 1)
        .map((line) => `  (${line.trim()})`),
    );
  }
  return lines;
}

/** --workers N: `serve --workers N` against `serve --workers 1`. */
export async function benchWorkers(context: ScaleOutContext, workers: number): Promise<string[]> {
  const one: Side = {
    label: 'serve --workers 1',
    server: await started(context, startOrgbase({ databaseUrl: context.databaseUrl, fromSource: context.options.fromSource })),
  };
  const many: Side = {
    label: `serve --workers ${workers}`,
    server: await started(
      context,
      startOrgbase({ databaseUrl: context.databaseUrl, fromSource: context.options.fromSource, args: ['--workers', String(workers)] }),
    ),
  };
  // Every worker up before load: wrk opens its connections once, and the primary hands them
  // only to workers already listening. A worker's channel is up right before it listens.
  for (let attempt = 0; (await context.backends.listeners()) < 1 + workers; attempt++) {
    if (attempt > 1200) throw new Error('the workers did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const lines = [`machine: ${os.availableParallelism()} cores; orgbase, PostgreSQL and the load generator share them`];
  for (const scenario of chosen(context, [GET_ORGANIZATION, LIST_ORGANIZATIONS])) {
    lines.push(...describePair(context, scenario, one, many, await measurePair(context, scenario, one, many)));
  }
  return lines;
}
