// `orgbase serve --workers N`: N server processes on one port (node:cluster), so one command
// uses every core. The primary only supervises: it starts the workers, replaces one that dies,
// and on SIGTERM has each drain its requests. Each worker is a whole server (its own pool, its
// own caches and invalidation channel); they stay consistent the way separate processes do.
import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import client from 'prom-client';
import { ConfigError, type Config } from '../config.ts';
import { serveMetrics } from '../metrics/metrics.ts';
import { SiblingRelay, type SiblingAckMessage, type SiblingWriteMessage } from '../db/sibling-writes.ts';

const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };
/** Deaths closer together than this slow replacements down (a worker that dies at once, over and over). */
const CRASH_WINDOW_MS = 10_000;
const MAX_RESTART_DELAY_MS = 5000;

function logLine(config: Config, level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  if ((LEVELS[config.logLevel] ?? Infinity) > LEVELS[level]!) return;
  process.stdout.write(
    `${JSON.stringify({ level: LEVELS[level], time: Date.now(), pid: process.pid, hostname: os.hostname(), role: 'primary', ...fields, msg })}\n`,
  );
}

/** The embedded database admits one process: several workers would each try to open it. */
export function assertWorkersAllowed(config: Config): void {
  if (config.workers > 1 && !config.databaseUrl) {
    throw new ConfigError(
      `--workers ${config.workers} needs PostgreSQL (DATABASE_URL): the embedded database admits one process; run one worker, or set DATABASE_URL`,
    );
  }
}

/** Whether this process is a worker `superviseWorkers` started (then it serves as one server). */
export const isWorker = () => cluster.isWorker;

/** Runs in the primary until SIGTERM or SIGINT; resolves with the exit code. */
export function superviseWorkers(config: Config): Promise<number> {
  assertWorkersAllowed(config);
  const wanted = config.workers;
  const ready = new WeakSet<Worker>();
  // cluster.workers drops a worker only once both its exit and its IPC disconnect were seen.
  const live = new Set<Worker>();
  let started = 0;
  let stopping = false;
  let failed = false;
  let recentDeaths: number[] = [];
  let restartTimer: NodeJS.Timeout | undefined;
  let metricsServer: { close(): Promise<void> } | undefined;

  // Read-your-writes across workers (sibling-writes.ts): the primary passes the announcements on.
  const relay = new SiblingRelay<Worker>((of) => [...live].filter((other) => other !== of && ready.has(other)));
  cluster.on('message', (worker, message: SiblingWriteMessage | SiblingAckMessage) => relay.receive(worker, message));
  cluster.on('disconnect', (worker) => relay.forget(worker));

  return new Promise<number>((resolve) => {
    const finishIfDone = () => {
      if (live.size === 0) {
        clearTimeout(restartTimer);
        logLine(config, failed ? 'error' : 'info', failed ? 'workers stopped after a failed start' : 'all workers stopped');
        void metricsServer?.close();
        resolve(failed ? 1 : 0);
      }
    };
    const stopAll = (signal: NodeJS.Signals) => {
      stopping = true;
      clearTimeout(restartTimer);
      for (const worker of live) worker.process.kill(signal);
      finishIfDone();
    };
    const fork = () => {
      if (stopping) return;
      const worker = cluster.fork();
      live.add(worker);
      // A send to a worker whose channel just closed (it is exiting) fails with EPIPE; unheard,
      // that error would end the primary and, with it, every worker's requests in flight.
      worker.on('error', (error) => logLine(config, 'warn', 'worker channel error', { worker: worker.process.pid, error: error.message }));
      logLine(config, 'info', 'worker started', { worker: worker.process.pid });
    };

    cluster.on('listening', (worker) => {
      if (ready.has(worker)) return;
      ready.add(worker);
      logLine(config, 'info', 'worker listening', { worker: worker.process.pid });
      started += 1;
      if (started === wanted) logLine(config, 'info', 'orgbase listening with workers', { workers: wanted, port: config.port, host: config.host });
    });
    cluster.on('exit', (worker, code, signal) => {
      live.delete(worker);
      relay.forget(worker);
      if (stopping) {
        if (code !== 0 && !failed) logLine(config, 'warn', 'worker exited while stopping', { worker: worker.process.pid, code, signal });
        finishIfDone();
        return;
      }
      if (!ready.has(worker) && started < wanted) {
        // A worker that cannot start (database unreachable, port taken) would fail again: the
        // reason is on its stderr above; stop the others rather than loop.
        failed = true;
        logLine(config, 'error', 'a worker failed to start; stopping', { worker: worker.process.pid, code, signal });
        stopAll('SIGTERM');
        return;
      }
      const now = Date.now();
      recentDeaths = [...recentDeaths.filter((at) => now - at < CRASH_WINDOW_MS), now];
      const delay = recentDeaths.length <= 1 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 250 * 2 ** (recentDeaths.length - 2));
      logLine(config, 'warn', 'worker died; starting a replacement', { worker: worker.process.pid, code, signal, delayMs: delay });
      restartTimer = setTimeout(fork, delay);
    });

    let signalled = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (signalled) {
        // A second signal means "now".
        for (const worker of live) worker.process.kill('SIGKILL');
        process.exit(1);
      }
      signalled = true;
      logLine(config, 'info', 'shutting down: draining every worker', { signal });
      stopAll('SIGTERM');
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    for (let i = 0; i < wanted; i++) fork();
    if (config.metricsPort !== undefined) {
      // One endpoint for the whole server: each worker's registry, summed (prom-client asks
      // the workers over the cluster's IPC channel).
      const aggregator = new client.AggregatorRegistry();
      serveMetrics(config.metricsPort, config.metricsHost, () => aggregator.clusterMetrics(), aggregator.contentType).then(
        (server) => {
          metricsServer = server;
          logLine(config, 'info', 'metrics of every worker', { metrics: server.url });
        },
        (error: Error) => {
          logLine(config, 'error', 'metrics port unavailable; stopping', { error: error.message });
          failed = true;
          stopAll('SIGTERM');
        },
      );
    }
  });
}
