import type { FastifyReply } from 'fastify';
import type { Eventually } from '../domain/eventually.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Sends bytes that are already JSON (built once, or cached): Fastify passes a string with a JSON
 * type through as is. `etag` is the ETag computed when the bytes were built.
 */
export function sendJson(reply: FastifyReply, payload: string | Buffer, etag?: string): FastifyReply {
  if (etag) reply.header('etag', etag);
  return reply.header('content-type', JSON_TYPE).send(payload);
}

/**
 * Sends bytes that are in memory now, or once they are read. Returns the promise only in the
 * second case: a route handler must return undefined once it has sent (Fastify would send a
 * returned reply again), or a promise.
 */
export function sendJsonEventually(reply: FastifyReply, bytes: Eventually<Buffer | { payload: string | Buffer; etag?: string }>): Promise<void> | undefined {
  const send = (ready: Buffer | { payload: string | Buffer; etag?: string }) => {
    if (Buffer.isBuffer(ready)) sendJson(reply, ready);
    else sendJson(reply, ready.payload, ready.etag);
  };
  if (bytes instanceof Promise) return bytes.then(send);
  send(bytes);
  return undefined;
}
