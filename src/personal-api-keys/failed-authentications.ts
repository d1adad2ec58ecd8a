/** How long an unknown key's hash is remembered as unknown: long enough to absorb a retry loop. */
const UNKNOWN_FOR_MS = 10_000;
const MAX_REMEMBERED = 20_000;
const WINDOW_SECONDS = 60;

/**
 * Keeps guessing and retrying with bad keys from costing the database: an unknown key is
 * remembered briefly (its repeats are answered from memory), and failed authentications are
 * counted per client address and over all addresses in one-minute windows. Past either limit,
 * a key that is not already known is answered 429 without a lookup until the window ends;
 * keys in the key cache keep working. A key value is 35 random bytes: one remembered as unknown
 * is never created a moment later, so nothing here needs invalidating.
 */
export class FailedAuthentications {
  private readonly unknown = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();
  private total = 0;
  private window = 0;

  constructor(private readonly limits: { perAddress: number; total: number }) {}

  isKnownUnknown(secureValue: string, now = Date.now()): boolean {
    const until = this.unknown.get(secureValue);
    if (until === undefined) return false;
    if (until > now) return true;
    this.unknown.delete(secureValue);
    return false;
  }

  /** Seconds until `address` may try an unknown key again, or 0 when it may now. */
  waitFor(address: string, now = Date.now()): number {
    this.roll(now);
    // A limit of 0 turns it off.
    const full =
      (this.limits.perAddress > 0 && (this.perAddress.get(address) ?? 0) >= this.limits.perAddress) ||
      (this.limits.total > 0 && this.total >= this.limits.total);
    return full ? Math.max(1, Math.ceil((this.window + 1) * WINDOW_SECONDS - now / 1000)) : 0;
  }

  failed(address: string, secureValue: string, now = Date.now()): void {
    this.roll(now);
    this.total++;
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
    if (this.unknown.size >= MAX_REMEMBERED) this.unknown.clear();
    this.unknown.set(secureValue, now + UNKNOWN_FOR_MS);
  }

  private roll(now: number): void {
    const window = Math.floor(now / 1000 / WINDOW_SECONDS);
    if (window === this.window) return;
    this.window = window;
    this.total = 0;
    this.perAddress.clear();
  }
}
