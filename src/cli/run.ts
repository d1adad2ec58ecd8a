import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { translateDatabaseError } from '../db/database-errors.ts';
import { ApiError } from '../http/errors.ts';
import { serve } from './serve.ts';
import { COMMANDS, type CommandContext } from './commands.ts';

const USAGE = `usage: orgbase <command>
  serve                                   start the HTTP server (what npm start runs)
  migrate                                 apply pending database migrations
  users create --email E [--first-name F] [--last-name L]
  keys create --email E --label L --scopes S1,S2 [--scoped-organizations ID,...]
  members add --organization ID --email E --level 1|8|15
  integrations add --organization ID --kind K --integration-id X [--config JSON]`;

class UsageError extends Error {}

function describe(error: unknown): string {
  error = translateDatabaseError(error) ?? error;
  if (error instanceof ApiError) return error.attr ? `${error.attr}: ${error.detail}` : error.detail;
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof DataDirLockedError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Runs one command; JSON on stdout, a one-line error on stderr, and the exit code returned. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    const [command, subcommand] = argv;
    if (!command || command === 'help' || command === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    const config = loadConfig();
    if (command === 'serve') return await serve(config);
    if (command === 'migrate') {
      const database = await openDatabase(config);
      try {
        const result = await migrate(database.db);
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return 0;
      } finally {
        await database.close();
      }
    }
    const name = `${command} ${subcommand ?? ''}`.trim();
    const spec = COMMANDS[name];
    if (!spec) throw new UsageError(`unknown command "${name}"; run "orgbase help"`);
    let values: Record<string, string | undefined>;
    try {
      ({ values } = parseArgs({ args: argv.slice(2), options: spec.options, strict: true }) as {
        values: Record<string, string | undefined>;
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    for (const required of spec.required) {
      if (!values[required]) throw new UsageError(`${name}: --${required} is required`);
    }
    const database = await openDatabase(config);
    try {
      await migrate(database.db);
      const context: CommandContext = { db: database.db };
      const result = await spec.run(context, values);
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    process.stderr.write(`orgbase: ${describe(error).replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}
