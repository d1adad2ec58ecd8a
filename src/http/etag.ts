import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canonicalJson } from './canonical-json.ts';
import { ApiError } from './errors.ts';

/** A strong ETag of a resource's representation. */
export function etagOf(representation: unknown): string {
  return `"${createHash('sha256').update(canonicalJson(representation)).digest('base64url').slice(0, 27)}"`;
}

export class PreconditionFailed extends ApiError {
  constructor() {
    super(412, 'invalid_request', 'precondition_failed', 'The resource has changed since it was read: If-Match does not match its current ETag.');
  }
}

function listed(header: string, etag: string): boolean {
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag;
  });
}

/**
 * Optimistic concurrency: a write carrying If-Match proceeds only while the resource still
 * has that ETag. Services call this inside their transaction, after locking the row, with the
 * representation a GET would answer, so no other write can slip in between check and change.
 * Weak tags never match (strong comparison, RFC 9110).
 */
export function assertIfMatch(ifMatch: string | undefined, current: unknown): void {
  if (ifMatch === undefined) return;
  if (!listed(ifMatch, etagOf(current))) throw new PreconditionFailed();
}

/** The If-Match header of a request, for the service that performs the write. */
export function ifMatchOf(request: FastifyRequest): string | undefined {
  const header = request.headers['if-match'];
  return typeof header === 'string' ? header : undefined;
}

// A single resource is a JSON object with an id; lists come in the `results` envelope.
function singleResource(body: unknown): boolean {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && 'id' in body && !('results' in body);
}

/** ETag on every single-resource response; If-None-Match on a GET answers 304. */
export function installEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode < 200 || reply.statusCode >= 300 || typeof payload !== 'string' || !request.url.startsWith('/api/')) {
      return payload;
    }
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
    const body: unknown = JSON.parse(payload);
    if (!singleResource(body)) return payload;
    const etag = etagOf(body);
    reply.header('etag', etag);
    const ifNoneMatch = request.headers['if-none-match'];
    if (request.method === 'GET' && typeof ifNoneMatch === 'string' && listed(ifNoneMatch, etag)) {
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      return '';
    }
    return payload;
  });
}
