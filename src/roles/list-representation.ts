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
      // A page without a search is the same for every member; searches are too many to keep.
      const shape = pages && !query.search ? `${query.ordering ?? ''}|${page.limit}|${page.offset}` : undefined;
      if (shape !== undefined) {
        const kept = pages!.get(access.organizationId, shape);
        if (kept?.count !== undefined) return { results: kept.bytes, count: kept.count };
      }
      const generation = pages?.generation ?? 0;
      const { roles: rows, count } = await roles.list(access, query, page);
      const results = Buffer.from(`[${rows.map(serialize).join(',')}]`);
      if (shape !== undefined) pages!.fill(access.organizationId, shape, { bytes: results, count }, generation);
      return { results, count };
    },
  };
}
