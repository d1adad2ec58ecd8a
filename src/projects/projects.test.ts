import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Level } from '../access/levels.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, seedKey, createUser } from '../../test/support/fixtures.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const PROJECT_FIELDS = [
  'access_control',
  'anonymize_ips',
  'api_token',
  'completed_snippet_onboarding',
  'created_at',
  'has_completed_onboarding_for',
  'id',
  'ingested_event',
  'is_demo',
  'name',
  'organization',
  'timezone',
  'uuid',
];

/** An organization made through the API (so with its default project), with an admin and a member. */
async function world() {
  const owner = await createUser(t.db);
  const ownerKey = (await seedKey(t.db, owner.id, ['*'])).value;
  const created = await client(t.app, ownerKey).post('/api/organizations/', { name: 'Projects org' });
  assert.equal(created.status, 201);
  const organizationId: string = created.body.id;
  const defaultProjectId: number = created.body.projects[0].id;
  const admin = await createUser(t.db);
  const member = await createUser(t.db);
  await addMember(t.db, organizationId, admin.id, Level.Admin);
  await addMember(t.db, organizationId, member.id, Level.Member);
  const outsider = await createUser(t.db);
  return {
    organizationId,
    defaultProjectId,
    owner: client(t.app, ownerKey),
    admin: client(t.app, (await seedKey(t.db, admin.id, ['project:write', 'user:read', 'organization:read'])).value),
    member: client(t.app, (await seedKey(t.db, member.id, ['project:write', 'user:read'])).value),
    outsider: client(t.app, (await seedKey(t.db, outsider.id, ['*'])).value),
    adminUser: admin,
    url: `/api/organizations/${organizationId}/projects/`,
  };
}

async function auditOf(targetId: string) {
  return t.db.selectFrom('audit_log').selectAll().where('target_id', '=', targetId).orderBy('id').execute();
}

describe('projects of an organization', () => {
  it("lists the default project an organization is created with, paginated, with its team's id", async () => {
    const w = await world();
    const listed = await w.member.get(w.url);
    assert.equal(listed.status, 200);
    assert.equal(listed.body.count, 1);
    assert.equal(listed.body.next, null);
    const [project] = listed.body.results;
    assert.deepEqual(Object.keys(project).sort(), PROJECT_FIELDS);
    assert.equal(project.id, w.defaultProjectId);
    assert.equal(project.name, 'Default project');
    assert.equal(project.organization, w.organizationId);
    assert.match(project.api_token, /^phc_/);
    const team = await t.db.selectFrom('teams').selectAll().where('id', '=', project.id).executeTakeFirstOrThrow();
    assert.equal(team.project_id, project.id);
    assert.equal(team.uuid, project.uuid);
  });

  it('lets an admin create a project with its team of the same id, audited, shown on the organization and made current', async () => {
    const w = await world();
    const created = await w.admin.post(w.url, { name: '  Website  ', timezone: 'Europe/Berlin' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.name, 'Website');
    assert.equal(created.body.timezone, 'Europe/Berlin');
    const team = await t.db.selectFrom('teams').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    assert.deepEqual([team.project_id, team.organization_id, team.name], [created.body.id, w.organizationId, 'Website']);
    assert.deepEqual(
      (await auditOf(String(created.body.id))).map((row) => [row.action, row.organization_id]),
      [['project.created', w.organizationId]],
    );
    const organization = await w.admin.get(`/api/organizations/${w.organizationId}/`);
    assert.deepEqual(
      organization.body.projects.map((p: { id: number }) => p.id),
      [w.defaultProjectId, created.body.id],
    );
    assert.deepEqual(
      organization.body.teams.map((team: { id: number }) => team.id),
      [w.defaultProjectId, created.body.id],
    );
    const me = await w.admin.get('/api/users/@me/');
    assert.equal(me.body.team.id, created.body.id);
    assert.equal(me.body.organization.id, w.organizationId);
    const page = await w.admin.get(`${w.url}?limit=1`);
    assert.equal(page.body.count, 2);
    assert.equal(page.body.results.length, 1);
    assert.match(page.body.next, /limit=1&offset=1$/);
  });

  it('renames a project and its team, honours If-Match, and deletes it with its team', async () => {
    const w = await world();
    const item = `${w.url}${w.defaultProjectId}/`;
    const read = await w.admin.get(item);
    assert.equal(read.status, 200);
    assert.ok(read.headers.etag);
    assert.equal((await w.admin.patch(item, { name: 'Renamed' }, { 'if-match': '"stale"' })).status, 412);
    const renamed = await w.admin.patch(item, { name: 'Renamed', anonymize_ips: 'true' }, { 'if-match': String(read.headers.etag) });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.equal(renamed.body.name, 'Renamed');
    assert.equal(renamed.body.anonymize_ips, true);
    const team = await t.db.selectFrom('teams').select('name').where('id', '=', w.defaultProjectId).executeTakeFirstOrThrow();
    assert.equal(team.name, 'Renamed');
    assertError(await w.admin.patch(item, { timezone: 'Mars/Olympus' }), 400, { code: 'invalid_choice', attr: 'timezone' });
    assertError(await w.admin.patch(item, { name: 'x'.repeat(201) }), 400, { code: 'max_length', attr: 'name' });
    assert.equal((await w.admin.delete(item)).status, 204);
    assert.equal(await t.db.selectFrom('teams').select('id').where('id', '=', w.defaultProjectId).executeTakeFirst(), undefined);
    assertError(await w.admin.get(item), 404, { code: 'not_found' });
    assert.deepEqual(
      (await auditOf(String(w.defaultProjectId))).map((row) => row.action),
      ['project.updated', 'project.deleted'],
    );
  });

  it('serves /api/projects/:id/ and @current to members, and 404 for unknown or malformed ids', async () => {
    const w = await world();
    const got = await w.owner.get(`/api/projects/${w.defaultProjectId}/`);
    assert.equal(got.status, 200);
    assert.equal(got.body.organization, w.organizationId);
    assert.equal((await w.owner.get('/api/projects/@current/')).body.id, w.defaultProjectId);
    assert.equal((await w.member.get(`/api/projects/${w.defaultProjectId}`)).status, 200);
    for (const id of ['999999999', 'abc', '0', '99999999999']) assertError(await w.owner.get(`/api/projects/${id}/`), 404, { code: 'not_found' });
  });
});
