import { isUuid } from '../db/ids.ts';
import { NotFound } from '../domain/errors.ts';

/**
 * A UUID from the path, lower-cased. A malformed one names nothing: 404, as an unknown one,
 * rather than the 500 PostHog answers when the database refuses it.
 */
export function uuidFromPath(param: string, malformed: () => Error = () => new NotFound()): string {
  if (!isUuid(param)) throw malformed();
  return param.toLowerCase();
}

const MAX_INT4 = 2 ** 31 - 1;

/** A positive int4 id from the path; anything else names nothing (404), as an unknown id. */
export function int4IdFromPath(param: string): number {
  if (!/^\d{1,10}$/.test(param) || Number(param) > MAX_INT4 || Number(param) === 0) throw new NotFound();
  return Number(param);
}
