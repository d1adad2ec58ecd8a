import type { Config } from '../config.ts';
import { startServer } from '../server.ts';

/** Runs until SIGTERM or SIGINT, then drains in-flight requests and exits 0. */
export async function serve(config: Config): Promise<number> {
  const server = await startServer(config);
  server.app.log.info({ url: server.url, database: server.database.kind }, 'orgbase listening');
  return new Promise<number>((resolve) => {
    let signalled = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (signalled) {
        process.exit(1); // a second signal means "now"
      }
      signalled = true;
      server.app.log.info({ signal }, 'shutting down');
      server.stop().then(
        () => resolve(0),
        (error: unknown) => {
          server.app.log.error({ err: error }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  });
}
