import { randomBytes } from 'node:crypto';
import { secretDigest } from '../domain/secret-digest.ts';

/**
 * An invite's acceptance token: 32 random bytes (256 bits), base64url, 43 characters. It is the
 * link's only secret; the server keeps its hash, as it does for personal API keys.
 */
export function generateInviteToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Whether `text` could be a token at all; anything else is not looked up. */
export function isTokenShaped(text: string): boolean {
  return TOKEN_SHAPE.test(text);
}

export function hashInviteToken(token: string): string {
  return secretDigest(token);
}

/** The link an invitee follows: ORGBASE_INVITE_URL's template, or `<base>/signup/{token}`. */
export function inviteLink(token: string, template: string | undefined, base: string): string {
  return (template ?? `${base.replace(/\/+$/, '')}/signup/{token}`).split('{token}').join(token);
}
