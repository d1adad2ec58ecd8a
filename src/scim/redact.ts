// What a SCIM request log keeps of a request: enough to see what an identity provider sent and
// got, never a secret, and personal data only as a hint (first and last character, an email's
// domain). PostHog masks request bodies only and keeps passwords, query strings and response
// bodies in clear (reference §8.6); orgbase masks all of them.

const MASKED_KEYS = new Set([
  'username',
  'displayname',
  'givenname',
  'familyname',
  'middlename',
  'formatted',
  'value',
  'display',
  'externalid',
  'nickname',
  'title',
  'employeenumber',
  'manager',
]);
const SECRET_KEYS = new Set(['password', 'authorization', 'token', 'secret']);
const MAX_DEPTH = 20;

/** `john.doe@example.com` -> `j***e@example.com`; `John` -> `J***n`; one or two characters -> `*`/`**`. */
export function maskString(value: string): string {
  const at = value.lastIndexOf('@');
  if (at > 0) return `${maskString(value.slice(0, at))}@${value.slice(at + 1)}`;
  if (value.length <= 2) return '*'.repeat(value.length);
  return `${value[0]}***${value[value.length - 1]}`;
}

/** Quoted values in a filter or a PATCH path: `userName eq "a***x@example.com"`. */
export function maskFilter(text: string): string {
  return text.replace(/"((?:[^"\\]|\\.)*)"/g, (_match, inner: string) => `"${maskString(inner.replace(/\\(.)/g, '$1'))}"`);
}

/** A JSON body with secrets replaced and personal values masked, recursively. */
export function maskBody(value: unknown, key = '', depth = 0): unknown {
  if (depth > MAX_DEPTH) return '[DEPTH_LIMIT_EXCEEDED]';
  const name = key.toLowerCase().split(':').pop()!.split('.').pop()!;
  if (SECRET_KEYS.has(name)) return '[redacted]';
  if (Array.isArray(value)) return value.map((item) => maskBody(item, key, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, maskBody(inner, field, depth + 1)]));
  }
  if (typeof value !== 'string') return value;
  if (name === 'path') return maskFilter(value);
  if (MASKED_KEYS.has(name) || value.includes('@')) return maskString(value);
  return value;
}

/** The request target with its query's values masked (filters carry emails). */
export function maskRequestPath(url: string): string {
  const question = url.indexOf('?');
  if (question < 0) return url;
  const params = new URLSearchParams(url.slice(question + 1));
  const masked = [...params].map(
    ([name, value]) =>
      `${name}=${name === 'filter' ? maskFilter(value) : /^(startIndex|count|attributes|excludedAttributes)$/.test(name) ? value : maskString(value)}`,
  );
  return `${url.slice(0, question)}?${masked.join('&')}`;
}

/** Headers as logged: Authorization as `***`, cookies dropped, the rest verbatim. */
export function maskHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'cookie' || name === 'set-cookie') continue;
    kept[name] = name === 'authorization' || name === 'proxy-authorization' ? '***' : Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}

/** PostHog's identity provider names, from the User-Agent. */
export function identityProviderOf(userAgent: string | undefined): string {
  const agent = (userAgent ?? '').toLowerCase();
  if (agent.includes('okta')) return 'okta';
  if (agent.includes('entra') || agent.includes('microsoft') || agent.includes('azure')) return 'entra_id';
  if (agent.includes('google')) return 'google';
  if (agent.includes('onelogin')) return 'onelogin';
  return 'other';
}
