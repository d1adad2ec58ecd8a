import type { Invalidation } from './invalidation.ts';
import { OrganizationCache } from './process-cache.ts';

/** What is kept of one read: its JSON (a page's results array, or a whole resource), and what else the route sends with it. */
export interface KeptRead {
  bytes: Buffer;
  /** A list's total. */
  count?: number;
  /** A resource's ETag, computed once with its bytes. */
  etag?: string;
  /**
   * The last whole answer built around `bytes` (a page's envelope), with the URL its links were
   * built from: a warm request then sends it as it is, with no copy of the page per request.
   * `bytes` is then a view into it.
   */
  answer?: { url: string; bytes: Buffer };
}

export interface OrganizationPagesOptions {
  oneStatementAtATime: boolean;
  /** Organizations with reads kept; past it, every read starts over. */
  maxOrganizations?: number;
  /** Reads kept per organization (orderings x limits x offsets a client walks); past it, the organization's start over. */
  maxPerOrganization?: number;
  /** All reads together, in bytes; past it, every read starts over. */
  maxBytes?: number;
}

/**
 * Finished reads of organizations (pages of a list, one resource), each by a key its reader
 * chooses (the page's shape), kept per organization and dropped with it: by every write that
 * states `changed('organization', id)`, under the freshness rules of every per-organization
 * cache (process-cache.ts): never stale on the process that acknowledged a write, milliseconds
 * on the others, nothing kept from a read begun before an invalidation, while a write of the
 * organization is open, or while the channel is down. Memory-bound by its options.
 */
export class OrganizationPages extends OrganizationCache {
  private readonly byOrganization = new Map<string, Map<string, KeptRead>>();
  private bytes = 0;

  constructor(
    invalidation: Invalidation,
    private readonly options: OrganizationPagesOptions,
  ) {
    super(invalidation, options.oneStatementAtATime);
  }

  get(organizationId: string, key: string): KeptRead | undefined {
    return this.byOrganization.get(organizationId)?.get(key);
  }

  /**
   * A page's results JSON and total: the kept one when `key` names a page worth keeping (one
   * without a search) and it is warm, else `load`'s, kept for the next reader under the fill rules.
   */
  async keptOrRead(
    organizationId: string,
    key: string | undefined,
    load: () => Promise<{ results: Buffer; count: number }>,
  ): Promise<{ results: Buffer; count: number }> {
    const kept = key === undefined ? undefined : this.get(organizationId, key);
    if (kept?.count !== undefined) return { results: kept.bytes, count: kept.count };
    const generation = this.generation;
    const read = await load();
    if (key !== undefined) this.fill(organizationId, key, { bytes: read.results, count: read.count }, generation);
    return read;
  }

  /** Keeps `read` unless the organization was invalidated after `generation` or a write of it is open. */
  fill(organizationId: string, key: string, read: KeptRead, generation: number): void {
    const maxBytes = this.options.maxBytes ?? 16 * 1024 * 1024;
    if (read.bytes.length > maxBytes || !this.marks.mayFill(organizationId, generation)) return;
    if ((this.byOrganization.get(organizationId)?.size ?? 0) >= (this.options.maxPerOrganization ?? 32)) this.forgetReads(organizationId);
    if (this.bytes + read.bytes.length > maxBytes) this.dropReads();
    let reads = this.byOrganization.get(organizationId);
    if (!reads) {
      if (this.byOrganization.size >= (this.options.maxOrganizations ?? 10_000)) this.dropReads();
      this.byOrganization.set(organizationId, (reads = new Map()));
    }
    this.bytes += read.bytes.length - (reads.get(key)?.bytes.length ?? 0);
    reads.set(key, read);
  }

  protected forget(organizationId: string): void {
    this.forgetReads(organizationId);
  }

  protected dropAll(): void {
    this.dropReads();
  }

  private forgetReads(organizationId: string): void {
    for (const read of this.byOrganization.get(organizationId)?.values() ?? []) this.bytes -= read.bytes.length;
    this.byOrganization.delete(organizationId);
  }

  private dropReads(): void {
    this.byOrganization.clear();
    this.bytes = 0;
  }
}
