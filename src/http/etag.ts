import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import { ApiError } from './errors.ts';

/** A strong ETag: a digest of the representation exactly as it is sent. */
export function etagOfPayload(payload: string): string {
  return `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
}

export class PreconditionFailed extends ApiError {
  constructor() {
    super(412, 'invalid_request', 'precondition_failed', 'The resource has changed since it was read: If-Match does not match its current ETag.');
  }
}

/** A write's If-Match header, with how to compute the ETag a GET would give a representation. */
export interface IfMatch {
  header: string;
  etagOf(representation: unknown): string;
}

function listed(header: string, etag: string): boolean {
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag;
  });
}

/**
 * The request's If-Match, if any. `representation` is the schema a GET of the resource
 * answers with: serializing with it yields the very bytes whose digest the GET's ETag is.
 */
export function ifMatchOf(request: FastifyRequest, reply: FastifyReply, representation: TSchema): IfMatch | undefined {
  const header = request.headers['if-match'];
  if (typeof header !== 'string') return undefined;
  const serialize = reply.compileSerializationSchema(representation as Record<string, unknown>);
  return { header, etagOf: (value) => etagOfPayload(serialize(value as Record<string, unknown>)) };
}

/**
 * Optimistic concurrency: a write carrying If-Match proceeds only while the resource still
 * has that ETag. Services call this inside their transaction, after locking the row, with the
 * representation a GET would answer, so no other write can slip in between check and change.
 * Weak tags never match (strong comparison, RFC 9110).
 */
export function assertIfMatch(ifMatch: IfMatch | undefined, current: unknown): void {
  if (ifMatch && !listed(ifMatch.header, ifMatch.etagOf(current))) throw new PreconditionFailed();
}

/** Whether the route answers this status with a single resource (a schema with an `id`). */
function answersSingleResource(request: FastifyRequest, status: number): boolean {
  const responses = request.routeOptions.schema?.response as Record<string, { properties?: Record<string, unknown> }> | undefined;
  return responses?.[status]?.properties?.id !== undefined;
}

/** ETag on every single-resource response; If-None-Match on a GET answers 304. */
export function installEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (typeof payload !== 'string' || !answersSingleResource(request, reply.statusCode)) return payload;
    // A route serving cached bytes sets their ETag, computed once when the bytes were built.
    const known = reply.getHeader('etag');
    const etag = typeof known === 'string' ? known : etagOfPayload(payload);
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
