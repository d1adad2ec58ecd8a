import { Invalidation } from '../db/invalidation.ts';
import { onSiblingWrite } from '../db/sibling-writes.ts';
import { CHANGE_TOPICS, type ProcessCache } from '../db/write.ts';
import type { KeyLookup } from './repository.ts';

/** A sibling's key write whose commit was never heard of stops blocking the key's caching after this. */
const SIBLING_WRITE_MS = 30_000;

interface Entry {
  lookup: KeyLookup;
  expiresAt: number;
}

/**
 * Key lookups cached in-process for a few seconds, so an authenticated request does not cost
 * a database round trip for the key. Deleting, rolling or editing a key states it to the write's
 * unit of work (db/write.ts, `changed('key', id)`), which announces it on the invalidation
 * channel inside its transaction, so every orgbase process on the database
 * forgets the key when the change commits (PostgreSQL LISTEN/NOTIFY; Redis is not needed).
 */
export class KeyCache implements ProcessCache {
  readonly kind = 'key' as const;
  private readonly bySecureValue = new Map<string, Entry>();
  private readonly secureValueByKeyId = new Map<string, string>();
  /** Bumped by every invalidation, so a lookup that raced one is not cached. */
  private version = 0;
  /** Keys a sibling worker is changing (serve --workers) -> until when they are not cached. */
  private readonly beingWritten = new Map<string, number>();
  private readonly stopSiblingWrites: () => void;
  /** Lookups answered from memory and those that were not (exported as metrics). */
  hits = 0;
  misses = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly invalidation: Invalidation = Invalidation.local(),
    private readonly maxEntries = 50_000,
  ) {
    invalidation.subscribe(
      CHANGE_TOPICS.key,
      (keyId) => {
        this.beingWritten.delete(keyId);
        this.forgetLocally(keyId);
      },
      () => this.clear(),
    );
    // Marked before the sibling's commit; the commit's own notification (above) lifts the mark.
    this.stopSiblingWrites = onSiblingWrite((kind, ids) => {
      if (kind !== 'key') return;
      for (const keyId of ids) {
        this.beingWritten.set(keyId, Date.now() + SIBLING_WRITE_MS);
        this.forgetLocally(keyId);
      }
    });
  }

  get(secureValue: string): KeyLookup | undefined {
    const entry = this.bySecureValue.get(secureValue);
    if (!entry || entry.expiresAt <= Date.now()) {
      if (entry) this.forgetLocally(entry.lookup.id);
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    return entry.lookup;
  }

  /** Where a lookup starts: pass it to `set`, which drops the row if an invalidation came between. */
  get generation(): number {
    return this.version;
  }

  set(lookup: KeyLookup, generation?: number): void {
    if (this.ttlMs <= 0 || !this.invalidation.connected) return;
    if (generation !== undefined && generation !== this.version) return;
    const marked = this.beingWritten.get(lookup.id);
    if (marked !== undefined) {
      if (marked > Date.now()) return;
      this.beingWritten.delete(lookup.id);
    }
    if (this.bySecureValue.size >= this.maxEntries) this.clear();
    this.bySecureValue.set(lookup.secure_value, { lookup, expiresAt: Date.now() + this.ttlMs });
    this.secureValueByKeyId.set(lookup.id, lookup.secure_value);
  }

  /** Inside the transaction that changes or removes keys: the unit announces them to the other processes. */
  beginWrite(): void {}

  /** After that transaction committed: this process forgets the keys at once. */
  committed(keyIds: string[]): void {
    for (const keyId of keyIds) this.forgetLocally(keyId);
  }

  clear(): void {
    this.version++;
    this.bySecureValue.clear();
    this.secureValueByKeyId.clear();
  }

  async close(): Promise<void> {
    this.stopSiblingWrites();
    this.clear();
  }

  private forgetLocally(keyId: string): void {
    this.version++;
    const secureValue = this.secureValueByKeyId.get(keyId);
    if (secureValue !== undefined) this.bySecureValue.delete(secureValue);
    this.secureValueByKeyId.delete(keyId);
  }
}
