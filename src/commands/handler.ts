// What a database command's handler is. The handlers live in the files of their subject; their
// table (./table.ts) must name every database command of ./spec.ts and nothing else.
import type { Db } from '../db/types.ts';
import type { KeyCache } from '../personal-api-keys/key-cache.ts';
import type { CommandValues, DatabaseCommandName } from './spec.ts';

export interface CommandContext {
  db: Db;
  /** The running server's key cache, so a revoke or roll through its socket takes effect at once. */
  keyCache?: KeyCache;
  /** Writes a copy of the embedded database; absent on PostgreSQL. */
  dumpDatabase?: () => Promise<Uint8Array>;
}

export interface CommandHandler<K extends DatabaseCommandName> {
  run(context: CommandContext, values: CommandValues<K>): Promise<unknown>;
}

export type CommandHandlers = { [K in DatabaseCommandName]: CommandHandler<K> };

/** The handlers of one subject: `satisfies CommandHandlersPart` refuses a name ./spec.ts lacks. */
export type CommandHandlersPart = Partial<CommandHandlers>;
