import { processCpuMs, type BackendCpu } from './cpu.ts';
import type { LoadGenerator, LoadSettings } from './load/types.ts';
import type { RunResult, ScenarioOutcome } from './report.ts';
import type { Scenario } from './scenarios.ts';
import type { SeededData } from './seed.ts';
import type { ServerProcess } from './servers.ts';

export interface Target {
  server: ServerProcess;
  data: SeededData;
  /** The PostgreSQL backends of the server's database; absent for the embedded one (in-process). */
  backends?: BackendCpu;
}

async function call(baseUrl: string, method: string, path: string, authorization: string | undefined, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(authorization ? { authorization } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text };
}

/**
 * One request before any load: an endpoint that is not there yet, or answers something
 * else than the scenario expects, is reported instead of benchmarked as fast 404s.
 */
export async function probe(scenario: Scenario, target: Target): Promise<string | undefined> {
  const shape = scenario.shape(target.data);
  const { baseUrl } = target.server;
  const describe = (what: string, status: number, text: string) => `${what} answered ${status} ${text.slice(0, 160)}`;
  if (shape.kind === 'get') {
    const response = await call(baseUrl, 'GET', shape.path, shape.authorization);
    return response.status === scenario.probeStatus ? undefined : describe(`GET ${shape.path}`, response.status, response.text);
  }
  const added = await call(baseUrl, 'POST', shape.path, shape.authorization, { user_uuid: shape.userUuids[0] });
  if (added.status !== 201) return describe(`POST ${shape.path}`, added.status, added.text);
  const id = (JSON.parse(added.text) as { id?: unknown }).id;
  if (typeof id !== 'string') return `POST ${shape.path} answered no membership id: ${added.text.slice(0, 160)}`;
  const removed = await call(baseUrl, 'DELETE', `${shape.path}${id}/`, shape.authorization);
  return removed.status === 204 ? undefined : describe(`DELETE ${shape.path}${id}/`, removed.status, removed.text);
}

/**
 * A run ends with up to one added-but-not-removed membership per connection; removing them
 * (through the API, which works for the embedded database too) lets the next run start clean.
 */
export async function removeLeftoverRoleMemberships(scenario: Scenario, target: Pick<Target, 'server' | 'data'>): Promise<void> {
  const shape = scenario.shape(target.data);
  if (shape.kind !== 'add-remove-role-membership') return;
  for (let page = 0; page < 20; page++) {
    const listed = await call(target.server.baseUrl, 'GET', `${shape.path}?limit=100`, shape.authorization);
    if (listed.status !== 200) return;
    const results = (JSON.parse(listed.text) as { results?: Array<{ id: string }> }).results ?? [];
    if (results.length === 0) return;
    for (const membership of results) {
      await call(target.server.baseUrl, 'DELETE', `${shape.path}${membership.id}/`, shape.authorization);
    }
  }
}

export interface Measurer {
  load: LoadGenerator;
  settings: LoadSettings;
  warmupSeconds: number;
  log(line: string): void;
}

async function runOnce(measurer: Measurer, scenario: Scenario, target: Target, seconds: number): Promise<RunResult> {
  target.server.resetPeakRss();
  const serverCpuBefore = processCpuMs(target.server.pid);
  const backendsBefore = await target.backends?.snapshot();
  const result = await measurer.load.run(target.server.baseUrl, scenario.shape(target.data), {
    ...measurer.settings,
    durationSeconds: seconds,
  });
  const peakRssMb = target.server.peakRssMb();
  const serverCpuMs = processCpuMs(target.server.pid) - serverCpuBefore;
  const databaseCpuMs = backendsBefore && (await target.backends!.since(backendsBefore));
  await removeLeftoverRoleMemberships(scenario, target);
  return {
    ...result,
    peakRssMb,
    serverCpuMsPerRequest: serverCpuMs / Math.max(result.requests, 1),
    databaseCpuMsPerRequest: databaseCpuMs === undefined ? undefined : databaseCpuMs / Math.max(result.requests, 1),
  };
}

/**
 * Runs the scenarios in rounds (each scenario once per round) rather than back to back, so
 * that noise from the shared machine falls on orgbase and the reference alike.
 */
export async function measureRounds(
  measurer: Measurer,
  scenarios: Scenario[],
  targetOf: (scenario: Scenario) => Target,
  runs: number,
): Promise<ScenarioOutcome[]> {
  const outcomes: ScenarioOutcome[] = [];
  for (const scenario of scenarios) {
    const unavailable = await probe(scenario, targetOf(scenario)).catch((error: Error) => error.message);
    if (unavailable) measurer.log(`${scenario.name}: not measured: ${unavailable}`);
    outcomes.push({ scenario, unavailable, runs: [] });
  }
  const measurable = outcomes.filter((outcome) => !outcome.unavailable);
  const reference = measurable.find((outcome) => outcome.scenario.server === 'reference');
  const warmedUp = new Set<Scenario>();
  const measure = async (round: number, outcome: ScenarioOutcome): Promise<RunResult> => {
    // Warmed up right before its first run, so that run's peak RSS is this scenario's own
    // (the process keeps the heap a heavier scenario grew, and VmHWM starts from it).
    if (!warmedUp.has(outcome.scenario) && measurer.warmupSeconds > 0) {
      await runOnce(measurer, outcome.scenario, targetOf(outcome.scenario), measurer.warmupSeconds);
    }
    warmedUp.add(outcome.scenario);
    const run = await runOnce(measurer, outcome.scenario, targetOf(outcome.scenario), measurer.settings.durationSeconds);
    outcome.runs.push(run);
    measurer.log(
      `round ${round}/${runs} ${outcome.scenario.name}: ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.p50Ms.toFixed(2)} ms, ` +
        `p99 ${run.p99Ms.toFixed(2)} ms, peak RSS ${run.peakRssMb.toFixed(0)} MB, errors ${run.errorResponses + run.socketErrors}, ` +
        `CPU/request ${run.serverCpuMsPerRequest.toFixed(3)} ms server + ${run.databaseCpuMsPerRequest?.toFixed(3) ?? '-'} ms PostgreSQL`,
    );
    return run;
  };
  for (let round = 1; round <= runs; round++) {
    const scenarios = measurable.filter((outcome) => outcome !== reference);
    if (reference && scenarios.length === 0) await measure(round, reference);
    for (const outcome of scenarios) {
      // Each run is paired with a reference run right before it: the machine's speed drifts by
      // 2x within minutes, and a ratio of two runs seconds apart is far steadier than one of
      // medians taken minutes apart.
      const paired = reference ? await measure(round, reference) : undefined;
      const run = await measure(round, outcome);
      if (paired) {
        run.pairedReferenceRequestsPerSecond = paired.requestsPerSecond;
        run.pairedReferenceP99Ms = paired.p99Ms;
      }
    }
  }
  return outcomes;
}
