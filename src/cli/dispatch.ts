// Where a parsed command runs: the server's own process (serve), the running server through its
// control socket, or this process on a database it opens itself.
import { loadConfig, parseWorkers, type Config } from '../config.ts';
import { controlSocketPath } from '../control/socket-path.ts';
import { sendToServer } from '../control/client.ts';
import type { Outcome } from '../commands/execute.ts';

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
  try {
    // Migrations take the direct connection (DATABASE_DIRECT_URL) when there is one.
    if (name === 'migrate') {
      return await migrateDirect(config, database.db).then(
        (result) => ({ ok: true, result }) as const,
        (error: unknown) => ({ ok: false, message: describeError(error) }) as const,
      );
    }
    // Every other command first brings the schema up to date.
    await migrateDirect(config, database.db);
    return await execute({ db: database.db, dumpDatabase: database.dump }, name, values);
  } finally {
    await database.close();
  }
}

export async function dispatch(name: string, values: Record<string, string | undefined>): Promise<number> {
  const config = loadConfig();
  if (name === 'serve') {
    const { serve } = await import('./serve.ts');
    return serve(values.workers === undefined ? config : { ...config, workers: parseWorkers(values.workers, '--workers') });
  }
  if (name === 'restore') {
    const { restore } = await import('./restore.ts');
    return print(await restore(config, values.FILE!));
  }
  if (!config.databaseUrl) {
    const answer = await sendToServer(controlSocketPath(config.dataDir), name, values);
    if (answer) return print(answer);
  }
  return print(await runHere(config, name, values));
}
