// Runs PGlite off the main thread: in-process PGlite blocks the event loop and its tail
// latency collapses under load. The app reaches it through pglite-socket on a unix socket,
// with the same `pg` driver it uses for PostgreSQL.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { ownerOnlyMode } from './private-files.ts';

interface EmbeddedWorkerData {
  pgdataDir: string;
  socketPath: string;
}

const { pgdataDir, socketPath } = workerData as EmbeddedWorkerData;

// PGlite's file system chmods the files it extracts and creates to 0666 (its own umask is not
// the process's): narrowed here, every file of the database stays owner-only, as initdb's.
// This thread's `fs` is its own, so nothing outside the engine is affected.
const chmodSync = fs.chmodSync;
fs.chmodSync = (file, mode) => chmodSync(file, typeof mode === 'number' ? ownerOnlyMode(mode) : mode);

// PGlite's default shared buffers cost about 130 MB of resident memory for nothing in a
// database of this size; the embedded default has a 500 MB budget under load.
const POSTGRESQL_CONF = 'shared_buffers = 16MB\nwork_mem = 2MB\n';

try {
  const db = await PGlite.create({ dataDir: pgdataDir, postgresqlconf: POSTGRESQL_CONF });
  await db.exec(`SET TIME ZONE 'UTC'`);
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  // Whoever can open the socket can run any query: the owner only, whatever the umask.
  fs.chmodSync(socketPath, 0o600);
  parentPort!.postMessage({ type: 'ready' });
  // `orgbase backup`: the data directory as a tarball. PGlite dumps exclusively, between
  // queries, so the copy is crash-consistent: its WAL replays to every committed transaction.
  // (No CHECKPOINT first: the socket's one session may be inside a client's transaction.)
  const dump = async () => {
    try {
      const bytes = new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer());
      parentPort!.postMessage({ type: 'dumped', bytes }, [bytes.buffer]);
    } catch (error) {
      parentPort!.postMessage({ type: 'dump-failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  parentPort!.on('message', async (message: { type: string }) => {
    if (message.type === 'dump') return dump();
    if (message.type !== 'stop') return;
    await server.stop();
    await db.close();
    parentPort!.postMessage({ type: 'stopped' });
  });
} catch (error) {
  parentPort!.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
