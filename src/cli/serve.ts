import cluster from 'node:cluster';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config.ts';
import { startServer } from '../app/server.ts';
import { assertWorkersAllowed, isWorker, superviseWorkers } from './workers.ts';
import { logStartNotes, runningFields } from './start-notes.ts';

const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

/** A line in pino's shape, for the time before the app (and its logger) exists. */
function earlyLog(config: Config, msg: string, fields: Record<string, unknown> = {}): void {
  if ((LEVELS[config.logLevel] ?? Infinity) > LEVELS.info!) return;
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, hostname: os.hostname(), ...fields, msg })}\n`);
}

/** Runs until SIGTERM or SIGINT, then drains in-flight requests and exits 0. */
export async function serve(config: Config): Promise<number> {
  assertWorkersAllowed(config);
  if (config.workers > 1 && !isWorker()) return superviseWorkers(config);
  const started = Date.now();
  const creating = !config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'pgdata'));
  if (creating) {
    earlyLog(config, 'first start: creating the embedded database (takes several seconds)', { dataDir: config.dataDir });
  }
  const server = await startServer(config);
  const log = server.app.log;
  if (creating) log.info({ milliseconds: Date.now() - started }, 'embedded database created and migrated');
  log.info(
    { url: server.url, database: server.database.kind, controlSocket: server.controlSocket, metrics: server.metricsUrl, ...runningFields() },
    'orgbase listening',
  );
  const stopped = new Promise<number>((resolve) => {
    let signalled = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (signalled) {
        // A second signal means "now"; a worker's primary says "now" with SIGKILL, and a
        // terminal's Ctrl-C reaches a worker both directly and through its primary.
        if (!isWorker()) process.exit(1);
        return;
      }
      signalled = true;
      log.info({ signal }, 'shutting down');
      server.stop().then(
        () => {
          // A worker's channel to its primary would keep it alive: closed, the worker exits.
          if (isWorker()) cluster.worker?.disconnect();
          resolve(0);
        },
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', shutdown);
    process.on('SIGINT', shutdown);
  });
  // The notes read the database: a supervisor that stops the server as soon as it answers
  // /_health must find the handlers already installed, not kill it mid-read.
  await logStartNotes(config, server, log).catch((error: unknown) => log.debug({ err: error }, 'start notes skipped'));
  return stopped;
}
