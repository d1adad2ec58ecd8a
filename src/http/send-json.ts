import type { FastifyReply } from 'fastify';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Sends bytes that are already JSON (built once, or cached): Fastify passes a string with a JSON
 * type through as is. `etag` is the ETag computed when the bytes were built.
 */
export function sendJson(reply: FastifyReply, payload: string | Buffer, etag?: string): FastifyReply {
  if (etag) reply.header('etag', etag);
  return reply.header('content-type', JSON_TYPE).send(payload);
}
