// Where a parsed command runs: the local commands in this process without a database of theirs
// (serve opens its own), the others through the running server's control socket, or in this
// process on a database it opens itself.
import { createWrites } from '../writes/unit-of-work.ts';
import { loadConfig, parseWorkers, type Config } from '../config.ts';
import { controlSocketPath } from '../control/socket-path.ts';
import { sendToServer } from '../control/client.ts';
import type { Outcome } from '../commands/execute.ts';
import type { CommandValues, LocalCommandName } from '../commands/spec.ts';
import { databaseLine } from './invocation.ts';
import { printScopes } from './scopes.ts';

function print(outcome: Outcome): number {
  if (!outcome.ok) {
    process.stderr.write(`orgbase: ${outcome.message}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(outcome.result, null, 2)}\n`);
  return 0;
}

async function runHere(config: Config, name: string, values: Record<string, string | undefined>): Promise<Outcome> {
  const [{ openDatabase }, { migrateDirect }, { execute, describeError }] = await Promise.all([
    import('../db/connection.ts'),
    import('../db/direct.ts'),
    import('../commands/execute.ts'),
  ]);
  const database = await openDatabase(config);
  process.stderr.write(databaseLine(config, 'direct'));
  try {
    // Migrations take the direct connection (DATABASE_DIRECT_URL) when there is one.
    if (name === 'migrate') {
      return await migrateDirect(config, database.db).then(
        ({ applied, alreadyApplied }) => ({ ok: true, result: { applied, alreadyApplied } }) as const,
        (error: unknown) => ({ ok: false, message: describeError(error) }) as const,
      );
    }
    // Every other command first brings the schema up to date, and says what it applied.
    const { applied } = await migrateDirect(config, database.db);
    for (const migration of applied) process.stderr.write(`orgbase: applied migration ${migration}\n`);
    return await execute({ db: database.db, writes: createWrites(database.db), dumpDatabase: database.dump }, name, values);
  } finally {
    await database.close();
  }
}

// The first start creates the database (about 20 s) before the server opens its control socket;
// a command run meanwhile waits for it rather than failing.
const WAIT_FOR_STARTING_SERVER_MS = 120_000;

/** Embedded: through the running server, or on the database itself when none runs. */
async function runEmbedded(config: Config, name: string, values: Record<string, string | undefined>): Promise<Outcome> {
  const { DataDirLockedError } = await import('../db/data-dir-lock.ts');
  const socket = controlSocketPath(config.dataDir);
  const deadline = Date.now() + WAIT_FOR_STARTING_SERVER_MS;
  let waiting = false;
  for (;;) {
    const answer = await sendToServer(socket, name, values);
    if (answer) {
      process.stderr.write(databaseLine(config, 'server'));
      return answer;
    }
    try {
      return await runHere(config, name, values);
    } catch (error) {
      // Another process holds the data directory but does not answer on its socket: a server
      // still starting, or another command. Both end soon; wait for them.
      if (!(error instanceof DataDirLockedError) || Date.now() > deadline) throw error;
      if (!waiting) {
        process.stderr.write(
          `orgbase: ${config.dataDir} is held by another orgbase process (a server still starting, or another command): waiting for it (up to ${WAIT_FOR_STARTING_SERVER_MS / 1000} s)\n`,
        );
        waiting = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** The handler of every local command; typed against src/commands/spec.ts like the database commands' table. */
const LOCAL_COMMANDS: { [K in LocalCommandName]: (values: CommandValues<K>) => Promise<number> } = {
  scopes: async () => printScopes(),
  serve: async (values) => {
    const config = loadConfig();
    const { serve } = await import('./serve.ts');
    return serve(values.workers === undefined ? config : { ...config, workers: parseWorkers(values.workers, '--workers') });
  },
  restore: async (values) => {
    const config = loadConfig();
    const { restore } = await import('./restore.ts');
    process.stderr.write(databaseLine(config, 'direct'));
    return print(await restore(config, values.FILE));
  },
};

export async function dispatch(name: string, values: Record<string, string | undefined>): Promise<number> {
  if (Object.hasOwn(LOCAL_COMMANDS, name)) return LOCAL_COMMANDS[name as LocalCommandName](values as never);
  const config = loadConfig();
  if (!config.databaseUrl) return print(await runEmbedded(config, name, values));
  return print(await runHere(config, name, values));
}
