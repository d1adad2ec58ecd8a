// Serves the browser console (/console/) and the page an invitation link opens (/signup/:token)
// from dist/console/, built at `npm ci` with the server bundle. The console is a client of the
// public API like any other: it adds no endpoint of its own. Hashed assets never change under
// their name, so browsers keep them a year; the page itself is revalidated every time.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../http/app-types.ts';

interface Asset {
  body: Buffer;
  gzip: Buffer;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** dist/console beside the bundle (dist/main.js), or the repository's dist/ when run from src/. */
function consoleDirectory(): string | undefined {
  const here = import.meta.dirname;
  return [path.join(here, 'console'), path.resolve(here, '../../dist/console')].find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}

function loadAssets(): Map<string, Asset> | undefined {
  const dir = consoleDirectory();
  if (!dir) return undefined;
  const assets = new Map<string, Asset>();
  const add = (name: string, file: string) => {
    const body = fs.readFileSync(file);
    const type = TYPES[path.extname(file)];
    if (!type) return;
    assets.set(name, { body, gzip: zlib.gzipSync(body, { level: 9 }), type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` });
  };
  add('index.html', path.join(dir, 'index.html'));
  for (const file of fs.readdirSync(path.join(dir, 'assets'))) add(`assets/${file}`, path.join(dir, 'assets', file));
  return assets;
}

export function registerConsoleRoutes(app: App): void {
  let assets: Map<string, Asset> | undefined;
  const assetsNow = () => (assets ??= loadAssets());

  const send = (request: FastifyRequest, reply: FastifyReply, asset: Asset, cache: string) => {
    reply.type(asset.type).header('cache-control', cache).header('etag', asset.etag).header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send();
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(asset.gzip);
    return reply.send(asset.body);
  };
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const index = assetsNow()?.get('index.html');
    if (!index) return reply.code(503).type('text/plain; charset=utf-8').send('The console is not built: run npm run build.\n');
    // The page names the current hashed assets, so it is checked on every visit.
    return send(request, reply, index, 'no-cache');
  };

  const hidden = { schema: { hide: true } };
  app.get('/console/', hidden, page);
  app.get('/console/assets/:file', hidden, (request, reply) => {
    const asset = assetsNow()?.get(`assets/${(request.params as { file: string }).file}`);
    if (!asset) return reply.code(404).type('text/plain; charset=utf-8').send('Not found.\n');
    return send(request, reply, asset, 'public, max-age=31536000, immutable');
  });
  // Deep links (/console/organizations/…/members) are the console's own routes.
  app.get('/console/*', hidden, page);
  app.get('/signup/:token', hidden, page);
}
