import { Redis } from 'ioredis';
import type { KeyLookup } from './repository.ts';

const CHANNEL = 'orgbase:personal-api-key-invalidated';

interface Entry {
  lookup: KeyLookup;
  expiresAt: number;
}

/**
 * Key lookups cached in-process for a few seconds, so an authenticated request does not cost
 * a database round trip for the key. Deleting, rolling or editing a key invalidates it at
 * once in this process and, with REDIS_URL, in every other orgbase process.
 */
export class KeyCache {
  private readonly bySecureValue = new Map<string, Entry>();
  private readonly secureValueByKeyId = new Map<string, string>();
  /** Lookups answered from memory and those that were not (exported as metrics). */
  hits = 0;
  misses = 0;
  private publisher: Redis | undefined;
  private subscriber: Redis | undefined;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 50_000,
  ) {}

  async connect(redisUrl: string): Promise<void> {
    this.publisher = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(redisUrl, { lazyConnect: true });
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    this.subscriber.on('message', (_channel: string, keyId: string) => this.forgetLocally(keyId));
    await this.subscriber.subscribe(CHANNEL);
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

  set(lookup: KeyLookup): void {
    if (this.ttlMs <= 0) return;
    if (this.bySecureValue.size >= this.maxEntries) this.clear();
    this.bySecureValue.set(lookup.secure_value, { lookup, expiresAt: Date.now() + this.ttlMs });
    this.secureValueByKeyId.set(lookup.id, lookup.secure_value);
  }

  /** Called after the transaction that changed or removed the key has committed. */
  async invalidate(keyId: string): Promise<void> {
    this.forgetLocally(keyId);
    await this.publisher?.publish(CHANNEL, keyId);
  }

  clear(): void {
    this.bySecureValue.clear();
    this.secureValueByKeyId.clear();
  }

  async close(): Promise<void> {
    this.publisher?.disconnect();
    this.subscriber?.disconnect();
  }

  private forgetLocally(keyId: string): void {
    const secureValue = this.secureValueByKeyId.get(keyId);
    if (secureValue !== undefined) this.bySecureValue.delete(secureValue);
    this.secureValueByKeyId.delete(keyId);
  }
}
