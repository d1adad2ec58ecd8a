import type { Config } from './config.ts';
import { buildApp } from './app.ts';
import { openDatabase, type DatabaseHandle } from './db/connection.ts';
import { Invalidation } from './db/invalidation.ts';
import { migrate } from './db/migrate.ts';
import type { App } from './http/app-types.ts';
import { KeyCache } from './personal-api-keys/key-cache.ts';

export interface RunningServer {
  app: App;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** config -> database -> migrations -> invalidation channel -> app -> listen. */
export async function startServer(config: Config, options: { logger?: boolean | object } = {}): Promise<RunningServer> {
  const database = await openDatabase(config);
  let invalidation: Invalidation | undefined;
  try {
    await migrate(database.db);
    // Only one process can open the embedded database, so its channel is local.
    invalidation = config.databaseUrl ? await Invalidation.listen(config.databaseUrl) : Invalidation.local();
    const keyCache = new KeyCache(config.keyCacheTtlSeconds * 1000, invalidation);
    const app = await buildApp({ db: database.db, config, keyCache, invalidation, oneStatementAtATime: database.kind === 'embedded', logger: options.logger });
    invalidation.log = app.log;
    const url = await app.listen({ port: config.port, host: config.host });
    const channel = invalidation;
    let stopping: Promise<void> | undefined;
    return {
      app,
      database,
      url,
      // Stops accepting, lets in-flight requests finish, then closes the database.
      stop: () => (stopping ??= app.close().then(() => channel.close()).then(() => database.close())),
    };
  } catch (error) {
    await invalidation?.close();
    await database.close();
    throw error;
  }
}
