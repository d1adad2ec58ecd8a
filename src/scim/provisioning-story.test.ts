// An identity provider runs an organization for a while: 50 people and 5 teams pushed, a team
// renamed, people moved between teams, some leave (deactivated), some come back, some are
// deleted. After each step orgbase's own API (members, roles, audit log) tells the same story.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { GROUP_SCHEMA, PATCH_SCHEMA, scimTenant, scimUser, type ScimTenant } from '../../test/support/scim.ts';

let harness: TestApp;
let tenant: ScimTenant;
const people: { id: string; email: string }[] = [];
const teams: { id: string; name: string }[] = [];
const patch = (...Operations: unknown[]) => ({ schemas: [PATCH_SCHEMA], Operations });

before(async () => {
  harness = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0, scimRateLimitPerMinute: 0 });
  tenant = await scimTenant(harness.app, harness.db, 'story.example.com');
});
after(() => harness?.close());

async function members(): Promise<Map<string, number>> {
  const page = await tenant.api.get(`/api/organizations/${tenant.organizationId}/members/?limit=200`);
  assert.equal(page.status, 200);
  return new Map(page.body.results.map((member: { user: { email: string }; level: number }) => [member.user.email, member.level]));
}

async function roles(): Promise<Map<string, string[]>> {
  const page = await tenant.api.get(`/api/organizations/${tenant.organizationId}/roles/?limit=100`);
  return new Map(
    page.body.results.map((role: { name: string; members: { user: { email: string } }[] }) => [
      role.name,
      role.members.map((member) => member.user.email).sort(),
    ]),
  );
}

const emailsOf = (indexes: number[]) => indexes.map((index) => people[index]!.email).sort();
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => from + index);

