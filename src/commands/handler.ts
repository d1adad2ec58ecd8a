// What a database command's handler is. The handlers live in the files of their subject; their
// table (./table.ts) must name every database command of ./spec.ts and nothing else.
import { OPERATOR_KEY_ID, type Caller } from '../access/caller.ts';
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
  /** `cli-<uuid>`, one per command: every change the command makes records it. */
  requestId: string;
  /** Writes a copy of the embedded database; absent on PostgreSQL. */
  dumpDatabase?: () => Promise<Uint8Array>;
}

export interface CommandHandler<K extends DatabaseCommandName> {
  run(context: CommandContext, values: CommandValues<K>): Promise<unknown>;
}

export type CommandHandlers = { [K in DatabaseCommandName]: CommandHandler<K> };

/** The handlers of one subject: `satisfies CommandHandlersPart` refuses a name ./spec.ts lacks. */
export type CommandHandlersPart = Partial<CommandHandlers>;

/** The user a command acts as, as the caller of a service: a full-scope "key" that exists only for this command. */
export function actingAs(context: CommandContext, user: { id: number; uuid: string }): Caller {
  return {
    user: { id: user.id, uuid: user.uuid },
    key: { id: OPERATOR_KEY_ID, secureValue: '', scopes: ['*'], scopedOrganizations: [], scopedTeams: [] },
    requestId: context.requestId,
  };
}
