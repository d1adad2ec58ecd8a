import type { Verdict } from './report.ts';

/**
 * Targets of orgbase on the embedded database, as ratios to the same PostgreSQL reference the
 * PostgreSQL run is judged against (issue 27): what a newcomer's first `npm start` gets.
 */
export const EMBEDDED_TARGETS: Record<string, number> = {
  'get-organization': 0.8,
  'list-organizations': 0.4,
  'role-membership-add-remove': 0.35,
  'list-members-10k': 0.8,
};

/** Peak RSS budget of the embedded run, over every scenario and round, in MB. */
export const EMBEDDED_PEAK_RSS_MB = 250;

/**
 * The throughput verdicts of an embedded run under their own names (`embedded-<scenario>`),
 * judged against the embedded targets; verdicts without one (the PostgreSQL-only memory
 * budget of one scenario's first run) are left out.
 */
export function embeddedVerdicts(list: Verdict[]): Verdict[] {
  return list
    .filter((verdict) => EMBEDDED_TARGETS[verdict.name] !== undefined)
    .map((verdict) => {
      const target = EMBEDDED_TARGETS[verdict.name]!;
      return {
        ...verdict,
        name: `embedded-${verdict.name}`,
        target: `>= ${target.toFixed(2)}x reference req/s`,
        met: verdict.ratio === undefined ? undefined : verdict.ratio >= target,
        noTarget: false,
      };
    });
}
