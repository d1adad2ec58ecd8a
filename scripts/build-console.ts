// Builds the console into dist/console/: one script and one stylesheet, minified, each named by
// the hash of its content so the server can tell browsers to keep them for a year, and an
// index.html that names them (no inline script or style: the console's CSP forbids both).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';

export async function buildConsole(root: string, dist: string): Promise<{ files: string[]; gzipBytes: number }> {
  const out = path.join(dist, 'console');
  const assets = path.join(out, 'assets');
  fs.rmSync(out, { recursive: true, force: true });
  const result = await build({
    entryPoints: { app: path.join(root, 'src/console/ui/main.tsx'), style: path.join(root, 'src/console/ui/style.css') },
    outdir: assets,
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: path.join(root, 'src/console/ui/tsconfig.json'),
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => path.basename(file));
  const script = outputs.find((file) => file.endsWith('.js'))!;
  const style = outputs.find((file) => file.endsWith('.css'))!;
  const icon = `icon-${hashOf(ICON)}.svg`;
  fs.writeFileSync(path.join(assets, icon), ICON);
  fs.writeFileSync(
    path.join(out, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>orgbase console</title>
    <link rel="icon" href="/console/assets/${icon}" type="image/svg+xml">
    <link rel="stylesheet" href="/console/assets/${style}">
    <script type="module" src="/console/assets/${script}"></script>
  </head>
  <body>
    <div id="app"><noscript>The orgbase console needs JavaScript. The API is at /api/ and documented at /api/schema/swagger-ui/.</noscript></div>
  </body>
</html>
`,
  );
  const files = [script, style, icon];
  const gzipBytes = [script, style].reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(assets, file)), { level: 9 }).length, 0);
  return { files, gzipBytes };
}

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0a58ca"/><circle cx="8" cy="8" r="4" fill="#fff"/></svg>\n';

function hashOf(text: string): string {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (hash >>> 0).toString(36).toUpperCase();
}
