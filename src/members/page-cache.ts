import type { Invalidation } from '../db/invalidation.ts';
import { OrganizationCache } from '../db/process-cache.ts';

const MAX_LISTS = 10_000;
/** Member list pages kept per organization (orderings x limits x offsets a client walks). */
const MAX_PAGES_PER_LIST = 32;
/** All member list pages together, in bytes: a page of 100 is about 45 KB. */
const MAX_MEMBER_PAGE_BYTES = 16 * 1024 * 1024;

interface MemberList {
  count: number | undefined;
  pages: Map<string, Buffer>;
}

/**
 * Per organization, the member list's total (active members, a count over every membership)
 * and its pages' results arrays as JSON, by page shape. Every membership change of the
 * organization and every change of a member's user states `changed('organization', id)`, so
 * they drop with the organization, under the freshness rules of every per-organization cache
 * (db/process-cache.ts): never stale on the process that acknowledged a write, nothing kept
 * from a read that began before an invalidation or while the channel is down.
 */
export class MemberPageCache extends OrganizationCache {
  private readonly lists = new Map<string, MemberList>();
  private pageBytes = 0;

  constructor(
    invalidation: Invalidation,
    private readonly options: { oneStatementAtATime: boolean; maxEntries?: number },
  ) {
    super(invalidation, options.oneStatementAtATime);
  }

  count(organizationId: string): number | undefined {
    return this.lists.get(organizationId)?.count;
  }

  fillCount(organizationId: string, count: number, generation: number): void {
    if (!this.marks.mayFill(organizationId, generation)) return;
    this.list(organizationId).count = count;
  }

  /** The JSON of a member list page's results, by its shape (ordering, limit, offset). */
  page(organizationId: string, shape: string): Buffer | undefined {
    return this.lists.get(organizationId)?.pages.get(shape);
  }

  fillPage(organizationId: string, shape: string, results: Buffer, generation: number): void {
    if (!this.marks.mayFill(organizationId, generation)) return;
    if (this.list(organizationId).pages.size >= MAX_PAGES_PER_LIST || this.pageBytes + results.length > MAX_MEMBER_PAGE_BYTES) {
      this.dropPages();
    }
    const { pages } = this.list(organizationId);
    this.pageBytes += results.length - (pages.get(shape)?.length ?? 0);
    pages.set(shape, results);
  }

  private list(organizationId: string): MemberList {
    let list = this.lists.get(organizationId);
    if (!list) {
      if (this.lists.size >= (this.options.maxEntries ?? MAX_LISTS)) this.lists.clear();
      this.lists.set(organizationId, (list = { count: undefined, pages: new Map() }));
    }
    return list;
  }

  /** Pages are the big part; counts are a number each and stay. */
  private dropPages(): void {
    for (const list of this.lists.values()) list.pages.clear();
    this.pageBytes = 0;
  }

  protected forget(organizationId: string): void {
    const list = this.lists.get(organizationId);
    for (const results of list?.pages.values() ?? []) this.pageBytes -= results.length;
    this.lists.delete(organizationId);
  }

  protected dropAll(): void {
    this.lists.clear();
    this.pageBytes = 0;
  }
}
