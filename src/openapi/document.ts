// Turns @fastify/swagger's document into the one /api/schema/ serves: named components with
// $refs, real error examples, response headers, servers and tags. The route schemas stay as
// they are; only the document changes.
import { ERROR_COMPONENT, paginatedName } from './components.ts';
import { ERROR_EXAMPLES, missingScopeExample, REPRESENTATION_MARK, RESPONSE_HEADERS, responseHeaderNames, TAGS } from './extras.ts';

type Json = Record<string, any>;

const ERROR_KEYS = ['attr', 'code', 'detail', 'type'].join();

function isErrorBody(node: Json): boolean {
  return node.type === 'object' && node.properties && Object.keys(node.properties).sort().join() === ERROR_KEYS;
}

/**
 * Post-order walk: a child is named before its parent, so a paginated list's `results.items`
 * is already a $ref when the list itself is looked at.
 */
function hoist(node: unknown, components: Json): unknown {
  if (Array.isArray(node)) return node.map((item) => hoist(item, components));
  if (!node || typeof node !== 'object') return node;
  const copy: Json = {};
  for (const [key, value] of Object.entries(node)) copy[key] = key === 'example' || key === 'examples' ? value : hoist(value, components);
  let name: string | undefined;
  if (typeof copy['x-component'] === 'string') name = copy['x-component'];
  else if (isErrorBody(copy)) name = ERROR_COMPONENT;
  else {
    const items = copy.properties?.results?.items?.$ref as string | undefined;
    if (copy.type === 'object' && items && copy.properties.count && 'next' in copy.properties) name = paginatedName(items.split('/').pop()!);
  }
  if (!name) return copy;
  delete copy['x-component'];
  // A description says what this use of the schema means (a response's), not what the schema is.
  const { description, ...schema } = copy;
  void description;
  components[name] ??= schema;
  return { $ref: `#/components/schemas/${name}` };
}

export function finishDocument(document: Json, serverUrl: string): Json {
  const components: Json = {};
  const paths = hoist(document.paths, components) as Json;
  for (const methods of Object.values(paths)) {
    for (const [method, operation] of Object.entries(methods as Json)) {
      decorateOperation(method, operation as Json);
    }
  }
  return {
    ...document,
    servers: [{ url: serverUrl, description: 'This orgbase server' }],
    tags: TAGS,
    paths,
    components: {
      ...document.components,
      schemas: Object.fromEntries(Object.entries({ ...document.components?.schemas, ...components }).sort(([a], [b]) => a.localeCompare(b))),
      headers: RESPONSE_HEADERS,
    },
  };
}

function decorateOperation(method: string, operation: Json): void {
  const singleResource = operation[REPRESENTATION_MARK] === true;
  delete operation[REPRESENTATION_MARK];
  const responses: Json = (operation.responses ??= {});
  const authenticated = operation.security === undefined || operation.security.length > 0;
  const requiredScope: string | undefined = operation.security?.[0]?.PersonalAPIKeyAuth?.[0];
  if (authenticated && !responses['429'])
    responses['429'] = { description: 'Rate limit exceeded (per user, all their keys together; see RateLimit-Policy).', content: errorContent() };
  if (!responses['500'])
    responses['500'] = { description: 'Unexpected server error; the request id is in X-Request-Id and in the log.', content: errorContent() };
  for (const [status, response] of Object.entries(responses) as Array<[string, Json]>) {
    const names = responseHeaderNames(singleResource, method, Number(status), authenticated);
    if (names.length) {
      response.headers = { ...response.headers, ...Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }])) };
    }
    const media = response.content?.['application/json'];
    if (media && ERROR_EXAMPLES[status]) media.example = status === '403' && requiredScope ? missingScopeExample(requiredScope) : ERROR_EXAMPLES[status];
    if (media?.schema?.$ref === `#/components/schemas/${ERROR_COMPONENT}` && media.schema.description) delete media.schema.description;
  }
}

function errorContent(): Json {
  return { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_COMPONENT}` } } };
}
