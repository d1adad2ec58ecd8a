// The member list as the API sends it: the page's results array as JSON bytes, built from the
// service's rows and cached per organization (page-cache.ts). The service answers rows; the
// bytes and their caches are this module's.
import type { FastifyRequest } from 'fastify';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import type { Eventually } from '../domain/eventually.ts';
import type { Page } from '../domain/page.ts';
import { pageOf, paginatedJson } from '../http/pagination.ts';
import { orderingOf } from './list-repository.ts';
import { membershipJson, userBytes, type UserBytes } from './member-json.ts';
import type { MemberPageCache } from './page-cache.ts';
import type { MemberListQuery } from './schemas.ts';
import type { MemberService } from './service.ts';
import { UserBytesCache } from './user-bytes-cache.ts';

export function createMemberListRepresentation({ members, pages }: { members: MemberService; pages?: MemberPageCache }) {
  const listedUsers = new UserBytesCache();

  const shapeOf = (query: MemberListQuery, page: Page) =>
    pages && !query.search && query.email === undefined ? `${orderingOf(query)}|${page.limit}|${page.offset}` : undefined;

  /** The total of an unfiltered list (a count over every membership) is cached per organization. */
  const knownCount = (organizationId: string) =>
    pages
      ? async () => {
          const cached = pages.count(organizationId);
          if (cached !== undefined) return cached;
          const generation = pages.generation;
          const count = await members.countListed(organizationId);
          pages.fillCount(organizationId, count, generation);
          return count;
        }
      : undefined;

  /**
   * A page as the JSON of its results array. The page's rows give each member's own fields and
   * the version of its user's row; users whose bytes were built from that version are not read
   * again, the others in one more query.
   */
  async function json(access: OrganizationAccess, query: MemberListQuery, page: Page): Promise<{ results: Buffer; count: number }> {
    const id = access.organizationId;
    // A page without a search is the same for every caller who may read it: its bytes are
    // cached with the organization and dropped by every write that changes them (see
    // `changed('organization', id)` in writes/unit-of-work.ts). Searches are too many to keep.
    const shape = shapeOf(query, page);
    const generation = pages?.generation ?? 0;
    if (shape !== undefined) {
      const results = pages!.page(id, shape);
      const count = pages!.count(id);
      if (results !== undefined && count !== undefined) return { results, count };
    }
    const { rows, count } = await members.page(access, query, page, knownCount(id));
    const now = Date.now();
    const users: (UserBytes | undefined)[] = rows.map((row) => listedUsers.get(row.user_id, row.user_version, now));
    const missing = rows.filter((_, index) => users[index] === undefined).map((row) => row.user_id);
    if (missing.length > 0) {
      const found = new Map<number, UserBytes>();
      for (const user of await members.listedUsers(missing)) {
        const bytes = userBytes(user);
        listedUsers.set(user.id, user.version, bytes, now);
        found.set(user.id, bytes);
      }
      rows.forEach((row, index) => (users[index] ??= found.get(row.user_id)));
    }
    // A user deleted between the two reads has left the organization with its row.
    const results = Buffer.from(`[${rows.flatMap((row, index) => (users[index] ? [membershipJson(row, users[index])] : [])).join(',')}]`);
    if (shape !== undefined) pages!.fillPage(id, shape, results, generation);
    return { results, count };
  }

  /**
   * The whole answer: a warm page's bytes as they were last sent for the same URL (its links
   * are built from it), else the envelope around the page's results, kept for the next request.
   */
  function answer(request: FastifyRequest, access: OrganizationAccess, query: MemberListQuery, siteUrl: string | undefined): Eventually<Buffer> {
    const page = pageOf(query);
    const shape = shapeOf(query, page);
    const url = shape === undefined ? '' : `${siteUrl ?? `${request.protocol}://${request.host}`}${request.url}`;
    const kept = shape === undefined ? undefined : pages!.answer(access.organizationId, shape, url);
    return kept ?? build(request, access, query, page, shape, url, siteUrl);
  }

  async function build(
    request: FastifyRequest,
    access: OrganizationAccess,
    query: MemberListQuery,
    page: Page,
    shape: string | undefined,
    url: string,
    siteUrl: string | undefined,
  ): Promise<Buffer> {
    const id = access.organizationId;
    const { results, count } = await json(access, query, page);
    const bytes = paginatedJson(request, page, count, results, siteUrl);
    if (shape !== undefined) pages!.keepAnswer(id, shape, results, count, url, bytes);
    return bytes;
  }

  return { answer };
}
