import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(bytes: Buffer): string {
  let value = BigInt(`0x${bytes.toString('hex')}`);
  let out = '';
  while (value > 0n) {
    out = BASE62[Number(value % 62n)] + out;
    value /= 62n;
  }
  return out || '0';
}

/** A prefixed random token in PostHog's style: the prefix and base62 of `bytes` random bytes. */
export function randomToken(prefix: string, bytes: number): string {
  return `${prefix}${base62(randomBytes(bytes))}`;
}

/** A new key, as PostHog makes them: `phx_` and base62 of 35 random bytes. */
export function generatePersonalApiKey(): string {
  return randomToken('phx_', 35);
}

/** A random identifier for the key row (PostHog's key ids are random tokens too). */
export function generateKeyId(): string {
  return base62(randomBytes(24)).slice(0, 32);
}

/** The only form of a key that is stored: the same string PostHog stores. */
export function hashKeyValue(value: string): string {
  return `sha256$${createHash('sha256').update(value).digest('hex')}`;
}

export function maskKeyValue(value: string): string {
  return value.length < 16 ? '********' : `${value.slice(0, 4)}...${value.slice(-4)}`;
}

export function secureValuesMatch(stored: string, computed: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(computed);
  return a.length === b.length && timingSafeEqual(a, b);
}
