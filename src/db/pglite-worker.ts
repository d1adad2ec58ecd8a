// Runs PGlite off the main thread: in-process PGlite blocks the event loop and its tail
// latency collapses under load. The app reaches it with the same `pg` driver it uses for
// PostgreSQL, whose wire protocol bytes cross the thread boundary as messages (see
// worker-stream.ts): no socket, no copy through the kernel, and each client write (a whole
// Parse/Bind/Execute/Sync batch, which pg corks together) runs as one pass through the engine.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { maintainEmbedded } from './embedded-maintenance.ts';
import { ownerOnlyMode } from './private-files.ts';
import { WireSessions, type ToEngine } from './wire-sessions.ts';

interface EmbeddedWorkerData {
  pgdataDir: string;
}

const { pgdataDir } = workerData as EmbeddedWorkerData;

// PGlite's file system chmods the files it extracts and creates to 0666 (its own umask is not
// the process's): narrowed here, every file of the database stays owner-only, as initdb's.
// This thread's `fs` is its own, so nothing outside the engine is affected.
const chmodSync = fs.chmodSync;
fs.chmodSync = (file, mode) => chmodSync(file, typeof mode === 'number' ? ownerOnlyMode(mode) : mode);

// PGlite's default shared buffers cost about 130 MB of resident memory for nothing in a
// database of this size; the embedded default has a 500 MB budget under load. A VACUUM's
// memory (embedded-maintenance.ts) is held to 16 MB rather than 64 for the same budget.
const POSTGRESQL_CONF = 'shared_buffers = 16MB\nwork_mem = 2MB\nmaintenance_work_mem = 16MB\n';

try {
  const db = await PGlite.create({ dataDir: pgdataDir, postgresqlconf: POSTGRESQL_CONF });
  await db.exec(`SET TIME ZONE 'UTC'`);
  const port = parentPort!;
  const sessions = new WireSessions(db, ({ ids, bytes }) =>
    port.postMessage(
      { type: 'data', ids, bytes },
      bytes.map((answer) => answer.buffer as ArrayBuffer),
    ),
  );
  const maintenance = maintainEmbedded(db, sessions);
  port.postMessage({ type: 'ready' });
  // `orgbase backup`: the data directory as a tarball. PGlite dumps between statements, so the
  // copy is crash-consistent: its WAL replays to every committed transaction. (No CHECKPOINT
  // first: a client may be inside a transaction.)
  const dump = async () => {
    try {
      const bytes = new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer());
      port.postMessage({ type: 'dumped', bytes }, [bytes.buffer]);
    } catch (error) {
      port.postMessage({ type: 'dump-failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  port.on('message', async (message: ToEngine | { type: 'dump' } | { type: 'stop' }) => {
    if (message.type === 'dump') return sessions.exclusive(dump);
    if (message.type === 'stop') {
      maintenance.stop();
      sessions.closeAll();
      await db.close();
      port.postMessage({ type: 'stopped' });
      return;
    }
    sessions.receive(message);
  });
} catch (error) {
  parentPort!.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
