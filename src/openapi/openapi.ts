import { REFUSAL } from '../domain/refusals.ts';
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import Type, { type TSchema } from 'typebox';
import { SCOPE_LIST } from '../access/scopes.ts';
import { version } from '../version.ts';
import { COMPONENT_NAMES } from './components.ts';
import { REPRESENTATION_MARK, tagOf } from './extras.ts';
import { ErrorBody } from '../http/schemas.ts';

const IdempotencyKey = Type.String({
  description:
    'Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422.',
  maxLength: 255,
});
const Precondition = Type.String({ description: 'Proceed only if the resource still has this ETag (else 412).' });
const IfNoneMatch = Type.String({ description: 'Answer 304 with no body if the resource still has this ETag.' });

function error(description: string) {
  return Type.Object(ErrorBody.properties, { description });
}

type Schema = Record<string, unknown> & { response?: Record<string, unknown> };

/**
 * Conditional requests, idempotency and body parsing are handled by hooks for every route; this
 * adds their headers and statuses to each operation, so the document states them once for all.
 */
function documentConditionalRequests(method: string, singleResource: boolean, schema: Schema): Schema {
  const response = { ...(schema.response ?? {}) };
  const headers: Record<string, TSchema> = {};
  if (['POST', 'PATCH', 'PUT'].includes(method)) {
    response[413] ??= error('Request body too large.');
    response[415] ??= error('Unsupported media type.');
  }
  if (method === 'POST') {
    headers['Idempotency-Key'] = Type.Optional(IdempotencyKey);
    response[409] = error('Another request with this Idempotency-Key is still being processed.');
    response[422] = error(REFUSAL.idempotencyKeyReused);
  } else if (['PATCH', 'PUT', 'DELETE'].includes(method) && singleResource) {
    headers['If-Match'] = Type.Optional(Precondition);
    response[412] = error('If-Match did not match the current ETag.');
  } else if (method === 'GET' && singleResource) {
    headers['If-None-Match'] = Type.Optional(IfNoneMatch);
    response[304] = Type.Null({ description: 'Not modified.' });
  }
  // Read by openapi-document.ts (the ETag response header), then removed.
  const marked = singleResource ? { ...schema, [REPRESENTATION_MARK]: true } : schema;
  if (Object.keys(headers).length === 0) return Object.keys(response).length ? { ...marked, response } : marked;
  return { ...marked, headers: Type.Object(headers), response };
}

/**
 * A copy of a route schema in which every schema named in COMPONENT_NAMES carries its name
 * (`x-component`), found by identity; openapi-document.ts turns those into $refs.
 */
function markComponents(node: unknown, seen = new Map<unknown, unknown>()): unknown {
  if (!node || typeof node !== 'object') return node;
  if (seen.has(node)) return seen.get(node);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(node) ? [] : {};
  seen.set(node, copy);
  for (const [key, value] of Object.entries(node)) (copy as Record<string, unknown>)[key] = markComponents(value, seen);
  const name = COMPONENT_NAMES.get(node as TSchema);
  if (name) (copy as Record<string, unknown>)['x-component'] = name;
  return copy;
}

export const openApiOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'orgbase',
      version: version(),
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        "PostHog-compatible Organizations API: organizations, members, roles, role memberships, organization integrations and personal API keys. Errors use PostHog's `{type, code, detail, attr}` body; lists use limit/offset pagination. Single resources carry a strong ETag (If-Match on writes, If-None-Match on reads); POSTs accept an Idempotency-Key.",
    },
    components: {
      securitySchemes: {
        PersonalAPIKeyAuth: {
          type: 'http',
          scheme: 'bearer',
          description: `A personal API key (\`phx_...\`). Each operation's security requirement names the scope it needs; \`*\` grants every scope and \`<object>:write\` implies \`<object>:read\`. The scopes that guard something here:\n\n${SCOPE_LIST.filter(
            (entry) => entry.guards !== null,
          )
            .map((entry) => `- \`${entry.scope}\`: ${entry.guards}`)
            .join('\n')}\n\nPostHog's other \`<object>:read|write\` scopes are accepted and guard nothing here.`,
        },
      },
    },
    security: [{ PersonalAPIKeyAuth: [] }],
  },
  transform: ({ schema, url, route }) => {
    if (!schema || !url.startsWith('/api/')) return { schema, url };
    const method = [route.method].flat()[0] ?? 'GET';
    const singleResource = Boolean((route.config as { representation?: unknown } | undefined)?.representation);
    const marked = markComponents(documentConditionalRequests(method, singleResource, schema as Schema)) as Schema;
    if (!marked.tags) marked.tags = [tagOf(url)];
    // The scope a key needs, stated on the operation (openapi-document.ts names it in the 403 example too).
    const scope = (route.config as { scope?: string } | undefined)?.scope;
    if (scope === 'public') marked.security = [];
    // Anyone, or a key (the signup routes): the route's own `security` says so.
    else if (scope === 'optional-key') marked.security ??= [{}, { PersonalAPIKeyAuth: [] }];
    else if (scope !== undefined) marked.security = [{ PersonalAPIKeyAuth: scope === 'authenticated' ? [] : [scope] }];
    return { schema: marked as typeof schema, url };
  },
};
