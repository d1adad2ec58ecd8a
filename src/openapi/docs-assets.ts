// The small files a browser asks for around the reference pages, served from here so a docs
// page never reaches another host: the favicon, and the logo Redoc's bundle would load from
// cdn.redoc.ly. And gzip for the large ones (the schema, Swagger UI's and Redoc's bundles).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const REDOC_REMOTE_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
export const REDOC_LOCAL_LOGO = '/api/schema/redoc/logo-mini.svg';

/** orgbase's mark: a ring, as SVG (the Redoc footer) and as a 32x32 PNG inside an ICO. */
const MARK_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><circle cx="16" cy="16" r="11" fill="none" stroke="#1d4aff" stroke-width="6"/></svg>\n`;

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The ring drawn into RGBA pixels, as a PNG, wrapped in the ICO container /favicon.ico promises. */
function markIco(size = 32): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
      if (distance >= size * 0.25 && distance <= size * 0.45) row.set([0x1d, 0x4a, 0xff, 0xff], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
  const icon = Buffer.alloc(22);
  icon.writeUInt16LE(1, 2); // type: icon
  icon.writeUInt16LE(1, 4); // one image
  icon.set([size, size, 0, 0], 6);
  icon.writeUInt16LE(1, 10); // planes
  icon.writeUInt16LE(32, 12); // bits per pixel
  icon.writeUInt32LE(png.length, 14);
  icon.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([icon, png]);
}

let redocBundle: Buffer | undefined;

/** Redoc's standalone bundle with its one remote URL pointed here; read once, on first use. */
export function localRedocBundle(file: string): Buffer {
  return (redocBundle ??= Buffer.from(fs.readFileSync(file, 'utf8').replaceAll(REDOC_REMOTE_LOGO, REDOC_LOCAL_LOGO)));
}

export function registerDocsAssets(app: FastifyInstance): void {
  const ico = markIco();
  const longCache = 'public, max-age=86400';
  app.get('/favicon.ico', { schema: { hide: true } }, (_request, reply) => reply.type('image/x-icon').header('cache-control', longCache).send(ico));
  app.get(REDOC_LOCAL_LOGO, { schema: { hide: true } }, (_request, reply) => reply.type('image/svg+xml').header('cache-control', longCache).send(MARK_SVG));
}

// The same document is sent again and again: its gzip is kept, by content.
const gzipped = new Map<string, Buffer>();

function gzipOnce(payload: string | Buffer): Buffer {
  const digest = createHash('sha1').update(payload).digest('hex');
  let compressed = gzipped.get(digest);
  if (!compressed) {
    compressed = zlib.gzipSync(payload);
    if (gzipped.size >= 32) gzipped.delete(gzipped.keys().next().value!);
    gzipped.set(digest, compressed);
  }
  return compressed;
}

/**
 * gzip for the schema and the reference pages' files, when the client accepts it. The API's
 * own answers are small and hot: they stay as they are.
 */
export function installDocsCompression(app: FastifyInstance): void {
  // Callback style: an async hook would cost every API response a promise for nothing.
  app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
    done(null, compressed(request, reply, payload));
  });
}

function compressed(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (!request.url.startsWith('/api/schema') || (request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
  if (reply.hasHeader('content-encoding')) return payload;
  reply.header('vary', 'accept-encoding');
  if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return payload;
  if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
    if (Buffer.byteLength(payload) < 1024) return payload;
    reply.header('content-encoding', 'gzip').removeHeader('content-length');
    return gzipOnce(payload);
  }
  if (payload instanceof Readable) {
    reply.header('content-encoding', 'gzip').removeHeader('content-length');
    return payload.pipe(zlib.createGzip());
  }
  return payload;
}
