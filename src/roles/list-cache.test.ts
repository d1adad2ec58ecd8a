// The roles page from memory (issue 27): the per-organization page cache's rules without a
// database, then every write that changes a roles page, made through the API, seen by the
// next read on both databases. The two-process behaviour is
// test/real-use/representation-freshness.test.ts's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client } from '../../test/support/app.ts';
import { startCachedApp, type CachedApp } from '../../test/support/cached-app.ts';
import { addMember, createUserWithKey } from '../../test/support/fixtures.ts';
import { Invalidation } from '../db/invalidation.ts';
import { OrganizationPages } from '../db/organization-pages.ts';
import { CHANGE_TOPICS } from '../db/process-cache.ts';
import { createWrites } from '../writes/unit-of-work.ts';

const ORG = '01a24ade-6853-7039-ad39-8a1354d8a639';
const OTHER = '01a24ade-6853-7039-ad39-8a1354d8a640';
const read = (text: string, count = 1) => ({ bytes: Buffer.from(text), count });

let t: CachedApp;
before(async () => {
  t = await startCachedApp();
});
after(() => t.close());

describe('the per-organization page cache', () => {
  it("keeps an organization's pages by shape and drops them with it alone", () => {
    const channel = Invalidation.local();
    const pages = new OrganizationPages(channel, { oneStatementAtATime: false });
    pages.fill(ORG, '|100|0', read('[1]'), pages.generation);
    pages.fill(OTHER, '|100|0', read('[2]'), pages.generation);
    assert.equal(pages.get(ORG, '|100|0')?.bytes.toString(), '[1]');
    assert.equal(pages.get(ORG, 'name|100|0'), undefined);
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} other-process.1`);
    assert.equal(pages.get(ORG, '|100|0'), undefined);
    assert.equal(pages.get(OTHER, '|100|0')?.count, 1);
    pages.close();
  });

  it('keeps nothing read before an invalidation, while a write of the organization is open, or while the channel is down', async () => {
    const channel = Invalidation.local();
    const pages = new OrganizationPages(channel, { oneStatementAtATime: false });
    const generation = pages.generation;
    const third = '01a24ade-6853-7039-ad39-8a1354d8a641';
    await createWrites(t.db, [pages]).run(null, async (unit) => unit.changed('organization', OTHER));
    pages.fill(ORG, 'a', read('[]'), generation);
    assert.equal(pages.get(ORG, 'a'), undefined, 'a read begun before the write');
    pages.beginWrite([ORG], 'this-process.1');
    pages.fill(ORG, 'a', read('[]'), pages.generation);
    assert.equal(pages.get(ORG, 'a'), undefined, 'a read during the write');
    pages.fill(third, 'a', read('[]'), pages.generation);
    assert.ok(pages.get(third, 'a'), "another organization's read is kept");
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} this-process.1`);
    pages.fill(ORG, 'a', read('[]'), pages.generation);
    assert.ok(pages.get(ORG, 'a'), 'kept once the write was heard');
    channel.connected = false;
    pages.fill(ORG, 'b', read('[]'), pages.generation);
    assert.equal(pages.get(ORG, 'b'), undefined);
    pages.close();
  });

  it('is bounded: reads per organization, organizations, bytes', () => {
    const pages = new OrganizationPages(Invalidation.local(), { oneStatementAtATime: false, maxPerOrganization: 2, maxOrganizations: 2, maxBytes: 10 });
    pages.fill(ORG, 'a', read('[1]'), pages.generation);
    pages.fill(ORG, 'b', read('[2]'), pages.generation);
    pages.fill(ORG, 'c', read('[3]'), pages.generation);
    assert.equal(pages.get(ORG, 'a'), undefined, "the organization's reads started over");
    assert.ok(pages.get(ORG, 'c'));
    pages.fill(OTHER, 'a', read('[4]'), pages.generation);
    pages.fill('01a24ade-6853-7039-ad39-8a1354d8a641', 'a', read('[5]'), pages.generation);
    assert.equal(pages.get(ORG, 'c'), undefined, 'past two organizations, all started over');
    pages.fill(OTHER, 'b', read('[1234567]'), pages.generation);
    assert.equal(pages.get(OTHER, 'a'), undefined, 'past ten bytes, all started over');
    pages.fill(OTHER, 'big', read('[123456789]'), pages.generation);
    assert.equal(pages.get(OTHER, 'big'), undefined, 'a read larger than the bound is not kept');
    pages.close();
  });
});

/** An owner and a member of a new organization, with a role holding the member. */
async function world() {
  const owner = await createUserWithKey(t.db);
  const ownerApi = client(t.app, owner.key);
  const organization = (await ownerApi.post('/api/organizations/', { name: 'Roles' })).body;
  const member = await createUserWithKey(t.db);
  await addMember(t.db, organization.id, member.user.id, 1);
  const roles = `/api/organizations/${organization.id}/roles/`;
  const role = (await ownerApi.post(roles, { name: 'Readers' })).body;
  const added = await ownerApi.post(`${roles}${role.id}/role_memberships/`, { user_uuid: member.user.uuid });
  assert.equal(added.status, 201);
  return { owner, ownerApi, organization, member, memberApi: client(t.app, member.key), roles, role, membershipId: added.body.id as string };
}

