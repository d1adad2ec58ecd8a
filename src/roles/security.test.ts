// Who may use the role routes: the shared matrix, plus what PostHog checks first.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { client } from '../../test/support/app.ts';
import { assertError } from '../../test/support/fixtures.ts';
import { createRoleRow } from '../../test/support/roles.ts';
import { securityMatrix } from '../../test/support/security-matrix.ts';

const unique = (prefix: string) => `${prefix} ${randomBytes(4).toString('hex')}`;

const matrix = securityMatrix('roles', [
  { route: 'GET /api/organizations/:organization_id/roles/', success: 200 },
  { route: 'POST /api/organizations/:organization_id/roles/', success: 201, body: () => ({ name: unique('New') }) },
  { route: 'GET /api/organizations/:organization_id/roles/:id/', success: 200 },
  { route: 'PATCH /api/organizations/:organization_id/roles/:id/', success: 200, body: () => ({ name: unique('Renamed') }) },
  { route: 'PUT /api/organizations/:organization_id/roles/:id/', success: 200, body: () => ({ name: unique('Replaced') }) },
  {
    route: 'DELETE /api/organizations/:organization_id/roles/:id/',
    success: 204,
    setup: async ({ db, tenant }) => ({ roleId: await createRoleRow(db, tenant.organizationId, unique('Doomed')) }),
  },
]);

describe('roles: what PostHog checks before the body', () => {
  it('answers 404 to a non-member and 403 to a member even when the body is invalid', async () => {
    const { app, world } = matrix();
    const url = `/api/organizations/${world.a.organizationId}/roles/`;
    assertError(await client(app, world.stranger.key.value).post(url, {}), 404, { code: 'not_found' });
    assertError(await client(app, world.a.member.key.value).post(url, {}), 403, { detail: 'Your organization access level is insufficient.' });
  });

  it("follows the organization in the URL: through @current another tenant's owner sees only their own roles", async () => {
    const { app, db, world } = matrix();
    assertError(await client(app, world.b.owner.key.value).post(`/api/organizations/${world.a.organizationId}/roles/`, { name: unique('Sneaky') }), 404, {
      code: 'not_found',
    });
    const listed = await client(app, world.b.owner.key.value).get('/api/organizations/@current/roles/');
    assert.equal(listed.status, 200);
    assert.ok(listed.body.count >= 1);
    const rolesOfA = await db.selectFrom('roles').select('id').where('organization_id', '=', world.a.organizationId).execute();
    const text = JSON.stringify(listed.body);
    for (const identifier of [...world.a.identifiers, ...rolesOfA.map((role) => role.id)]) {
      assert.ok(!text.includes(identifier), `B's answer names A's ${identifier}`);
    }
  });
});
