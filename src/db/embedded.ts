import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { ownDataDir, restrictNewFiles, tightenTree } from './private-files.ts';
import { EngineLink, type FromEngine } from './worker-stream.ts';

export interface EmbeddedServer {
  /** A new client connection to the engine, for pg's `stream` option. */
  stream: EngineLink['stream'];
  /** True when this start created the database (initdb). */
  created: boolean;
  /** A gzipped tarball of the data directory (`orgbase backup`). */
  dump(): Promise<Uint8Array>;
  stop(): Promise<void>;
}

export async function startEmbeddedServer(dataDir: string): Promise<EmbeddedServer> {
  restrictNewFiles();
  ownDataDir(dataDir);
  const releaseLock = acquireDataDirLock(dataDir);
  try {
    const pgdataDir = path.join(dataDir, 'pgdata');
    const fresh = !fs.existsSync(pgdataDir);
    // A directory written by an older orgbase (or restored by hand) may be open to others: the
    // database, and beside it the key that seals webhook secrets.
    tightenTree(dataDir);
    // An orgbase before 0.3 left its engine's socket here; nothing listens on it any more.
    fs.rmSync(path.join(dataDir, '.s.PGSQL.5432'), { force: true });
    let server = await startWorker(pgdataDir);
    // Creating the database (initdb) leaves several hundred MB in the worker that serving never
    // needs; a fresh worker on the new data directory starts without them.
    if (fresh) {
      await server.stop();
      server = await startWorker(pgdataDir);
    }
    let stopped = false;
    return {
      stream: server.link.stream,
      created: fresh,
      dump: () => server.dump(),
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

type Control = { type: 'ready' | 'error' | 'dumped' | 'dump-failed' | 'stopped'; message?: string; bytes?: Uint8Array };

/**
 * The engine's WebAssembly runs on V8's baseline compiler (Liftoff) only: optimizing
 * PostgreSQL's largest functions with TurboFan left about 55 MB of compiler memory in malloc's
 * per-thread arenas for the life of the process, for about 10% on the heaviest statements and
 * nothing measurable on point reads (docs/performance.md). Set before the worker compiles the
 * module; the flag touches WebAssembly only, which nothing else in orgbase runs.
 */
function useBaselineWasmCompiler(): void {
  v8.setFlagsFromString('--liftoff-only');
}

async function startWorker(pgdataDir: string): Promise<{ link: EngineLink; stop(): Promise<void>; dump(): Promise<Uint8Array> }> {
  useBaselineWasmCompiler();
  const workerData = { pgdataDir };
  // The engine's thread makes little garbage per statement (answers are ArrayBuffers, outside
  // the heap): a young generation of 8 MB rather than V8's 48 MB keeps about 20 MB off the
  // resident set. The old generation is left alone: a backup builds its tarball in this heap.
  const resourceLimits = { maxYoungGenerationSizeMb: 8 };
  const worker = import.meta.url.endsWith('.js')
    ? new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData, resourceLimits })
    : // Run from source: workers do not inherit the TypeScript loader the main thread runs
      // under, so the worker's entry loads the TypeScript module through tsx's API itself.
      new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
          .then(({ tsImport }) => tsImport(${JSON.stringify(new URL('./pglite-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`,
        { eval: true, workerData, resourceLimits },
      );
  const link = new EngineLink(worker);
  // Answers to clients go to the link; the rest (start, backup, stop) to whoever waits for it.
  const waiting: Array<(message: Control) => void> = [];
  worker.on('message', (message: FromEngine | Control) => {
    if (message.type === 'data') link.deliver(message);
    else waiting.shift()?.(message);
  });
  const next = () => new Promise<Control>((resolve) => waiting.push(resolve));
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`embedded database worker exited with code ${code}`)));
    void next().then((message) => {
      if (message.type === 'ready') resolve();
      else reject(new Error(`embedded database failed to start: ${message.message}`));
    });
  });
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  worker.on('error', (error) => link.fail(error));
  worker.on('exit', (code) => link.fail(new Error(`embedded database worker exited with code ${code}`)));
  let dumping: Promise<Uint8Array> | undefined;
  return {
    link,
    dump: () =>
      (dumping ??= new Promise<Uint8Array>((resolve, reject) => {
        void next().then((message) => {
          dumping = undefined;
          if (message.type === 'dumped') resolve(message.bytes!);
          else reject(new Error(`backup failed: ${message.message ?? message.type}`));
        });
        worker.postMessage({ type: 'dump' });
      })),
    async stop() {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5000);
        void next().then(() => {
          clearTimeout(timer);
          resolve();
        });
        worker.postMessage({ type: 'stop' });
      });
      await worker.terminate();
    },
  };
}
