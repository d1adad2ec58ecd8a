import type { Invalidation } from '../db/invalidation.ts';
import { OrganizationCache } from '../db/process-cache.ts';

const MAX_LISTS = 10_000;
/** Member list pages kept per organization (orderings x limits x offsets a client walks). */
const MAX_PAGES_PER_LIST = 32;
/** All member list pages together, in bytes: a page of 100 is about 45 KB. */
const MAX_MEMBER_PAGE_BYTES = 16 * 1024 * 1024;

interface MemberList {
  count: number | undefined;
  pages: Map<string, CachedPage>;
}

interface CachedPage {
  /** The results array's JSON: once an answer is kept, a view into its bytes. */
  results: Buffer;
  /**
   * The last whole answer built around the results, with the URL its links were built from: a
   * warm request then sends these bytes as they are, with no copy of a 45 KB page per request.
   */
  answer?: { url: string; bytes: Buffer };
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
    return this.lists.get(organizationId)?.pages.get(shape)?.results;
  }

  /** The whole answer last kept for this page and URL. */
  answer(organizationId: string, shape: string, url: string): Buffer | undefined {
    const answer = this.lists.get(organizationId)?.pages.get(shape)?.answer;
    return answer?.url === url ? answer.bytes : undefined;
  }

  /**
   * Keeps `bytes`, the answer to `url` around `results` and `count`, if the cache still holds
   * exactly those: a write since has dropped them, and the answer with them.
   */
  keepAnswer(organizationId: string, shape: string, results: Buffer, count: number, url: string, bytes: Buffer): void {
    const list = this.lists.get(organizationId);
    const cached = list?.pages.get(shape);
    if (!cached || cached.results !== results || list!.count !== count) return;
    // The envelope ends with the results array and its closing brace (http/pagination.ts).
    const start = bytes.length - 1 - results.length;
    this.pageBytes += bytes.length - sizeOf(cached);
    cached.results = bytes.subarray(start, start + results.length);
    cached.answer = { url, bytes };
  }

  fillPage(organizationId: string, shape: string, results: Buffer, generation: number): void {
    if (!this.marks.mayFill(organizationId, generation)) return;
    if (this.list(organizationId).pages.size >= MAX_PAGES_PER_LIST || this.pageBytes + results.length > MAX_MEMBER_PAGE_BYTES) {
      this.dropPages();
    }
    const { pages } = this.list(organizationId);
    const previous = pages.get(shape);
    this.pageBytes += results.length - (previous ? sizeOf(previous) : 0);
    pages.set(shape, { results });
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
    for (const page of list?.pages.values() ?? []) this.pageBytes -= sizeOf(page);
    this.lists.delete(organizationId);
  }

  protected dropAll(): void {
    this.lists.clear();
    this.pageBytes = 0;
  }
}

function sizeOf(page: CachedPage): number {
  return page.answer?.bytes.length ?? page.results.length;
}
