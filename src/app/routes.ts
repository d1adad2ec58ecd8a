import { registerAuditRoutes } from '../audit/routes.ts';
import { registerDomainRoutes } from '../domains/routes.ts';
import { registerEventRoutes } from '../events/routes.ts';
import { registerConsoleRoutes } from '../console/routes.ts';
import type { Deps } from './deps.ts';
import type { App } from '../http/app-types.ts';
import { registerOrganizationScope } from '../tenancy/organization-scope.ts';
import { registerIntegrationRoutes } from '../integrations/routes.ts';
import { registerInviteRoutes, registerSignupRoutes } from '../invites/routes.ts';
import { registerMemberRoutes } from '../members/routes.ts';
import { registerOrganizationListRoutes, registerOrganizationRoutes } from '../organizations/routes.ts';
import { registerPersonalApiKeyRoutes } from '../personal-api-keys/routes.ts';
import { registerProjectRoutes, registerTopLevelProjectRoutes } from '../projects/routes.ts';
import { registerRoleMembershipRoutes } from '../role-memberships/routes.ts';
import { registerRoleRoutes } from '../roles/routes.ts';
import { registerScimRoutes } from '../scim/routes.ts';
import { registerUserRoutes } from '../users/routes.ts';
import { registerWebhookRoutes } from '../webhooks/routes.ts';

/**
 * Every feature's route table. The routes about one organization register inside the
 * organization scope, which decides who may call each from its `config.organization` rule.
 */
export async function registerFeatureRoutes(app: App, deps: Deps): Promise<void> {
  // The caller's own: their user, their keys, the organizations they are in.
  registerUserRoutes(app, deps);
  registerPersonalApiKeyRoutes(app, deps);
  registerOrganizationListRoutes(app, deps);
  registerTopLevelProjectRoutes(app, deps);
  registerSignupRoutes(app, deps);
  // The browser console and the invitation page: static, a client of the routes above.
  registerConsoleRoutes(app);

  await registerOrganizationScope(
    app,
    deps.db,
    (scope) => {
      registerOrganizationRoutes(scope, deps);
      registerMemberRoutes(scope, deps);
      registerProjectRoutes(scope, deps);
      registerRoleRoutes(scope, deps);
      registerRoleMembershipRoutes(scope, deps);
      registerIntegrationRoutes(scope, deps);
      registerAuditRoutes(scope, deps);
      registerEventRoutes(scope, deps);
      registerInviteRoutes(scope, deps);
      registerDomainRoutes(scope, deps);
      registerWebhookRoutes(scope, deps);
    },
    { levels: deps.levels, me: deps.me },
  );

  // SCIM 2.0 for identity providers: its own bearer tokens (a verified domain's), its own errors.
  await registerScimRoutes(app, deps);
}