describe("a provisioning story, checked through orgbase's own API", () => {
  it('creates 50 users and 5 groups of 10', async () => {
    for (let index = 0; index < 50; index++) {
      const email = `person.${String(index).padStart(2, '0')}@story.example.com`;
      const created = await tenant.scim.post('/Users', scimUser(email, { externalId: `okta-${index}` }));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      people.push({ id: created.body.id, email });
    }
    for (let team = 0; team < 5; team++) {
      const name = `Team ${team}`;
      const created = await tenant.scim.post('/Groups', {
        schemas: [GROUP_SCHEMA],
        displayName: name,
        members: range(team * 10, team * 10 + 10).map((index) => ({ value: people[index]!.id })),
      });
      assert.equal(created.status, 201);
      teams.push({ id: created.body.id, name });
    }
    const listed = await members();
    assert.equal(listed.size, 51);
    for (const person of people) assert.equal(listed.get(person.email), 1, `${person.email} is a plain member`);
    const byRole = await roles();
    for (let team = 0; team < 5; team++) assert.deepEqual(byRole.get(`Team ${team}`), emailsOf(range(team * 10, team * 10 + 10)));
    assert.equal((await tenant.scim.get('/Users?count=200')).body.totalResults, 51);
  });

  it('renames a group and a person', async () => {
    const renamed = await tenant.scim.patch(`/Groups/${teams[0]!.id}`, patch({ op: 'replace', path: 'displayName', value: 'Platform' }));
    assert.equal(renamed.status, 200);
    teams[0]!.name = 'Platform';
    const byRole = await roles();
    assert.ok(byRole.has('Platform') && !byRole.has('Team 0'));
    await tenant.scim.patch(`/Users/${people[3]!.id}`, patch({ op: 'replace', value: { 'name.givenName': 'Ada', 'name.familyName': 'Lovelace' } }));
    const page = await tenant.api.get(`/api/organizations/${tenant.organizationId}/members/?limit=200`);
    const ada = page.body.results.find((member: { user: { email: string } }) => member.user.email === people[3]!.email);
    assert.equal(ada.user.first_name, 'Ada');
    assert.equal(ada.user.last_name, 'Lovelace');
  });

  it('moves people between groups', async () => {
    for (const index of [0, 1, 2]) {
      assert.equal((await tenant.scim.patch(`/Groups/${teams[0]!.id}`, patch({ op: 'remove', path: `members[value eq "${people[index]!.id}"]` }))).status, 200);
      assert.equal(
        (await tenant.scim.patch(`/Groups/${teams[1]!.id}`, patch({ op: 'add', path: 'members', value: [{ value: people[index]!.id }] }))).status,
        200,
      );
    }
    const byRole = await roles();
    assert.deepEqual(byRole.get('Platform'), emailsOf(range(3, 10)));
    assert.deepEqual(byRole.get('Team 1'), emailsOf([0, 1, 2, ...range(10, 20)]));
    const user = await tenant.scim.get(`/Users/${people[0]!.id}`);
    assert.deepEqual(
      user.body.groups.map((group: { display: string }) => group.display),
      ['Team 1'],
    );
  });

  it('deactivates five people: no longer members, out of their groups, still known to SCIM', async () => {
    for (const index of [10, 11, 20, 30, 40]) {
      const answer = await tenant.scim.patch(`/Users/${people[index]!.id}`, patch({ op: 'replace', value: { active: false } }));
      assert.equal(answer.body.active, false);
    }
    const listed = await members();
    assert.equal(listed.size, 46);
    for (const index of [10, 11, 20, 30, 40]) assert.ok(!listed.has(people[index]!.email));
    const byRole = await roles();
    assert.deepEqual(byRole.get('Team 1'), emailsOf([0, 1, 2, ...range(12, 20)]));
    assert.deepEqual(byRole.get('Team 4'), emailsOf(range(41, 50)));
    assert.equal((await tenant.scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${people[10]!.email}"`)}`)).body.Resources[0].active, false);
    assert.equal((await tenant.scim.get(`/Users?filter=${encodeURIComponent('active eq false')}`)).body.totalResults, 5);
  });

  it('reactivates two of them as plain members, without their old groups', async () => {
    for (const index of [10, 20]) {
      const answer = await tenant.scim.put(`/Users/${people[index]!.id}`, scimUser(people[index]!.email, { active: true }));
      assert.equal(answer.body.active, true);
      assert.deepEqual(answer.body.groups, []);
    }
    const listed = await members();
    assert.equal(listed.size, 48);
    assert.equal(listed.get(people[10]!.email), 1);
  });

  it('deletes three people: gone from SCIM and from the organization, their accounts kept', async () => {
    for (const index of [11, 45, 46]) assert.equal((await tenant.scim.delete(`/Users/${people[index]!.id}`)).status, 204);
    const listed = await members();
    assert.equal(listed.size, 46);
    for (const index of [11, 45, 46]) {
      assert.equal((await tenant.scim.get(`/Users/${people[index]!.id}`)).status, 404);
      assert.ok(!listed.has(people[index]!.email));
      assert.ok(await harness.db.selectFrom('users').select('id').where('uuid', '=', people[index]!.id).executeTakeFirst());
    }
    assert.deepEqual((await roles()).get('Team 4'), emailsOf([41, 42, 43, 44, 47, 48, 49]));
    // A deleted person can be provisioned again (the same account, adopted).
    const again = await tenant.scim.post('/Users', scimUser(people[45]!.email));
    assert.equal(again.status, 201);
    assert.equal(again.body.id, people[45]!.id);
  });

  it('wrote the story to the audit log, every row by the domain with a scim- request id', async () => {
    const audit = await tenant.api.get(`/api/organizations/${tenant.organizationId}/audit_log/?limit=500&target_type=scim_user`);
    const count = (action: string) => audit.body.results.filter((row: { action: string }) => row.action === action).length;
    assert.equal(count('scim_user.provisioned'), 51);
    assert.equal(count('scim_user.deactivated'), 5);
    assert.equal(count('scim_user.reactivated'), 2);
    assert.equal(count('scim_user.deleted'), 3);
    for (const row of audit.body.results) {
      assert.equal(row.actor.domain_id, tenant.domainId);
      assert.match(row.request_id, /^scim-/);
    }
  });
});
