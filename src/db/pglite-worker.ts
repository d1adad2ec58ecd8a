// Runs PGlite off the main thread: in-process PGlite blocks the event loop and its tail
// latency collapses under load. The app reaches it through pglite-socket on a unix socket,
// with the same `pg` driver it uses for PostgreSQL.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface EmbeddedWorkerData {
  pgdataDir: string;
  socketPath: string;
}

const { pgdataDir, socketPath } = workerData as EmbeddedWorkerData;

try {
  const db = await PGlite.create({ dataDir: pgdataDir });
  await db.exec(`SET TIME ZONE 'UTC'`);
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  parentPort!.postMessage({ type: 'ready' });
  parentPort!.on('message', async (message: { type: string }) => {
    if (message.type !== 'stop') return;
    await server.stop();
    await db.close();
    parentPort!.postMessage({ type: 'stopped' });
  });
} catch (error) {
  parentPort!.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