/** The roles page as `key` reads it once it comes from memory. */
const page = (key: string, url: string) => t.fromMemory(key, url);
const membersOf = (body: any, roleId: string) => body.results.find((role: any) => role.id === roleId)?.members.map((m: any) => m.user.uuid) ?? [];

// Each write is followed at once by a read on the same app: the process that acknowledged a
// write never answers from before it. Before each write the page is proven to come from memory.
describe('GET /api/organizations/:id/roles/ from memory stays fresh', () => {
  it('is served from memory: a rename behind the app (SQL) is not seen, the same through the API is', async () => {
    const { ownerApi, memberApi, member, roles, role } = await world();
    await page(member.key, roles);
    await t.db.updateTable('roles').set({ name: 'Behind the back' }).where('id', '=', role.id).execute();
    assert.equal((await memberApi.get(roles)).body.results[0].name, 'Readers', 'the page comes from memory');
    assert.equal((await ownerApi.patch(`${roles}${role.id}/`, { name: 'Writers' })).status, 200);
    assert.equal((await memberApi.get(roles)).body.results[0].name, 'Writers');
    await page(member.key, roles);
    assert.equal((await ownerApi.put(`${roles}${role.id}/`, { name: 'Editors' })).status, 200);
    assert.equal((await memberApi.get(roles)).body.results[0].name, 'Editors');
  });

  it('roles created and deleted; the count and the pages', async () => {
    const { ownerApi, memberApi, member, roles, role } = await world();
    assert.equal((await page(member.key, `${roles}?limit=1`)).count, 1);
    const second = (await ownerApi.post(roles, { name: 'Second' })).body;
    const paged = (await memberApi.get(`${roles}?limit=1`)).body;
    assert.equal(paged.count, 2);
    assert.match(paged.next, /limit=1&offset=1/);
    assert.deepEqual(
      (await page(member.key, `${roles}?ordering=-name`)).results.map((r: any) => r.name),
      ['Second', 'Readers'],
    );
    await page(member.key, `${roles}?limit=1`);
    assert.equal((await ownerApi.delete(`${roles}${role.id}/`)).status, 204);
    assert.deepEqual(
      (await memberApi.get(`${roles}?ordering=-name`)).body.results.map((r: any) => r.id),
      [second.id],
    );
    assert.equal((await memberApi.get(`${roles}?limit=1`)).body.count, 1);
  });

  it('role memberships added and removed (one statement each) and replaced', async () => {
    const { owner, ownerApi, memberApi, roles, role, member, membershipId } = await world();
    assert.deepEqual(membersOf(await page(member.key, roles), role.id), [member.user.uuid]);
    const memberships = `${roles}${role.id}/role_memberships/`;
    assert.equal((await ownerApi.delete(`${memberships}${membershipId}/`)).status, 204);
    assert.deepEqual(membersOf((await memberApi.get(roles)).body, role.id), []);
    await page(member.key, roles);
    assert.equal((await ownerApi.post(memberships, { user_uuid: owner.user.uuid })).status, 201);
    assert.deepEqual(membersOf((await memberApi.get(roles)).body, role.id), [owner.user.uuid]);
    await page(member.key, roles);
    assert.equal((await ownerApi.put(memberships, { user_uuids: [member.user.uuid] })).status, 200);
    assert.deepEqual(membersOf((await memberApi.get(roles)).body, role.id), [member.user.uuid]);
  });

  it("a member's level and names changed, and the member removed", async () => {
    const { owner, ownerApi, memberApi, organization, roles, role, member } = await world();
    const shown = (body: any) => body.results.find((r: any) => r.id === role.id).members[0]?.organization_member;
    assert.equal(shown(await page(owner.key, roles)).level, 1);
    assert.equal((await ownerApi.patch(`/api/organizations/${organization.id}/members/${member.user.uuid}/`, { level: 8 })).status, 200);
    assert.equal(shown((await ownerApi.get(roles)).body).level, 8);
    await page(owner.key, roles);
    assert.equal((await memberApi.patch('/api/users/@me/', { first_name: 'Renamed' })).status, 200);
    assert.equal(shown((await ownerApi.get(roles)).body).user.first_name, 'Renamed');
    await page(owner.key, roles);
    assert.equal((await ownerApi.delete(`/api/organizations/${organization.id}/members/${member.user.uuid}/`)).status, 204);
    assert.equal(shown((await ownerApi.get(roles)).body), undefined);
  });

  it("a role's creator renamed after leaving the organization (its created_by)", async () => {
    const { owner, organization, roles } = await world();
    const admin = await createUserWithKey(t.db);
    await addMember(t.db, organization.id, admin.user.id, 8);
    const adminApi = client(t.app, admin.key);
    const made = (await adminApi.post(roles, { name: 'Made by the admin' })).body;
    assert.equal((await adminApi.delete(`/api/organizations/${organization.id}/members/@me/`)).status, 204);
    const creator = (body: any) => body.results.find((r: any) => r.id === made.id).created_by;
    assert.equal(creator(await page(owner.key, roles)).uuid, admin.user.uuid);
    assert.equal((await adminApi.patch('/api/users/@me/', { last_name: 'Gone' })).status, 200);
    assert.equal(creator((await client(t.app, owner.key).get(roles)).body).last_name, 'Gone');
  });
});
