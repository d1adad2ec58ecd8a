// What a database command's handler is. The handlers live in the files of their subject; their
// table (./table.ts) must name every database command of ./spec.ts and nothing else.
import { onBehalfOf, type Caller, type OperatorCaller } from '../access/caller.ts';
import type { Db } from '../db/types.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import type { CommandValues, DatabaseCommandName } from './spec.ts';

export interface CommandContext {
  db: Db;
  /**
   * The unit of work commands write through: the running server's (its caches), so a revoke or
   * roll through its socket takes effect at once; else one without caches.
   */
  writes: Writes;
  /** The one caller of every command, with its `cli-<uuid>` request id: every change the command makes records it. */
  operator: OperatorCaller;
  /** Writes a copy of the embedded database; absent on PostgreSQL. */
  dumpDatabase?: () => Promise<Uint8Array>;
}

export interface CommandHandler<K extends DatabaseCommandName> {
  run(context: CommandContext, values: CommandValues<K>): Promise<unknown>;
}

export type CommandHandlers = { [K in DatabaseCommandName]: CommandHandler<K> };

/** The handlers of one subject: `satisfies CommandHandlersPart` refuses a name ./spec.ts lacks. */
export type CommandHandlersPart = Partial<CommandHandlers>;

/** The command's operator acting for `user`, where a service's rules are about a user (access/caller.ts). */
export function forUser(context: CommandContext, user: { id: number; uuid: string }): Caller {
  return onBehalfOf(context.operator, user);
}
