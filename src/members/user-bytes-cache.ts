import type { UserBytes } from './member-json.ts';

const MAX_ENTRIES = 20_000;
/**
 * Longer than any page takes to read, far shorter than the 2^32 transactions after which a
 * row version's `xmin` could repeat: an entry never outlives the uniqueness of its version.
 */
const MAX_AGE_MS = 10 * 60_000;

/**
 * The JSON of listed members' users, built once per version of the user's row. The member list
 * reads, with every page, each user's current row version (`xmin`, the transaction that wrote
 * it: any UPDATE of the row gives it a new one) and uses the bytes only when they were built
 * from that very version, so there is nothing to invalidate: a page built after a change to a
 * user (through the API, the CLI, or SQL by hand) never uses the bytes of before. Whole pages
 * are cached as well (with the organization, see page-cache.ts): those are dropped by the
 * invalidation that orgbase's own writes send, so a change made by hand in SQL shows once a
 * write through orgbase touches the organization or the cache entry is evicted.
 */
export class UserBytesCache {
  private readonly entries = new Map<number, { version: string; builtAt: number; bytes: UserBytes }>();

  get(userId: number, version: string, now: number): UserBytes | undefined {
    const entry = this.entries.get(userId);
    return entry && entry.version === version && now - entry.builtAt < MAX_AGE_MS ? entry.bytes : undefined;
  }

  set(userId: number, version: string, bytes: UserBytes, now: number): void {
    this.entries.delete(userId);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(userId, { version, builtAt: now, bytes });
  }
}
