import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import type { Precondition } from '../domain/precondition.ts';

/** A strong ETag: a digest of the representation exactly as it is sent. */
export function etagOfPayload(payload: string): string {
  return `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
}

function listed(header: string, etag: string): boolean {
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag;
  });
}

/**
 * The request's If-Match as a write's precondition, if it sent one. `representation` is the
 * schema a GET of the resource answers with: serializing with it yields the very bytes whose
 * digest the GET's ETag is. Weak tags never match (strong comparison, RFC 9110).
 */
export function preconditionOf(request: FastifyRequest, reply: FastifyReply, representation: TSchema): Precondition | undefined {
  const header = request.headers['if-match'];
  if (typeof header !== 'string') return undefined;
  const serialize = reply.compileSerializationSchema(representation as Record<string, unknown>);
  return { holdsFor: (current) => listed(header, etagOfPayload(serialize(current as Record<string, unknown>))) };
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
