import type { LoadGenerator, LoadSettings } from './load/types.ts';
import { EMBEDDED_PEAK_RSS_MB } from './embedded.ts';
import type { Verdict } from './report.ts';
import type { Scenario } from './scenarios.ts';
import type { SeededData } from './seed.ts';
import type { ServerProcess } from './servers.ts';

/** orgbase's peak over the whole run against the reference's (issue 27: <= 1.50). */
export const MAX_PEAK_RSS_RUN_RATIO = 1.5;

/**
 * Peak RSS over the whole run: every scenario, every round, warm-ups and start-up included.
 * PostgreSQL: `peak-rss-run`, orgbase's peak over the reference server's. Embedded:
 * `embedded-peak-rss`, the peak over its 250 MB budget (the engine lives in the process, so
 * the reference's peak is no fair yardstick).
 */
export function memoryVerdict(orgbase: ServerProcess, reference: ServerProcess, embedded: boolean): Verdict {
  const own = orgbase.wholeRunPeakRssMb();
  if (embedded) {
    return {
      name: 'embedded-peak-rss',
      ratio: own / EMBEDDED_PEAK_RSS_MB,
      target: `<= ${EMBEDDED_PEAK_RSS_MB} MB over the whole run (ratio = peak / budget)`,
      met: own <= EMBEDDED_PEAK_RSS_MB,
      note: `${own.toFixed(0)} MB`,
    };
  }
  const theirs = reference.wholeRunPeakRssMb();
  return {
    name: 'peak-rss-run',
    ratio: own / theirs,
    target: `<= ${MAX_PEAK_RSS_RUN_RATIO.toFixed(2)}x the reference's peak over the whole run`,
    met: own / theirs <= MAX_PEAK_RSS_RUN_RATIO,
    note: `${own.toFixed(0)} MB against ${theirs.toFixed(0)} MB`,
  };
}

export interface SoakSample {
  minute: number;
  rssMb: number;
  requestsPerSecond: number;
  errors: number;
}

/**
 * `--soak`: one scenario's load without pause for `minutes`, the resident memory read at the
 * end of every minute. Memory that holds shows the same RSS at minute 5 and at the end.
 */
export async function soak(
  load: LoadGenerator,
  settings: LoadSettings,
  scenario: Scenario,
  server: ServerProcess,
  data: SeededData,
  minutes: number,
  log: (line: string) => void,
): Promise<SoakSample[]> {
  const samples: SoakSample[] = [];
  for (let minute = 1; minute <= minutes; minute++) {
    const result = await load.run(server.baseUrl, scenario.shape(data), { ...settings, durationSeconds: 60 });
    const sample = { minute, rssMb: server.rssMb(), requestsPerSecond: result.requestsPerSecond, errors: result.errorResponses + result.socketErrors };
    samples.push(sample);
    log(`soak minute ${minute}/${minutes}: RSS ${sample.rssMb.toFixed(0)} MB, ${sample.requestsPerSecond.toFixed(0)} req/s, errors ${sample.errors}`);
  }
  return samples;
}

/** The soak's lines: RSS per minute, the peak, and the growth from minute 5 (or the middle) to the end. */
export function renderSoak(samples: SoakSample[], server: ServerProcess, embedded: boolean): string {
  const last = samples[samples.length - 1]!;
  const middle = samples.find((sample) => sample.minute === Math.min(5, Math.ceil(samples.length / 2)))!;
  const growth = last.rssMb / middle.rssMb;
  return [
    ...samples.map(
      (sample) =>
        `minute ${String(sample.minute).padStart(2)}: RSS ${sample.rssMb.toFixed(0)} MB, ${sample.requestsPerSecond.toFixed(0)} req/s, ${sample.errors} errors`,
    ),
    `peak RSS over the soak: ${server.wholeRunPeakRssMb().toFixed(0)} MB`,
    `RSS minute ${middle.minute} -> ${last.minute}: ${middle.rssMb.toFixed(0)} -> ${last.rssMb.toFixed(0)} MB`,
    `ratio ${embedded ? 'embedded-' : ''}soak-rss-growth ${growth.toFixed(3)}`,
  ].join('\n');
}
