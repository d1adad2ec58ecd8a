// Who may use the role-membership routes: the shared matrix, plus what PostHog checks first.
import { describe, it } from 'node:test';
import { client } from '../../test/support/app.ts';
import { assertError } from '../../test/support/fixtures.ts';
import { addRoleMembershipRow, createRoleRow } from '../../test/support/roles.ts';
import { refusal } from '../../test/support/route-expectations.ts';
import { securityMatrix } from '../../test/support/security-matrix.ts';

const matrix = securityMatrix('role memberships', [
  // PostHog filters the list by the role in the URL: another tenant's role lists nothing.
  { route: 'GET /api/organizations/:organization_id/roles/:role_id/role_memberships/', success: 200, foreignId: { roleId: { success: true, status: 200 } } },
  {
    route: 'POST /api/organizations/:organization_id/roles/:role_id/role_memberships/',
    success: 201,
    // A role of its own each time, so every allowed caller can add the same member.
    setup: async ({ db, tenant }) => ({ roleId: await createRoleRow(db, tenant.organizationId) }),
    body: ({ tenant }) => ({ user_uuid: tenant.outsider.uuid }),
    // PostHog validates the role of an add as a field: another tenant's role does not exist.
    foreignId: { roleId: refusal(400, 'invalid_input', 'Role does not exist.') },
  },
  {
    route: 'PUT /api/organizations/:organization_id/roles/:role_id/role_memberships/',
    success: 200,
    body: ({ tenant }) => ({ user_uuids: [tenant.target.uuid, tenant.outsider.uuid] }),
  },
  { route: 'GET /api/organizations/:organization_id/roles/:role_id/role_memberships/:id/', success: 200 },
  {
    route: 'DELETE /api/organizations/:organization_id/roles/:role_id/role_memberships/:id/',
    success: 204,
    setup: async ({ db, tenant }) => {
      const roleId = await createRoleRow(db, tenant.organizationId);
      return { roleId, roleMembershipId: await addRoleMembershipRow(db, roleId, tenant.outsider.id) };
    },
  },
]);

describe('role memberships: what PostHog checks before the body', () => {
  it('answers 404 to a non-member even when the body is invalid, and 403 to a member', async () => {
    const { app, world } = matrix();
    const url = `/api/organizations/${world.a.organizationId}/roles/${world.a.roleId}/role_memberships/`;
    assertError(await client(app, world.stranger.key.value).post(url, { user_uuid: 'nope' }), 404, { code: 'not_found' });
    assertError(await client(app, world.a.member.key.value).post(url, {}), 403, { detail: 'Your organization access level is insufficient.' });
  });
});
