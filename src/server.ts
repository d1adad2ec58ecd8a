import type { Config } from './config.ts';
import { buildApp } from './app.ts';
import { openDatabase, type DatabaseHandle } from './db/connection.ts';
import { migrate } from './db/migrate.ts';
import type { App } from './http/app-types.ts';
import { KeyCache } from './personal-api-keys/key-cache.ts';

export interface RunningServer {
  app: App;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** config -> database -> migrations -> app -> listen. */
export async function startServer(config: Config, options: { logger?: boolean | object } = {}): Promise<RunningServer> {
  const database = await openDatabase(config);
  try {
    await migrate(database.db);
    const keyCache = new KeyCache(config.keyCacheTtlSeconds * 1000);
    if (config.redisUrl) await keyCache.connect(config.redisUrl);
    const app = await buildApp({ db: database.db, config, keyCache, logger: options.logger });
    const url = await app.listen({ port: config.port, host: config.host });
    let stopping: Promise<void> | undefined;
    return {
      app,
      database,
      url,
      // Stops accepting, lets in-flight requests finish, then closes the database.
      stop: () => (stopping ??= app.close().then(() => database.close())),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
