import { randomInt } from 'node:crypto';

export const MAX_SLUG_LENGTH = 48;
const SUFFIX_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Django's `slugify`, which PostHog applies to organization names. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .replace(/[-\s]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, MAX_SLUG_LENGTH);
}

/**
 * The slug tried after a collision: the first 43 characters, `-` and four random letters
 * (lower-case, since slugs are stored lower-case; PostHog's 201 could show them mixed).
 */
export function slugWithSuffix(slug: string): string {
  let suffix = '';
  for (let i = 0; i < 4; i++) suffix += SUFFIX_LETTERS[randomInt(SUFFIX_LETTERS.length)];
  return `${slug.slice(0, MAX_SLUG_LENGTH - 5)}-${suffix}`;
}
