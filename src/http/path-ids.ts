import { isUuid } from '../db/ids.ts';
import { NotFound } from '../domain/errors.ts';

/**
 * A UUID from the path, lower-cased. A malformed one names nothing: 404, as an unknown one,
 * rather than the 500 PostHog answers when the database refuses it.
 */
export function uuidFromPath(param: string): string {
  if (!isUuid(param)) throw new NotFound();
  return param.toLowerCase();
}
