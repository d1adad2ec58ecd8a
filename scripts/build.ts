// Bundles orgbase's TypeScript into dist/ for `npm start` and the `orgbase` command. Serving
// from plain JavaScript avoids tsx's loader thread (about 40 MB of resident memory per process)
// and starts the CLI in a fraction of tsx's time; code splitting keeps the database and the
// services out of what `--help` and usage errors load.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { gitCommit } from '../src/version.ts';
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
// What the start log and /_health report as the commit; ORGBASE_COMMIT where there is no .git
// (the container image's build).
const commit = gitCommit(root) ?? process.env.ORGBASE_COMMIT ?? 'unknown';
fs.writeFileSync(path.join(dist, 'build-info.json'), `${JSON.stringify({ commit, builtAt: new Date().toISOString() })}\n`);
// The browser console (/console/), served by the same process from dist/console/.
await buildConsole(root, dist);
