// Lets a real-use suite run against orgbase processes another suite started (the pooler suite
// runs the freshness and revocation suites through PgBouncer this way): ORGBASE_REAL_USE_TARGET
// holds {"env": {...}, "urls": ["http://...", ...]}; unset, each suite starts its own.
import type { Orgbase } from './support.ts';

export interface ExternalTarget {
  /** The environment the processes run with (the CLI seeds users and keys with it). */
  env: NodeJS.ProcessEnv;
  urls: string[];
}

export const EXTERNAL_TARGET: ExternalTarget | undefined = process.env.ORGBASE_REAL_USE_TARGET ? JSON.parse(process.env.ORGBASE_REAL_USE_TARGET) : undefined;

/** A process this suite did not start: it neither stops it nor reads its output. */
export function externalOrgbase(url: string): Orgbase {
  return {
    child: undefined as never,
    url,
    port: Number(new URL(url).port),
    output: () => '',
    exited: new Promise(() => {}),
    stop: async () => null,
  };
}
