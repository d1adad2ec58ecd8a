// Runs one command against an open database and turns its outcome into what the CLI prints.
// The control socket calls this inside the server, the CLI calls it when no server runs, so
// the JSON and the error lines are the same either way.
import { randomUUID } from 'node:crypto';
import { operatorCaller } from '../access/caller.ts';
import { translateDatabaseError } from '../db/database-errors.ts';
import { DomainError } from '../domain/errors.ts';
import type { CommandContext } from './handler.ts';
import { commandNamed } from './table.ts';

export type Outcome = { ok: true; result: unknown } | { ok: false; message: string };

/** One line, no stack: what an operator reads on stderr. */
export function describeError(error: unknown): string {
  error = translateDatabaseError(error) ?? error;
  const text =
    error instanceof DomainError ? (error.attr ? `${error.attr}: ${error.detail}` : error.detail) : error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, ' ');
}

export async function execute(context: Omit<CommandContext, 'operator'>, name: string, values: Record<string, string | undefined>): Promise<Outcome> {
  const command = commandNamed(name);
  if (!command) return { ok: false, message: `unknown command "${name}"` };
  try {
    return { ok: true, result: await command.run({ ...context, operator: operatorCaller(`cli-${randomUUID()}`) }, values) };
  } catch (error) {
    return { ok: false, message: describeError(error) };
  }
}
