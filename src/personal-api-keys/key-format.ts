import { randomBytes } from 'node:crypto';
import { base62, randomToken } from '../db/ids.ts';
import { secretDigest } from '../domain/secret-digest.ts';

/** A new key, as PostHog makes them: `phx_` and base62 of 35 random bytes. */
export function generatePersonalApiKey(): string {
  return randomToken('phx_', 35);
}

/** A random identifier for the key row (PostHog's key ids are random tokens too). */
export function generateKeyId(): string {
  // 32 bytes, so the base62 text is never shorter than the 32 characters kept (24 bytes fell
  // short about once in 170 ids).
  return base62(randomBytes(32)).slice(0, 32);
}

/** The only form of a key that is stored: the same string PostHog stores. */
export function hashKeyValue(value: string): string {
  return secretDigest(value);
}

export function maskKeyValue(value: string): string {
  return value.length < 16 ? '********' : `${value.slice(0, 4)}...${value.slice(-4)}`;
}
