import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const BIN = path.resolve(import.meta.dirname, '../../bin/orgbase.js');

export interface CliResult {
  code: number;
  stdout: string;
  /** stderr without the line naming the database (`database`). */
  stderr: string;
  /** What the command said on stderr about the database it used (src/cli/invocation.ts). */
  database: string | undefined;
}

const DATABASE_LINE = /^orgbase: database: (.*)\n/m;

function result(code: number, stdout: string, stderr: string): CliResult {
  const database = DATABASE_LINE.exec(stderr)?.[1];
  return { code, stdout, stderr: stderr.replace(DATABASE_LINE, ''), database };
}

/** Runs `orgbase ...` in its own process, as an operator would. */
export async function orgbase(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, timeout: 60_000 });
    return result(0, stdout, stderr);
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return result(failure.code, failure.stdout, failure.stderr);
  }
}

/** The command's JSON output, failing with its stderr when it did not succeed. */
export async function orgbaseJson<T = any>(env: NodeJS.ProcessEnv, ...args: string[]): Promise<T> {
  const result = await orgbase(env, ...args);
  if (result.code !== 0) throw new Error(`orgbase ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
