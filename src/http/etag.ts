import { hash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import type { Precondition } from '../domain/precondition.ts';
import { routeConfigOf } from './route-table.ts';
import { installStage } from './stages.ts';

/** A strong ETag: a digest of the representation exactly as it is sent. */
export function etagOfPayload(payload: string | Buffer): string {
  return `"${hash('sha256', payload, 'base64url').slice(0, 27)}"`;
}

function listed(header: string, etag: string): boolean {
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag;
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The schema of the one resource the route serves or changes, as a GET of it answers. The one
     * marker of a single-resource route: its success responses carry a strong ETag (a digest of
     * those bytes), a GET honours If-None-Match, a write If-Match, and the OpenAPI document says so.
     */
    representation?: TSchema;
  }
}

/**
 * The request's If-Match as a write's precondition, if it sent one: serializing the resource
 * with the route's representation yields the very bytes whose digest a GET's ETag is. Weak tags
 * never match (strong comparison, RFC 9110).
 */
export function preconditionOf(request: FastifyRequest, reply: FastifyReply): Precondition | undefined {
  const header = request.headers['if-match'];
  const representation = routeConfigOf(request).representation;
  if (typeof header !== 'string' || !representation) return undefined;
  const serialize = reply.compileSerializationSchema(representation as Record<string, unknown>);
  return { holdsFor: (current) => listed(header, etagOfPayload(serialize(current as Record<string, unknown>))) };
}

/** ETag on every success of a single-resource route; If-None-Match on a GET answers 304. */
export function installEtags(app: FastifyInstance): void {
  installStage(app, 'etag');
  // Callback style: synchronous work, so no promise per response.
  app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
    done(null, withEtag(request, reply, payload));
  });
}

function withEtag(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  const success = reply.statusCode === 200 || reply.statusCode === 201;
  if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || !success || !routeConfigOf(request).representation) return payload;
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
}
