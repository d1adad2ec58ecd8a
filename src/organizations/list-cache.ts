import type { Invalidation } from '../db/invalidation.ts';
import { OrganizationCache } from '../db/process-cache.ts';
import type { ListedMembership } from './list-repository.ts';
import type { OrganizationListQuery } from './schemas.ts';

/** Memberships kept over all users (about 200 bytes each); past it, the lists start over. */
const MAX_MEMBERSHIPS = 200_000;
const MAX_USERS = 10_000;
/** Finished list responses kept, in bytes: a page of 100 organizations is about 116 KB. */
const MAX_PAGE_BYTES = 8 * 1024 * 1024;
/** Search texts with their case folded by the database (pure: never stale). */
const MAX_FOLDED = 1_000;

export type Ordering = NonNullable<OrganizationListQuery['ordering']>;

/** A user's organizations, in id (creation) order and, sorted on first use, in each ordering the list supports. */
export class UserOrganizations {
  private readonly sorted = new Map<Ordering, readonly ListedMembership[]>();

  constructor(readonly byId: readonly ListedMembership[]) {}

  ordered(ordering: Ordering | undefined): readonly ListedMembership[] {
    if (!ordering) return this.byId;
    let sorted = this.sorted.get(ordering);
    if (!sorted) {
      const rank = ordering.endsWith('name') ? (m: ListedMembership) => m.nameRank : (m: ListedMembership) => m.createdRank;
      const sign = ordering.startsWith('-') ? -1 : 1;
      // Sorting is stable and byId is in id order: ties stay in id order, as `ORDER BY key DESC, id` has them.
      sorted = [...this.byId].sort((a, b) => sign * (rank(a) - rank(b)));
      this.sorted.set(ordering, sorted);
    }
    return sorted;
  }
}

/**
 * The organization lists of users, cached in process: each user's memberships with their
 * levels and what the list orders and searches by, and the finished response bytes per page
 * (user, key's organizations, URL). With them a warm `GET /api/organizations/` sends no statement.
 *
 * A list reads many organizations, and a write that adds a user to an organization names only
 * that organization, not the user: so every organization change (`changed('organization', id)`
 * in the unit of work: memberships added, changed or removed, organizations created, renamed or
 * deleted, and everything that changes a representation) drops every list, under the freshness
 * rules of the other organization caches (WriteMarks): never stale on the process that
 * acknowledged the write, milliseconds on the others, nothing kept while the channel is not
 * proven; and no list is kept while any organization's write is open (this process's own
 * until it commits, another worker's until its notification comes back).
 */
export class OrganizationLists extends OrganizationCache {
  private readonly users = new Map<number, UserOrganizations>();
  private memberships = 0;
  private readonly pages = new Map<string, Buffer>();
  private pageBytes = 0;
  private readonly folded = new Map<string, string>();

  constructor(invalidation: Invalidation, options: { oneStatementAtATime?: boolean } = {}) {
    super(invalidation, options.oneStatementAtATime ?? false);
  }

  get(userId: number): UserOrganizations | undefined {
    return this.users.get(userId);
  }

  /** Keeps what the database answered, unless anything was invalidated after `generation` or a write is open. */
  fill(userId: number, memberships: ListedMembership[], generation: number): UserOrganizations {
    const organizations = new UserOrganizations(memberships);
    if (!this.marks.mayFillAcross(generation)) return organizations;
    if (this.users.size >= MAX_USERS || this.memberships + memberships.length > MAX_MEMBERSHIPS) this.dropAll();
    this.memberships += memberships.length - (this.users.get(userId)?.byId.length ?? 0);
    this.users.set(userId, organizations);
    return organizations;
  }

  /** A finished response, by `key` (the user's id first, then what else shapes the page). */
  page(key: string): Buffer | undefined {
    return this.pages.get(key);
  }

  fillPage(key: string, bytes: Buffer, generation: number): void {
    if (bytes.length > MAX_PAGE_BYTES || !this.marks.mayFillAcross(generation)) return;
    if (this.pageBytes + bytes.length > MAX_PAGE_BYTES) {
      this.pages.clear();
      this.pageBytes = 0;
    }
    this.pageBytes += bytes.length - (this.pages.get(key)?.length ?? 0);
    this.pages.set(key, bytes);
  }

  /** A search text as the database folds its case, or undefined when it must be asked. */
  foldedSearch(search: string): string | undefined {
    return this.folded.get(search);
  }

  fillFoldedSearch(search: string, folded: string): void {
    if (this.folded.size >= MAX_FOLDED) this.folded.clear();
    this.folded.set(search, folded);
  }

  /**
   * After this process's write committed, its reads see the write: its marks are lifted here
   * at once (one unheard write would otherwise keep every list from filling until its echo).
   */
  override committed(organizationIds: string[], token?: string): void {
    super.committed(organizationIds);
    if (token !== undefined) for (const organizationId of organizationIds) this.marks.settle(organizationId, token);
  }

  /** Any organization's change may touch any list (a membership added names no user): all go. */
  protected forget(): void {
    this.dropAll();
  }

  protected dropAll(): void {
    this.users.clear();
    this.memberships = 0;
    this.pages.clear();
    this.pageBytes = 0;
  }
}
