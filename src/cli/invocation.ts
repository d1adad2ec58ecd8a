// How to run the orgbase command against the database in use: what the server's hints print and
// what every command reports on stderr, so nobody writes to a second database by accident.
import path from 'node:path';
import type { Config } from '../config.ts';
import { describeTarget } from '../db/database-errors.ts';

/** The checkout or install this module runs from (src/cli/ or dist/ sit under it). */
function installRoot(): string {
  const here = import.meta.dirname;
  return path.basename(here) === 'cli' ? path.resolve(here, '../..') : path.resolve(here, '..');
}

/** `./bin/orgbase.js` from the install's root, else its absolute path: never a registry lookup. */
export function binPath(cwd = process.cwd()): string {
  const bin = path.join(installRoot(), 'bin', 'orgbase.js');
  const relative = path.relative(cwd, bin);
  return relative.startsWith('..') || path.isAbsolute(relative) ? bin : `./${relative}`;
}

/** A URL fit for a log and a hint: the password, if any, replaced by a placeholder. */
export function redactedDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = 'PASSWORD';
    return url.toString();
  } catch {
    return 'postgres://...';
  }
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The exact command line that reaches the database this configuration uses: DATABASE_URL on
 * PostgreSQL (password elided), ORGBASE_DATA_DIR unless the command can only run from the
 * directory whose default data directory is the one in use.
 */
export function commandFor(config: Pick<Config, 'databaseUrl' | 'dataDir'>, args: string, cwd = process.cwd()): string {
  const env: string[] = [];
  if (config.databaseUrl) env.push(`DATABASE_URL=${shellQuote(redactedDatabaseUrl(config.databaseUrl))}`);
  // An absolute bin path runs from any directory, where the default data directory is another.
  else if (config.dataDir !== path.resolve(cwd, '.orgbase') || path.isAbsolute(binPath(cwd))) env.push(`ORGBASE_DATA_DIR=${shellQuote(config.dataDir)}`);
  return [...env, binPath(cwd), args].join(' ');
}

/** The line every command writes on stderr before its work: which database it used, and how. */
export function databaseLine(config: Pick<Config, 'databaseUrl' | 'dataDir'>, how: 'server' | 'direct'): string {
  if (config.databaseUrl) return `orgbase: database: PostgreSQL ${describeTarget(config.databaseUrl)}\n`;
  const through = how === 'server' ? 'through the running server' : 'opened by this command, no server running';
  return `orgbase: database: embedded ${config.dataDir} (${through})\n`;
}
