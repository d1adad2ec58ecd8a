// Who may use the organization routes: the shared matrix, plus what PostHog checks first and
// how keys narrowed to organizations or projects see them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Level } from '../access/levels.ts';
import { client } from '../../test/support/app.ts';
import { addMember, assertError, createOrganizationRow, seedKey } from '../../test/support/fixtures.ts';
import { securityMatrix } from '../../test/support/security-matrix.ts';

const matrix = securityMatrix('organizations', [
  // Listed before the create: a user of no organization stays in none until then.
  { route: 'GET /api/organizations/', success: 200 },
  { route: 'POST /api/organizations/', success: 201, body: () => ({ name: 'Made by the matrix' }) },
  { route: 'GET /api/organizations/:id/', success: 200 },
  { route: 'PATCH /api/organizations/:id/', success: 200, body: () => ({ name: 'Renamed by the matrix' }) },
  { route: 'PUT /api/organizations/:id/', success: 200, body: () => ({ name: 'Replaced by the matrix' }) },
  {
    route: 'DELETE /api/organizations/:id/',
    success: 204,
    replacesOrganization: true,
    // An organization of its own each time, with the tenant's people at their levels.
    setup: async ({ db, tenant }) => {
      const organizationId = await createOrganizationRow(db, tenant.owner.id, 'Doomed');
      await addMember(db, organizationId, tenant.admin.id, Level.Admin);
      await addMember(db, organizationId, tenant.member.id, Level.Member);
      return { organizationId };
    },
  },
]);

describe('organizations: what PostHog checks first, and narrowed keys', () => {
  it('answers 403 to a member before looking at the body, writing nothing', async () => {
    const { app, db, world } = matrix();
    const url = `/api/organizations/${world.a.organizationId}/`;
    assertError(await client(app, world.a.member.key.value).patch(url, { name: 42 }), 403, {
      code: 'permission_denied',
      detail: 'Your organization access level is insufficient.',
    });
    const row = await db.selectFrom('organizations').select('name').where('id', '=', world.a.organizationId).executeTakeFirstOrThrow();
    assert.notEqual(row.name, 42);
  });

  it("narrows the list to a key's scoped organizations, and answers 404 for the others", async () => {
    const { app, db, world } = matrix();
    const second = await createOrganizationRow(db, world.a.owner.id, 'Out of scope');
    const scoped = client(app, (await seedKey(db, world.a.owner.id, ['organization:read'], { scopedOrganizations: [world.a.organizationId] })).value);
    const listed = await scoped.get('/api/organizations/');
    assert.deepEqual(
      listed.body.results.map((organization: { id: string }) => organization.id),
      [world.a.organizationId],
    );
    assert.equal((await scoped.get(`/api/organizations/${world.a.organizationId}/`)).status, 200);
    assertError(await scoped.get(`/api/organizations/${second}/`), 404, { code: 'not_found' });
  });

  it('answers 403 to keys scoped to projects', async () => {
    const { app, db, world } = matrix();
    const key = await seedKey(db, world.a.owner.id, ['organization:read'], { scopedTeams: [world.a.projectId] });
    assertError(await client(app, key.value).get(`/api/organizations/${world.a.organizationId}/`), 403, {
      detail: 'API keys with scoped projects are only supported on project-based endpoints.',
    });
  });
});
