// The handler of every database command, by name. Typed against ./spec.ts: a command there
// without a handler here, or a handler for a name not there, does not compile.
import { DOMAIN_COMMANDS } from './domain-commands.ts';
import type { CommandContext, CommandHandlers } from './handler.ts';
import { INVITE_COMMANDS } from './invite-commands.ts';
import { OPERATOR_COMMANDS } from './operator-commands.ts';

export const COMMANDS: CommandHandlers = { ...OPERATOR_COMMANDS, ...INVITE_COMMANDS, ...DOMAIN_COMMANDS };

/** A handler found by a name from the command line or the control socket, with values as parsed. */
export function commandNamed(name: string): { run(context: CommandContext, values: Record<string, string | undefined>): Promise<unknown> } | undefined {
  return Object.hasOwn(COMMANDS, name) ? (COMMANDS[name as keyof CommandHandlers] as never) : undefined;
}
