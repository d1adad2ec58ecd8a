// The console's only way to the server: orgbase's public API, typed from the OpenAPI document
// (api.gen.ts). Each answer keeps its ETag so a later write can send it as If-Match, and each
// write carries an Idempotency-Key chosen by the caller, so a repeated click creates once.
import type { components, paths } from './api.gen.ts';

export type Schemas = components['schemas'];
type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : undefined;
type Success<O> = O extends { responses: infer R } ? (R extends { 200: infer A } ? Json<A> : R extends { 201: infer B } ? Json<B> : undefined) : never;
type Body<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type Query<O> = O extends { parameters: { query?: infer Q } } ? Q : never;

export interface Answer<T> {
  status: number;
  data: T;
  etag: string | null;
}

/** PostHog's error body, with the HTTP status it came with. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly attr: string | null,
  ) {
    super(detail);
  }
}

export interface CallOptions<O> {
  path?: Record<string, string | number>;
  query?: Query<O>;
  body?: Body<O>;
  /** The ETag read with the resource: the write applies only to that version (else 412). */
  ifMatch?: string | null;
  idempotencyKey?: string;
  /** Another key than the signed-in one (the signup page's existing user), or none. */
  key?: string | null;
}

let currentKey: () => string | null = () => null;
let onUnauthorized: (error: ApiError) => void = () => {};

export function configureApi(keyOf: () => string | null, unauthorized: (error: ApiError) => void): void {
  currentKey = keyOf;
  onUnauthorized = unauthorized;
}

export async function call<P extends keyof paths, M extends Method>(
  method: M,
  path: P,
  options: CallOptions<Operation<P, M>> = {},
): Promise<Answer<Success<Operation<P, M>>>> {
  let url = String(path).replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(options.path?.[name] ?? '')));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries((options.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  if ([...query].length) url += `?${query}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  const key = options.key === undefined ? currentKey() : options.key;
  if (key) headers.authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  if (method !== 'get') headers['idempotency-key'] = options.idempotencyKey ?? crypto.randomUUID();
  let response: Response;
  try {
    response = await fetch(url, {
      method: method.toUpperCase(),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'network', 'orgbase did not answer. Check that the server is running and try again.', null);
  }
  const text = await response.text();
  const parsed = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const body = (parsed ?? {}) as Partial<Schemas['Error']>;
    const error = new ApiError(
      response.status,
      body.code ?? `http_${response.status}`,
      body.detail ?? `The server answered ${response.status}.`,
      body.attr ?? null,
    );
    // Only the signed-in key's own refusal signs out; a key pasted elsewhere is the page's business.
    if (response.status === 401 && options.key === undefined) onUnauthorized(error);
    throw error;
  }
  return { status: response.status, data: parsed as Success<Operation<P, M>>, etag: response.headers.get('etag') };
}

/** The paths a GET reads. */
type Readable = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];

/** The ETag a resource has now: a write that sends it as If-Match applies to that version only. */
export async function etagOf<P extends Readable>(path: P, params: Record<string, string | number>): Promise<string | null> {
  return (await call('get', path, { path: params } as CallOptions<Operation<P, 'get'>>)).etag;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The offset a DRF `next`/`previous` link points at. */
export function offsetOf(link: string | null | undefined): number | null {
  if (!link) return null;
  const offset = new URL(link, location.origin).searchParams.get('offset');
  return offset === null ? 0 : Number(offset);
}

/** What a person reads for an error: the 412 and the usual statuses said plainly. */
export function sentence(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 412) return 'Someone else changed this since you opened it, so nothing was saved. Reload it to see their change, then try again.';
  if (error.status === 429) return `Too many requests: ${error.detail}`;
  const field = error.attr ? `${error.attr.replace(/^__\d+__/, '').replace(/_/g, ' ')}: ` : '';
  return `${field}${error.detail}`;
}
