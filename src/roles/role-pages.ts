import type { Invalidation } from '../db/invalidation.ts';
import { OrganizationPages } from '../db/organization-pages.ts';
import type { ProcessCache } from '../db/process-cache.ts';

/**
 * The roles pages of organizations (roles/list-representation.ts). They drop with every
 * `changed('organization', id)` (a member's level, a member removed, a member's user renamed,
 * the organization deleted) and with `changed('roles', id)`: a role created or renamed, a role
 * membership added or removed, which only this page shows, so those writes leave the
 * organization's other caches (its callers' levels, its representation, its member pages,
 * every user's lists and @me) warm.
 */
export class RolePages extends OrganizationPages {
  /** The same cache as the unit of work sees it for `changed('roles', id)`. */
  readonly roles: ProcessCache;

  constructor(invalidation: Invalidation, options: { oneStatementAtATime: boolean }) {
    super(invalidation, options);
    this.roles = this.alsoHear('roles', (organizationId) => this.forget(organizationId));
  }
}
