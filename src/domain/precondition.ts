import { PreconditionFailed } from './errors.ts';

/**
 * A write's precondition: the write proceeds only while the resource is still what the client
 * last read. The HTTP layer builds it from If-Match (src/http/etag.ts); services only ask it.
 */
export interface Precondition {
  holdsFor(current: unknown): boolean;
}

/**
 * Optimistic concurrency. Services call this inside their transaction, after locking the row,
 * with the representation a read would answer, so no other write slips between check and change.
 */
export function assertPrecondition(precondition: Precondition | undefined, current: unknown): void {
  if (precondition && !precondition.holdsFor(current)) throw new PreconditionFailed();
}
