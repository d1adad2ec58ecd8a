import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const BIN = path.resolve(import.meta.dirname, '../../bin/orgbase.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `orgbase ...` in its own process, as an operator would. */
export async function orgbase(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** The command's JSON output, failing with its stderr when it did not succeed. */
export async function orgbaseJson<T = any>(env: NodeJS.ProcessEnv, ...args: string[]): Promise<T> {
  const result = await orgbase(env, ...args);
  if (result.code !== 0) throw new Error(`orgbase ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
