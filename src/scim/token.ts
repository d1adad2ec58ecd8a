import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A SCIM bearer token as PostHog makes them: 32 random bytes, URL-safe base64 (43 characters). */
export function generateScimToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored of a token: `sha256$<hex>`. A SHA-256 of 256 random bits needs no slow hash
 * (PostHog's PBKDF2 costs every SCIM request tens of milliseconds; Entra sends bursts).
 */
export function hashScimToken(token: string): string {
  return `sha256$${createHash('sha256').update(token).digest('hex')}`;
}

/** Whether `token` is the one whose hash is stored, compared in constant time. */
export function scimTokenMatches(token: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const given = Buffer.from(hashScimToken(token));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
