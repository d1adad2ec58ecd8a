import type { FastifyRequest } from 'fastify';
import Type, { type Static, type TSchema } from 'typebox';
import type { Page } from '../domain/page.ts';

export const DEFAULT_LIMIT = 100;

export const PaginationQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ description: 'Number of results to return per page.' })),
  offset: Type.Optional(Type.Integer({ description: 'The initial index from which to return the results.' })),
});

export type { Page };

/** As DRF's LimitOffsetPagination: a limit that is not positive means the default; offset floors at 0. */
export function pageOf(query: { limit?: number; offset?: number }): Page {
  const limit = query.limit !== undefined && query.limit > 0 ? query.limit : DEFAULT_LIMIT;
  const offset = query.offset !== undefined && query.offset > 0 ? query.offset : 0;
  return { limit, offset };
}

export function Paginated<T extends TSchema>(item: T) {
  return Type.Object({
    count: Type.Integer({ example: 123 }),
    next: Type.Union([Type.String({ format: 'uri' }), Type.Null()], {
      example: 'http://api.example.org/accounts/?offset=400&limit=100',
    }),
    previous: Type.Union([Type.String({ format: 'uri' }), Type.Null()], {
      example: 'http://api.example.org/accounts/?offset=200&limit=100',
    }),
    results: Type.Array(item),
  });
}

export interface PageOf<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

function requestUrl(request: FastifyRequest, siteUrl: string | undefined): URL {
  const base = siteUrl ?? `${request.protocol}://${request.host}`;
  return new URL(request.url, base);
}

// DRF rebuilds the query string with its keys sorted, so links read `?limit=1&offset=2`.
function withParams(url: URL, changes: Record<string, number | undefined>): string {
  const params = new URLSearchParams(url.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) params.delete(key);
    else params.set(key, String(value));
  }
  params.sort();
  const search = params.toString();
  return `${url.origin}${url.pathname}${search ? `?${search}` : ''}`;
}

/** The `{count, next, previous, results}` envelope with absolute links, as PostHog answers. */
export function paginate<T>(request: FastifyRequest, page: Page, count: number, results: T[], siteUrl?: string): PageOf<T> {
  const url = requestUrl(request, siteUrl);
  const next = page.offset + page.limit < count ? withParams(url, { limit: page.limit, offset: page.offset + page.limit }) : null;
  let previous: string | null = null;
  if (page.offset > 0) {
    const previousOffset = page.offset - page.limit;
    previous = withParams(url, { limit: page.limit, offset: previousOffset > 0 ? previousOffset : undefined });
  }
  return { count, next, previous, results };
}

/**
 * The same envelope as bytes, around results that are already JSON: the array, or its items
 * (each a cached representation, copied once into the response and never re-encoded). The
 * fields are in the order `Paginated` declares, as its serializer would write them.
 */
export function paginatedJson(request: FastifyRequest, page: Page, count: number, results: Buffer | Buffer[], siteUrl?: string): Buffer {
  const { next, previous } = paginate(request, page, count, [], siteUrl);
  const head = Buffer.from(
    `{"count":${count},"next":${next === null ? 'null' : JSON.stringify(next)},"previous":${previous === null ? 'null' : JSON.stringify(previous)},"results":`,
  );
  if (Buffer.isBuffer(results)) return Buffer.concat([head, results, CLOSE_OBJECT]);
  const parts = [head, OPEN_ARRAY];
  results.forEach((item, index) => parts.push(...(index > 0 ? [COMMA, item] : [item])));
  parts.push(CLOSE_ARRAY_AND_OBJECT);
  return Buffer.concat(parts);
}

const [OPEN_ARRAY, COMMA, CLOSE_OBJECT, CLOSE_ARRAY_AND_OBJECT] = ['[', ',', '}', ']}'].map((text) => Buffer.from(text)) as [Buffer, Buffer, Buffer, Buffer];

export type PaginationQueryType = Static<typeof PaginationQuery>;
