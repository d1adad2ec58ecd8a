import type { Invalidation } from '../db/invalidation.ts';
import { OrganizationPages } from '../db/organization-pages.ts';

const MAX_COUNTS = 10_000;
/** Member list pages kept per organization (orderings x limits x offsets a client walks). */
const MAX_PAGES_PER_LIST = 32;
/** All member list pages together, in bytes: a page of 100 is about 45 KB. */
const MAX_MEMBER_PAGE_BYTES = 16 * 1024 * 1024;

/**
 * Per organization, the member list's total (active members, a count over every membership)
 * and its pages' results arrays as JSON, by page shape. Every membership change of the
 * organization and every change of a member's user states `changed('organization', id)`, so
 * they drop with the organization, under the freshness rules of every per-organization cache
 * (db/process-cache.ts): never stale on the process that acknowledged a write, nothing kept
 * from a read that began before an invalidation or while the channel is down.
 */
export class MemberPageCache extends OrganizationPages {
  /** Totals are a number each and outlive the pages when those start over. */
  private readonly counts = new Map<string, number>();

  constructor(invalidation: Invalidation, options: { oneStatementAtATime: boolean; maxEntries?: number }) {
    super(invalidation, {
      oneStatementAtATime: options.oneStatementAtATime,
      maxOrganizations: options.maxEntries,
      maxPerOrganization: MAX_PAGES_PER_LIST,
      maxBytes: MAX_MEMBER_PAGE_BYTES,
    });
  }

  count(organizationId: string): number | undefined {
    return this.counts.get(organizationId);
  }

  fillCount(organizationId: string, count: number, generation: number): void {
    if (!this.marks.mayFill(organizationId, generation)) return;
    if (this.counts.size >= MAX_COUNTS) this.counts.clear();
    this.counts.set(organizationId, count);
  }

  /** The JSON of a member list page's results, by its shape (ordering, limit, offset). */
  page(organizationId: string, shape: string): Buffer | undefined {
    return this.get(organizationId, shape)?.bytes;
  }

  fillPage(organizationId: string, shape: string, results: Buffer, generation: number): void {
    this.fill(organizationId, shape, { bytes: results }, generation);
  }

  /** The whole answer last kept for this page and URL. */
  answer(organizationId: string, shape: string, url: string): Buffer | undefined {
    const answer = this.get(organizationId, shape)?.answer;
    return answer?.url === url ? answer.bytes : undefined;
  }

  /**
   * Keeps `bytes`, the answer to `url` around `results` and `count`, if the cache still holds
   * exactly those: a write since has dropped them, and the answer with them.
   */
  keepAnswer(organizationId: string, shape: string, results: Buffer, count: number, url: string, bytes: Buffer): void {
    const kept = this.get(organizationId, shape);
    if (!kept || kept.bytes !== results || this.counts.get(organizationId) !== count) return;
    // The envelope ends with the results array and its closing brace (http/pagination.ts).
    const start = bytes.length - 1 - results.length;
    kept.bytes = bytes.subarray(start, start + results.length);
    kept.answer = { url, bytes };
  }

  protected override forget(organizationId: string): void {
    super.forget(organizationId);
    this.counts.delete(organizationId);
  }

  protected override dropAll(): void {
    super.dropAll();
    this.counts.clear();
  }
}
