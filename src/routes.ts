import { registerAuditRoutes } from './audit/routes.ts';
import type { Deps } from './deps.ts';
import type { App } from './http/app-types.ts';
import { registerIntegrationRoutes } from './integrations/routes.ts';
import { registerMemberRoutes } from './members/routes.ts';
import { registerOrganizationRoutes } from './organizations/routes.ts';
import { registerProjectRoutes } from './projects/routes.ts';
import { registerRoleMembershipRoutes } from './role-memberships/routes.ts';
import { registerRoleRoutes } from './roles/routes.ts';

/** The organization-level features; each registers its own route table. */
export function registerFeatureRoutes(app: App, deps: Deps): void {
  registerOrganizationRoutes(app, deps);
  registerMemberRoutes(app, deps);
  registerProjectRoutes(app, deps);
  registerRoleRoutes(app, deps);
  registerRoleMembershipRoutes(app, deps);
  registerIntegrationRoutes(app, deps);
  registerAuditRoutes(app, deps);
}
