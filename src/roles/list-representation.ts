// The roles list as the API sends it: the page's results array (each role with its members)
// as JSON bytes, cached per organization (role-pages.ts). The service answers roles;
// the bytes are this module's.
import type { OrganizationAccess } from '../access/organization-rule.ts';
import type { Page } from '../domain/page.ts';
import type { RolePages } from './role-pages.ts';
import type { Role, RoleListQuery } from './schemas.ts';
import type { RoleService } from './service.ts';

export type SerializeRole = (role: Role) => string;

/**
 * What the page shows changes with the organization's roles and their members
 * (`changed('roles', id)`: roles/service.ts, role-memberships/), and with those members'
 * levels and user fields, the roles deleted and the organization itself
 * (`changed('organization', id)`: members/, users/ and scim/users.ts for the users, who are
 * named by the organizations that show them, scim/groups.ts, roles deleted).
 */
export function createRoleListRepresentation({ roles, pages }: { roles: RoleService; pages?: RolePages }) {
  return {
    async json(access: OrganizationAccess, query: RoleListQuery, page: Page, serialize: SerializeRole): Promise<{ results: Buffer; count: number }> {
      const load = async () => {
        const { roles: rows, count } = await roles.list(access, query, page);
        return { results: Buffer.from(`[${rows.map(serialize).join(',')}]`), count };
      };
      if (!pages) return load();
      // A page without a search is the same for every member; searches are too many to keep.
      return pages.keptOrRead(access.organizationId, query.search ? undefined : `${query.ordering ?? ''}|${page.limit}|${page.offset}`, load);
    },
  };
}
