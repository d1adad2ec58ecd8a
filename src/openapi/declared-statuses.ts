// Guards against drift between what a route answers and what its OpenAPI entry promises: with
// this hook (the test app installs it; production does not), a response whose status the
// operation does not list in /api/schema/ is replaced by a 500 naming the status, so the test
// that sent the request fails.
import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { finishDocument } from './document.ts';

type Document = { paths?: Record<string, Record<string, { responses?: Record<string, unknown> }>> };

export function installDeclaredStatusCheck(app: FastifyInstance): void {
  let declared: Map<string, Set<number>> | undefined;
  const statusesOf = (request: FastifyRequest): Set<number> | undefined => {
    // The document as /api/schema/ serves it, with the statuses every operation shares (429, 500).
    declared ??= declaredStatuses(finishDocument(app.swagger() as Record<string, any>, '') as Document);
    return declared.get(`${request.method} ${request.routeOptions.url ?? ''}`);
  };
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const statuses = statusesOf(request);
    if (!statuses || statuses.has(reply.statusCode)) return payload;
    const detail = `${request.method} ${request.routeOptions.url} answered ${reply.statusCode}, which its OpenAPI responses do not declare.`;
    if (process.env.ORGBASE_UNDECLARED_LOG) fs.appendFileSync(process.env.ORGBASE_UNDECLARED_LOG, `${detail}\n`);
    reply.code(500).header('content-type', 'application/json; charset=utf-8');
    return JSON.stringify({ type: 'server_error', code: 'undeclared_status', detail, attr: null });
  });
}

/** `GET /api/organizations/:organization_id/` -> its statuses, from the OpenAPI document. */
function declaredStatuses(document: Document): Map<string, Set<number>> {
  const statuses = new Map<string, Set<number>>();
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    const url = path.replace(/\{(\w+)\}/g, ':$1');
    for (const [method, operation] of Object.entries(operations)) {
      statuses.set(`${method.toUpperCase()} ${url}`, new Set(Object.keys(operation.responses ?? {}).map(Number)));
    }
  }
  return statuses;
}
