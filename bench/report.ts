import type { LoadResult } from './load/types.ts';
import { GET_ORGANIZATION, GET_ORGANIZATION_SCALE, MAX_SCALE_P99_RATIO, REFERENCE, REFERENCE_SCALE, rssBudgetMb, type Scenario } from './scenarios.ts';

export interface RunResult extends LoadResult {
  peakRssMb: number;
  /** CPU time of the server process per request (with the embedded database, PGlite's too). */
  serverCpuMsPerRequest: number;
  /** CPU time of the PostgreSQL backends per request; unknown for the embedded database. */
  databaseCpuMsPerRequest: number | undefined;
  /** requests/s of the reference run made right before this one (measure.ts pairs them). */
  pairedReferenceRequestsPerSecond?: number;
  /** p99 of that reference run. */
  pairedReferenceP99Ms?: number;
}

export interface ScenarioOutcome {
  scenario: Scenario;
  /** Why it was not measured (an endpoint that is not there yet, a failed probe). */
  unavailable?: string;
  runs: RunResult[];
}

export interface Summary {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number;
  /** Peak RSS in the first round, before a later scenario has grown the heap. */
  firstRunPeakRssMb: number;
  errors: number;
  serverCpuMsPerRequest: number;
  databaseCpuMsPerRequest: number | undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median of each figure over the runs; peak RSS is the highest any run reached. */
export function summarize(outcome: ScenarioOutcome): Summary | undefined {
  if (outcome.unavailable || outcome.runs.length === 0) return undefined;
  return {
    requestsPerSecond: median(outcome.runs.map((run) => run.requestsPerSecond)),
    p50Ms: median(outcome.runs.map((run) => run.p50Ms)),
    p99Ms: median(outcome.runs.map((run) => run.p99Ms)),
    peakRssMb: Math.max(...outcome.runs.map((run) => run.peakRssMb)),
    firstRunPeakRssMb: outcome.runs[0]!.peakRssMb,
    errors: outcome.runs.reduce((sum, run) => sum + run.errorResponses + run.socketErrors, 0),
    serverCpuMsPerRequest: median(outcome.runs.map((run) => run.serverCpuMsPerRequest)),
    databaseCpuMsPerRequest: outcome.runs.every((run) => run.databaseCpuMsPerRequest !== undefined)
      ? median(outcome.runs.map((run) => run.databaseCpuMsPerRequest!))
      : undefined,
  };
}

export interface Verdict {
  name: string;
  ratio: number | undefined;
  target: string;
  met: boolean | undefined;
  note?: string;
  /** Reported for the record only: the embedded database has no throughput targets yet (issue 16). */
  noTarget?: boolean;
}

/**
 * requests/s as a fraction of the reference's: the median of each run's ratio to the reference
 * run paired with it, or (runs without pairs) the ratio of the two medians.
 */
export function throughputRatio(outcome: ScenarioOutcome, reference: ScenarioOutcome | undefined): number | undefined {
  const own = summarize(outcome);
  if (!own) return undefined;
  if (outcome.runs.every((run) => run.pairedReferenceRequestsPerSecond)) {
    return median(outcome.runs.map((run) => run.requestsPerSecond / run.pairedReferenceRequestsPerSecond!));
  }
  const base = reference && summarize(reference);
  return base ? own.requestsPerSecond / base.requestsPerSecond : undefined;
}

/**
 * p99 with 1,000,000 organizations over p99 with 1,000, paired as the throughput ratios are: each
 * run's p99 is first taken over the p99 of the reference run made right before it (on the same
 * database size), so a slow minute of the machine falls on both sides of the ratio.
 */
function scaleP99Ratio(base: ScenarioOutcome, scale: ScenarioOutcome): number {
  const relative = (outcome: ScenarioOutcome) =>
    outcome.runs.every((run) => run.pairedReferenceP99Ms)
      ? median(outcome.runs.map((run) => run.p99Ms / run.pairedReferenceP99Ms!))
      : median(outcome.runs.map((run) => run.p99Ms));
  return relative(scale) / relative(base);
}

/** The ratio each target is judged on, in the order the `ratio` lines are printed. */
export function verdicts(outcomes: ScenarioOutcome[], embedded: boolean): Verdict[] {
  const byName = new Map(outcomes.map((outcome) => [outcome.scenario.name, outcome]));
  const summaryOf = (scenario: Scenario) => {
    const outcome = byName.get(scenario.name);
    return outcome ? summarize(outcome) : undefined;
  };
  const result: Verdict[] = [];
  for (const outcome of outcomes) {
    const { scenario } = outcome;
    if (scenario.minThroughputRatio === undefined) continue;
    const own = summaryOf(scenario);
    const ratio = own && own.errors === 0 ? throughputRatio(outcome, byName.get((scenario.scale ? REFERENCE_SCALE : REFERENCE).name)) : undefined;
    result.push({
      name: scenario.name,
      ratio,
      target: `>= ${scenario.minThroughputRatio.toFixed(2)}x reference req/s`,
      met: ratio === undefined ? undefined : ratio >= scenario.minThroughputRatio,
      note: outcome.unavailable ? 'not available' : own && own.errors > 0 ? `${own.errors} error responses` : undefined,
      noTarget: embedded,
    });
  }
  if (byName.has(GET_ORGANIZATION_SCALE.name)) {
    const base = summaryOf(GET_ORGANIZATION);
    const scale = summaryOf(GET_ORGANIZATION_SCALE);
    const ratio = base && scale && scale.errors === 0 ? scaleP99Ratio(byName.get(GET_ORGANIZATION.name)!, byName.get(GET_ORGANIZATION_SCALE.name)!) : undefined;
    result.push({
      name: GET_ORGANIZATION_SCALE.name,
      ratio,
      target: `p99 <= ${MAX_SCALE_P99_RATIO}x the p99 with 1,000 organizations`,
      met: ratio === undefined ? undefined : ratio <= MAX_SCALE_P99_RATIO,
      note: byName.get(GET_ORGANIZATION_SCALE.name)?.unavailable ? 'not available' : undefined,
    });
  }
  const first = summaryOf(GET_ORGANIZATION);
  const budget = rssBudgetMb(embedded);
  result.push({
    name: 'peak-rss',
    ratio: first ? first.firstRunPeakRssMb / budget : undefined,
    target: `<= ${budget} MB in get-organization's first run (ratio = peak / budget)`,
    met: first ? first.firstRunPeakRssMb <= budget : undefined,
    note: first ? `${first.firstRunPeakRssMb.toFixed(0)} MB` : undefined,
  });
  return result;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function renderTable(outcomes: ScenarioOutcome[]): string {
  const header = ['scenario', 'req/s', 'x ref', 'p50 ms', 'p99 ms', 'peak RSS MB', 'errors', 'CPU ms/req server', 'CPU ms/req PG'];
  const rows: string[][] = [];
  const summaries = new Map(outcomes.map((outcome) => [outcome.scenario.name, summarize(outcome)]));
  for (const outcome of outcomes) {
    const summary = summaries.get(outcome.scenario.name);
    if (!summary) {
      rows.push([outcome.scenario.name, 'n/a', '-', '-', '-', '-', '-', '-', '-']);
      continue;
    }
    const reference = outcomes.find((candidate) => candidate.scenario.name === (outcome.scenario.scale ? REFERENCE_SCALE.name : REFERENCE.name));
    const ratio = throughputRatio(outcome, reference);
    rows.push([
      outcome.scenario.name,
      summary.requestsPerSecond.toFixed(0),
      ratio === undefined ? '-' : ratio.toFixed(2),
      summary.p50Ms.toFixed(2),
      summary.p99Ms.toFixed(2),
      summary.peakRssMb.toFixed(0),
      String(summary.errors),
      summary.serverCpuMsPerRequest.toFixed(3),
      summary.databaseCpuMsPerRequest?.toFixed(3) ?? '-',
    ]);
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => pad(cell, widths[column]!, column > 0)).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => `${'-'.repeat(width + 1)}${column > 0 ? ':' : '-'}`).join('|')}|`;
  const missing = outcomes
    .filter((outcome) => !summaries.get(outcome.scenario.name))
    .map((outcome) => `${outcome.scenario.name} not measured: ${outcome.unavailable ?? 'not run'}`);
  return [line(header), rule, ...rows.map(line), ...(missing.length ? ['', ...missing] : [])].join('\n');
}

export function renderVerdicts(list: Verdict[]): string {
  return list
    .map((verdict) => {
      const measured = verdict.met === undefined ? 'NOT MEASURED' : verdict.met ? 'met' : 'MISSED';
      const state = verdict.noTarget && verdict.met !== undefined ? `no target embedded yet (would be ${measured} on PostgreSQL's)` : measured;
      const value = verdict.ratio === undefined ? '-' : verdict.ratio.toFixed(2);
      return `${verdict.name}: ${value} (target ${verdict.target}) ${state}${verdict.note ? ` (${verdict.note})` : ''}`;
    })
    .join('\n');
}

export function renderRatioLines(list: Verdict[]): string {
  return list.map((verdict) => `ratio ${verdict.name} ${verdict.ratio === undefined ? 'n/a' : verdict.ratio.toFixed(3)}`).join('\n');
}
