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
      const load = async () => {
        const { projects: rows, count } = await projects.list(caller, access, query, page);
        return { results: Buffer.from(`[${rows.map(serialize).join(',')}]`), count };
      };
      if (!cache) return load();
      // A page without a search is the same for every key narrowed to the same teams (or to
      // none); searches are too many to keep.
      return cache.keptOrRead(
        access.organizationId,
        query.search ? undefined : `${teamsNamed(caller.key)?.join(',') ?? '*'}|${page.limit}|${page.offset}`,
        load,
      );
    },
  };
}
