// The projects list as the API sends it: the page's results array as JSON bytes, cached per
// organization (project-cache.ts). The service answers projects; the bytes are this module's.
import type { Caller } from '../access/caller.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { teamsNamed } from '../access/reach.ts';
import type { Page } from '../domain/page.ts';
import type { ProjectCache } from './project-cache.ts';
import type { Project, ProjectListQuery } from './schemas.ts';
import type { ProjectService } from './service.ts';

export type SerializeProject = (project: Project) => string;

export function createProjectListRepresentation({ projects, cache }: { projects: ProjectService; cache?: ProjectCache }) {
  return {
    async json(
      caller: Caller,
      access: OrganizationAccess,
      query: ProjectListQuery,
      page: Page,
      serialize: SerializeProject,
    ): Promise<{ results: Buffer; count: number }> {
      // A page without a search is the same for every key narrowed to the same teams (or to
      // none); searches are too many to keep.
      const shape = cache && !query.search ? `${teamsNamed(caller.key)?.join(',') ?? '*'}|${page.limit}|${page.offset}` : undefined;
      if (shape !== undefined) {
        const kept = cache!.get(access.organizationId, shape);
        if (kept?.count !== undefined) return { results: kept.bytes, count: kept.count };
      }
      const generation = cache?.generation ?? 0;
      const { projects: rows, count } = await projects.list(caller, access, query, page);
      const results = Buffer.from(`[${rows.map(serialize).join(',')}]`);
      if (shape !== undefined) cache!.fill(access.organizationId, shape, { bytes: results, count }, generation);
      return { results, count };
    },
  };
}
