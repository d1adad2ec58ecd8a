import cluster from 'node:cluster';
import type { Config } from '../config.ts';
import { buildApp } from './app.ts';
import { openDatabase, type DatabaseHandle } from '../db/connection.ts';
import { Invalidation } from '../db/invalidation.ts';
import { migrateDirect } from '../db/direct.ts';
import type { App } from '../http/app-types.ts';
import { KeyCache } from '../personal-api-keys/key-cache.ts';
import { createMetrics } from '../metrics/metrics.ts';
import { startControlServer, type ControlServer } from '../control/server.ts';
import { controlSocketPath } from '../control/socket-path.ts';
import { loadSecretKey, SecretBox } from '../webhooks/secrets.ts';

export interface RunningServer {
  app: App;
  database: DatabaseHandle;
  url: string;
  /** Where the CLI reaches this server (embedded database only). */
  controlSocket?: string;
  /** The Prometheus endpoint, when ORGBASE_METRICS_PORT is set. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

/** config -> database -> migrations -> invalidation channel -> app -> listen. */
export async function startServer(config: Config, options: { logger?: boolean | object } = {}): Promise<RunningServer> {
  // Where the CLI will reach an embedded server, settled first: a runtime directory orgbase
  // must refuse fails the start before it pays for the engine (and on a fresh directory, initdb).
  const controlPath = config.databaseUrl ? undefined : controlSocketPath(config.dataDir);
  const database = await openDatabase(config);
  let invalidation: Invalidation | undefined;
  try {
    const migrations = await migrateDirect(config, database.db);
    // Only one process can open the embedded database, so its channel is local.
    invalidation = config.databaseUrl
      ? await Invalidation.listen(config.databaseDirectUrl ?? config.databaseUrl, { db: database.db, probeMs: config.channelProbeMs })
      : Invalidation.local();
    const keyCache = new KeyCache(config.keyCacheTtlSeconds * 1000, invalidation);
    const metrics = config.metricsPort === undefined ? undefined : createMetrics({ pool: database.pool, keyCache, invalidation });
    // The embedded database keeps its own key file beside it when none is given; PostgreSQL's
    // processes must share one, so there it must be given (webhooks are refused otherwise).
    const secretKey = loadSecretKey({
      key: config.secretKey,
      keyFile: config.secretKeyFile,
      dataDir: database.kind === 'embedded' ? config.dataDir : undefined,
    });
    const webhookSecrets = secretKey === undefined ? undefined : new SecretBox(secretKey);
    const app = await buildApp({
      db: database.db,
      config,
      keyCache,
      invalidation,
      oneStatementAtATime: database.kind === 'embedded',
      logger: options.logger,
      metrics,
      webhookSecrets,
      deliverWebhooks: true,
    });
    if (!webhookSecrets) app.log.warn('no ORGBASE_SECRET_KEY: webhooks are unavailable (creating one answers 503)');
    invalidation.log = app.log;
    const status = invalidation.status;
    if (status && status.state !== 'ok') {
      app.log.warn({ reason: status.reason }, 'cache invalidation channel still unproven at start; caches off (answers come from the database) until it is');
    }
    // An upgrade shows in the log: each migration this start applied, with its time.
    for (const applied of migrations.timings) app.log.info({ migration: applied.name, milliseconds: applied.milliseconds }, 'migration applied');
    const url = await app.listen({ port: config.port, host: config.host });
    const channel = invalidation;
    let metricsServer: Awaited<ReturnType<NonNullable<typeof metrics>['listen']>> | undefined;
    let control: ControlServer | undefined;
    try {
      // A worker of serve --workers leaves the port to its primary, which sums every worker's.
      if (metrics && !cluster.isWorker) metricsServer = await metrics.listen(config.metricsPort!, config.metricsHost);
      // The embedded database admits this process only; the CLI reaches it through this socket.
      if (database.kind === 'embedded') {
        const context = { db: database.db, writes: app.writes, dumpDatabase: database.dump };
        control = await startControlServer(controlPath ?? controlSocketPath(config.dataDir), context, (command) =>
          app.log.info({ command }, 'control command'),
        );
      }
    } catch (error) {
      await metricsServer?.close();
      await app.close();
      throw error;
    }
    let stopping: Promise<void> | undefined;
    return {
      app,
      database,
      url,
      controlSocket: control?.path,
      metricsUrl: metricsServer?.url,
      // Stops accepting, lets in-flight requests finish, then closes the database.
      stop: () =>
        (stopping ??= (control?.close() ?? Promise.resolve())
          .then(() => app.close())
          .then(() => metricsServer?.close())
          .then(() => channel.close())
          .then(() => database.close())),
    };
  } catch (error) {
    await invalidation?.close();
    await database.close();
    throw error;
  }
}
