import type { OrganizationAccess } from '../access/organization-rule.ts';
import type { Db } from '../db/types.ts';
import { ValidationError } from '../domain/errors.ts';
import { readEvents } from './repository.ts';
import { EVENT_TYPES, type Event } from './schemas.ts';

const CURSOR_PREFIX = 'v1:';
const CATALOGUE = new Set<string>(EVENT_TYPES);
export const DEFAULT_EVENT_LIMIT = 100;

/**
 * The cursor is the sequence of the last event read, opaque to clients (base64url, versioned)
 * so its form can change without breaking them. The sequence has no gaps among committed events
 * and commits in order (events/repository.ts), so "after N" never skips one that commits later.
 */
export function encodeCursor(sequence: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${sequence}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
  const sequence = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(sequence) || sequence < 0) throw new ValidationError('Not a cursor of this feed.', { attr: 'after', code: 'invalid' });
  return sequence;
}

function typesOf(types: string | undefined): string[] | undefined {
  const wanted = types
    ?.split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  const unknown = wanted?.find((type) => !CATALOGUE.has(type));
  if (unknown !== undefined) throw new ValidationError(`"${unknown}" is not an event type.`, { attr: 'types', code: 'invalid_choice' });
  return wanted?.length ? wanted : undefined;
}

export function createEventService({ db }: { db: Db }) {
  return {
    /** The organization's events after the cursor, oldest first, and the cursor to resume from. */
    async page(access: OrganizationAccess, query: { after?: string; limit?: number; types?: string }): Promise<{ cursor: string; results: Event[] }> {
      const after = decodeCursor(query.after);
      const types = typesOf(query.types);
      const results = await readEvents(db, access.organizationId, after, query.limit ?? DEFAULT_EVENT_LIMIT, types);
      return { cursor: encodeCursor(results.at(-1)?.sequence ?? after), results };
    },
  };
}
