import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { ownDataDir, privateRuntimePath, restrictNewFiles, tightenTree } from './private-files.ts';

export interface EmbeddedServer {
  /** Directory holding the `.s.PGSQL.5432` socket: what `pg` takes as `host`. */
  socketDir: string;
  /** True when this start created the database (initdb). */
  created: boolean;
  /** A gzipped tarball of the data directory (`orgbase backup`). */
  dump(): Promise<Uint8Array>;
  stop(): Promise<void>;
}

// Unix socket paths are limited to about 107 bytes; deep data directories get a short
// socket directory in this user's private runtime directory instead.
function chooseSocketDir(dataDir: string): string {
  if (path.join(dataDir, '.s.PGSQL.5432').length < 100) return dataDir;
  const dir = privateRuntimePath(dataDir, '');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

export async function startEmbeddedServer(dataDir: string): Promise<EmbeddedServer> {
  restrictNewFiles();
  ownDataDir(dataDir);
  const releaseLock = acquireDataDirLock(dataDir);
  try {
    const socketDir = chooseSocketDir(dataDir);
    const socketPath = path.join(socketDir, '.s.PGSQL.5432');
    const pgdataDir = path.join(dataDir, 'pgdata');
    const fresh = !fs.existsSync(pgdataDir);
    // A directory written by an older orgbase (or restored by hand) may be open to others.
    tightenTree(pgdataDir);
    let server = await startWorker(pgdataDir, socketPath);
    // Creating the database (initdb) leaves several hundred MB in the worker that serving never
    // needs; a fresh worker on the new data directory starts without them.
    if (fresh) {
      await server.stop();
      server = await startWorker(pgdataDir, socketPath);
    }
    let stopped = false;
    return {
      socketDir,
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

async function startWorker(pgdataDir: string, socketPath: string): Promise<{ stop(): Promise<void>; dump(): Promise<Uint8Array> }> {
  fs.rmSync(socketPath, { force: true }); // left behind by a killed process
  const workerData = { pgdataDir, socketPath };
  const worker = import.meta.url.endsWith('.js')
    ? new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData })
    : // Run from source: workers do not inherit the TypeScript loader the main thread runs
      // under, so the worker's entry loads the TypeScript module through tsx's API itself.
      new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
          .then(({ tsImport }) => tsImport(${JSON.stringify(new URL('./pglite-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`,
        { eval: true, workerData },
      );
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`embedded database worker exited with code ${code}`)));
    worker.once('message', (message: { type: string; message?: string }) => {
      if (message.type === 'ready') resolve();
      else reject(new Error(`embedded database failed to start: ${message.message}`));
    });
  });
  worker.removeAllListeners('exit');
  let dumping: Promise<Uint8Array> | undefined;
  return {
    dump: () =>
      (dumping ??= new Promise<Uint8Array>((resolve, reject) => {
        worker.once('message', (message: { type: string; bytes?: Uint8Array; message?: string }) => {
          dumping = undefined;
          if (message.type === 'dumped') resolve(message.bytes!);
          else reject(new Error(`backup failed: ${message.message ?? message.type}`));
        });
        worker.postMessage({ type: 'dump' });
      })),
    async stop() {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5000);
        worker.once('message', () => {
          clearTimeout(timer);
          resolve();
        });
        worker.postMessage({ type: 'stop' });
      });
      await worker.terminate();
      fs.rmSync(socketPath, { force: true });
    },
  };
}
