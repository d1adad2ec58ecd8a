// What the organization routes send: the service answers domain values (an Organization, a
// page of ids and levels); this module turns them into bytes, from the representation cache
// (one organization's bytes per level) and the list cache (a finished list response).
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../access/caller.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { organizationsNamed } from '../access/reach.ts';
import type { Eventually } from '../domain/eventually.ts';
import type { Page } from '../domain/page.ts';
import { paginatedJson } from '../http/pagination.ts';
import type { OrganizationLists } from './list-cache.ts';
import type { OrganizationRepresentations, RepresentationBytes, SerializeOrganization } from './representation-cache.ts';
import type { OrganizationListQuery } from './schemas.ts';
import type { OrganizationService } from './service.ts';

export function createOrganizationRepresentation(
  { representations, lists, siteUrl }: { representations: OrganizationRepresentations; lists: OrganizationLists; siteUrl: string | undefined },
  organizations: OrganizationService,
) {
  return {
    /** One organization's bytes and ETag at the caller's level: cached, or read once and kept. */
    one(caller: Caller, access: OrganizationAccess, serialize: SerializeOrganization): Eventually<RepresentationBytes> {
      const generation = representations.generation;
      const cached = representations.get(access.organizationId, access.level);
      if (cached) return cached;
      return organizations.get(caller, access).then((organization) => representations.fill(organization, generation, serialize));
    },

    /**
     * The list response: kept whole per page (the user, the organizations the key names, the
     * URL its links are built from); else the page from the service, each organization's bytes
     * from the representation cache, the missing ones in one query.
     */
    list(request: FastifyRequest, caller: Caller, query: OrganizationListQuery, page: Page, serialize: SerializeOrganization): Eventually<Buffer> {
      const key = `${caller.user.id}\n${organizationsNamed(caller.key)?.join(',') ?? ''}\n${siteUrl ?? `${request.protocol}://${request.host}`}${request.url}`;
      return lists.page(key) ?? build(key, request, caller, query, page, serialize);
    },
  };

  async function build(
    key: string,
    request: FastifyRequest,
    caller: Caller,
    query: OrganizationListQuery,
    page: Page,
    serialize: SerializeOrganization,
  ): Promise<Buffer> {
    const generation = lists.generation;
    const representationGeneration = representations.generation;
    const { rows, count } = await organizations.list(caller, query, page);
    const payloads: (Buffer | undefined)[] = rows.map((row) => representations.get(row.id, row.level)?.payload);
    const missing = rows.filter((_row, index) => payloads[index] === undefined).map((row) => row.id);
    if (missing.length > 0) {
      const byId = new Map((await organizations.visibleAmong(caller, missing)).map((organization) => [organization.id, organization]));
      rows.forEach((row, index) => {
        const organization = byId.get(row.id);
        // Left or deleted between the two reads: the page shows what the first one saw.
        if (payloads[index] === undefined && organization) payloads[index] = representations.fill(organization, representationGeneration, serialize).payload;
      });
    }
    const bytes = paginatedJson(
      request,
      page,
      count,
      payloads.filter((payload): payload is Buffer => payload !== undefined),
      siteUrl,
    );
    lists.fillPage(key, bytes, generation);
    return bytes;
  }
}
