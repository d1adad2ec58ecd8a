// Bundles orgbase's TypeScript into dist/ for `npm start` and the `orgbase` command. Serving
// from plain JavaScript avoids tsx's loader thread (about 40 MB of resident memory per process)
// and starts the CLI in a fraction of tsx's time; code splitting keeps the database and the
// services out of what `--help` and usage errors load.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { buildConsole } from './build-console.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

fs.rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(root, 'src/main.ts'), 'pglite-worker': path.join(root, 'src/db/pglite-worker.ts') },
  outdir: dist,
  bundle: true,
  splitting: true,
  // Chunks stay beside main.js: import.meta.url locates the worker and the migrations.
  chunkNames: '[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
fs.cpSync(path.join(root, 'src/db/migrations'), path.join(dist, 'migrations'), { recursive: true });
// The browser console (/console/), served by the same process from dist/console/.
await buildConsole(root, dist);
