import { randomBytes, randomFillSync } from 'node:crypto';

let lastMillis = 0;
let sequence = 0;

// Random bytes for 256 ids, drawn at once: one randomFillSync per call was most of an id's
// cost. Each id takes the next 16 bytes, which no other id sees.
const ID_BYTES = 16;
const pool = Buffer.alloc(ID_BYTES * 256);
let poolOffset = pool.length;

/**
 * UUIDv7: time-ordered like PostHog's UUIDT, so ordering by id is ordering by creation and
 * list pagination stays stable without an extra sort key.
 */
export function uuidv7(): string {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, (poolOffset += ID_BYTES));
  // Monotonic within the process: in one millisecond, a 12-bit counter (RFC 9562's method 1)
  // follows the time, so ids made in a row sort in the order they were made.
  let now = Date.now();
  if (now <= lastMillis) {
    now = lastMillis;
    sequence++;
    if (sequence > 0xfff) {
      now = ++lastMillis;
      sequence = 0;
    }
  } else {
    lastMillis = now;
    sequence = bytes[7]! & 0x3f; // a random start leaves room to count up
  }
  bytes[0] = Math.floor(now / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(now / 2 ** 32) & 0xff;
  bytes[2] = (now >>> 24) & 0xff;
  bytes[3] = (now >>> 16) & 0xff;
  bytes[4] = (now >>> 8) & 0xff;
  bytes[5] = now & 0xff;
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62(bytes: Buffer): string {
  let value = BigInt(`0x${bytes.toString('hex')}`);
  let out = '';
  while (value > 0n) {
    out = BASE62[Number(value % 62n)] + out;
    value /= 62n;
  }
  return out || '0';
}

/** A prefixed random token in PostHog's style: the prefix and base62 of `bytes` random bytes. */
export function randomToken(prefix: string, bytes: number): string {
  return `${prefix}${base62(randomBytes(bytes))}`;
}
