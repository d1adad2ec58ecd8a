// Who may use the domain routes: the shared matrix (any member reads, admins write, the SCIM
// logs are admins' only, in PostHog's words).
import { randomBytes } from 'node:crypto';
import { securityMatrix } from '../../test/support/security-matrix.ts';
import { insertDomain } from '../../test/support/world.ts';

const freshDomain = () => `s${randomBytes(5).toString('hex')}.example.com`;

securityMatrix('domains', [
  { route: 'GET /api/organizations/:organization_id/domains/', success: 200 },
  { route: 'POST /api/organizations/:organization_id/domains/', success: 201, body: () => ({ domain: freshDomain() }) },
  { route: 'GET /api/organizations/:organization_id/domains/:id/', success: 200 },
  { route: 'PATCH /api/organizations/:organization_id/domains/:id/', success: 200, body: () => ({ jit_provisioning_enabled: true }) },
  { route: 'PUT /api/organizations/:organization_id/domains/:id/', success: 200, body: () => ({ sso_enforcement: 'saml' }) },
  {
    route: 'DELETE /api/organizations/:organization_id/domains/:id/',
    success: 204,
    setup: async ({ db, tenant }) => ({ domainId: (await insertDomain(db, tenant.organizationId, { verified: true })).id }),
  },
  { route: 'POST /api/organizations/:organization_id/domains/:id/verify/', success: 200 },
  { route: 'POST /api/organizations/:organization_id/domains/:id/scim/token/', success: 200 },
  { route: 'GET /api/organizations/:organization_id/domains/:id/scim/logs/', success: 200 },
]);
