// Bundles orgbase's TypeScript into dist/ for `npm start`. Serving from plain JavaScript
// avoids tsx's loader thread, which costs about 40 MB of resident memory per process.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

fs.rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(root, 'src/main.ts'), 'pglite-worker': path.join(root, 'src/db/pglite-worker.ts') },
  outdir: dist,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
fs.cpSync(path.join(root, 'src/db/migrations'), path.join(dist, 'migrations'), { recursive: true });
