import { randomBytes } from 'node:crypto';
import { digestsMatch, secretDigest } from '../domain/secret-digest.ts';

/** A SCIM bearer token as PostHog makes them: 32 random bytes, URL-safe base64 (43 characters). */
export function generateScimToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored of a token: `sha256$<hex>`. A SHA-256 of 256 random bits needs no slow hash
 * (PostHog's PBKDF2 costs every SCIM request tens of milliseconds; Entra sends bursts).
 */
export function hashScimToken(token: string): string {
  return secretDigest(token);
}

/** Whether `token` is the one whose hash is stored, compared in constant time. */
export function scimTokenMatches(token: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  return digestsMatch(storedHash, hashScimToken(token));
}
