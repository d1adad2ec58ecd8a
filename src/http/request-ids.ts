import { randomBytes } from 'node:crypto';

/**
 * Request ids in a UUID's shape: random per process in the first 20 hex digits, a counter in
 * the last 12. Unique across processes and restarts as a random UUID is for correlating log
 * lines and audit rows, at a fraction of its cost (a random UUID per request drew on the CSPRNG
 * and was a measurable share of a cached read). An id is no secret: a client may send its own.
 */
export function requestIdSource(): () => string {
  const random = randomBytes(10).toString('hex');
  // Version 4 and the RFC 9562 variant, so the shape is a valid UUID's.
  const prefix = `${random.slice(0, 8)}-${random.slice(8, 12)}-4${random.slice(13, 16)}-${((Number.parseInt(random[16]!, 16) & 0x3) | 0x8).toString(16)}${random.slice(17, 20)}-`;
  let counter = 0;
  return () => {
    counter = (counter + 1) % 0x1000000000000;
    return prefix + counter.toString(16).padStart(12, '0');
  };
}
