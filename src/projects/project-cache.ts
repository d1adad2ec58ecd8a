import type { Invalidation } from '../db/invalidation.ts';
import { OrganizationPages } from '../db/organization-pages.ts';
import type { Project } from './schemas.ts';

/** Projects kept by id; past it, they start over. */
const MAX_PROJECTS = 50_000;
/** Project list pages, in bytes: a page of 100 projects is about 40 KB. */
const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/**
 * The projects of organizations, cached in process: each organization's list pages (results
 * JSON and total, by the page's shape and the teams the key is narrowed to), and each project
 * by id, for `/api/projects/:id/`, which names no organization until the project is read.
 * Creating, changing and deleting a project, and deleting its organization, state
 * `changed('organization', id)` (projects/service.ts, organizations/service.ts), so both drop
 * with the organization under the rules of every per-organization cache (db/process-cache.ts).
 */
export class ProjectCache extends OrganizationPages {
  private readonly projects = new Map<number, Project>();
  /** Organization -> its projects kept by id, so that a change of the organization drops them. */
  private readonly idsByOrganization = new Map<string, Set<number>>();

  constructor(invalidation: Invalidation, options: { oneStatementAtATime: boolean }) {
    super(invalidation, { oneStatementAtATime: options.oneStatementAtATime, maxBytes: MAX_PAGE_BYTES });
  }

  project(id: number): Project | undefined {
    return this.projects.get(id);
  }

  /** Keeps the project unless its organization was invalidated after `generation` or a write of it is open. */
  fillProject(project: Project, generation: number): void {
    if (!this.marks.mayFill(project.organization, generation)) return;
    if (this.projects.size >= MAX_PROJECTS) this.dropProjects();
    this.projects.set(project.id, project);
    let ids = this.idsByOrganization.get(project.organization);
    if (!ids) this.idsByOrganization.set(project.organization, (ids = new Set()));
    ids.add(project.id);
  }

  protected override forget(organizationId: string): void {
    super.forget(organizationId);
    for (const id of this.idsByOrganization.get(organizationId) ?? []) this.projects.delete(id);
    this.idsByOrganization.delete(organizationId);
  }

  protected override dropAll(): void {
    super.dropAll();
    this.dropProjects();
  }

  private dropProjects(): void {
    this.projects.clear();
    this.idsByOrganization.clear();
  }
}
