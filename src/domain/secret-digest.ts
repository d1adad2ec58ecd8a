import { hash, timingSafeEqual } from 'node:crypto';

/**
 * What is stored of a random secret (a personal API key, an invite's or a SCIM token):
 * `sha256$<hex>`, the form PostHog stores keys in. A SHA-256 of a long random token needs no
 * slow hash. `crypto.hash` is the one-shot form: every authenticated request computes one, and
 * it costs a quarter of `createHash().update().digest()`.
 */
export function secretDigest(secret: string): string {
  return `sha256$${hash('sha256', secret, 'hex')}`;
}

/** Whether two digests are the same, compared in constant time. */
export function digestsMatch(stored: string, computed: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(computed);
  return a.length === b.length && timingSafeEqual(a, b);
}
