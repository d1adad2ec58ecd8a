// Who may use the project routes: the shared matrix, plus keys scoped to teams.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { client } from '../../test/support/app.ts';
import { assertError, seedKey } from '../../test/support/fixtures.ts';
import { createProjectRow } from '../../test/support/integrations.ts';
import { securityMatrix } from '../../test/support/security-matrix.ts';

const matrix = securityMatrix('projects', [
  { route: 'GET /api/organizations/:organization_id/projects/', success: 200 },
  { route: 'POST /api/organizations/:organization_id/projects/', success: 201, body: () => ({ name: 'Made by the matrix' }) },
  { route: 'GET /api/organizations/:organization_id/projects/:id/', success: 200 },
  { route: 'PATCH /api/organizations/:organization_id/projects/:id/', success: 200, body: () => ({ name: 'Renamed by the matrix' }) },
  {
    route: 'DELETE /api/organizations/:organization_id/projects/:id/',
    success: 204,
    setup: async ({ db, tenant }) => ({ projectId: await createProjectRow(db, tenant.organizationId) }),
  },
  { route: 'GET /api/projects/:id/', success: 200 },
]);

describe('projects: keys scoped to teams', () => {
  it('shows a key scoped to teams only the projects of those teams, and refuses it organization-wide writes', async () => {
    const { app, db, world } = matrix();
    const second = await createProjectRow(db, world.a.organizationId, 'Second');
    const scoped = client(app, (await seedKey(db, world.a.owner.id, ['*'], { scopedTeams: [second] })).value);
    const url = `/api/organizations/${world.a.organizationId}/projects/`;
    const listed = await scoped.get(url);
    assert.deepEqual([listed.body.count, listed.body.results.map((project: { id: number }) => project.id)], [1, [second]]);
    assertError(await scoped.get(`${url}${world.a.projectId}/`), 404, { code: 'not_found' });
    assertError(await scoped.get(`/api/projects/${world.a.projectId}/`), 404, { code: 'not_found' });
    assert.equal((await scoped.get(`/api/projects/${second}/`)).status, 200);
    assertError(await scoped.post(url, { name: 'Outside' }), 403, {
      detail: 'API keys with scoped projects are only supported on project-based endpoints.',
    });
  });
});

describe('keys scoped to projects on organization routes (issue 21)', () => {
  it("refuses the audit log inside its projects' organization and hides it once the project is gone", async () => {
    const { app, db, world } = matrix();
    const project = await createProjectRow(db, world.a.organizationId, 'Only project');
    const key = (await seedKey(db, world.a.owner.id, ['activity_log:read'], { scopedTeams: [project] })).value;
    const url = `/api/organizations/${world.a.organizationId}/audit_log/`;
    assertError(await client(app, key).get(url), 403, { detail: 'API keys with scoped projects are only supported on project-based endpoints.' });
    // Every other organization the user administers is outside the key's reach.
    assertError(await client(app, key).get(`/api/organizations/${world.elsewhereOrganizationId}/audit_log/`), 404, { detail: 'Organization not found.' });
    await db.deleteFrom('teams').where('id', '=', project).execute();
    await db.deleteFrom('projects').where('id', '=', project).execute();
    assertError(await client(app, key).get(url), 404, { detail: 'Organization not found.' });
  });

  it('answers organizations outside its projects the same whether its user is in them or not', async () => {
    const { app, db, world } = matrix();
    const project = await createProjectRow(db, world.a.organizationId, 'Reach');
    const key = client(app, (await seedKey(db, world.a.owner.id, ['project:read'], { scopedTeams: [project] })).value);
    const member = await key.get(`/api/organizations/${world.elsewhereOrganizationId}/projects/`);
    const stranger = await key.get(`/api/organizations/${world.b.organizationId}/projects/`);
    assertError(member, 404, { detail: 'Organization not found.' });
    assert.deepEqual(member.body, stranger.body);
    assert.equal((await key.get(`/api/organizations/${world.a.organizationId}/projects/`)).status, 200);
  });

  it('resolves @current within the reach of a key scoped to organizations', async () => {
    const { app, world } = matrix();
    const key = client(app, world.elsewhereKey.value);
    const members = await key.get('/api/organizations/@current/members/');
    assert.equal(members.status, 200, JSON.stringify(members.body));
    const organization = await key.get('/api/organizations/@current/');
    assert.equal(organization.body.id, world.elsewhereOrganizationId);
  });
});
