// The organization list cache: its freshness rules without a database, then every write that
// changes a user's list, made through the API or a unit, seen by the next list on both
// databases. The two-process behaviour is test/real-use/representation-freshness.test.ts's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, seedKey, createUserWithKey } from '../../test/support/fixtures.ts';
import { Invalidation } from '../db/invalidation.ts';
import { CHANGE_TOPICS } from '../db/process-cache.ts';
import { OrganizationLists } from './list-cache.ts';
import type { ListedMembership } from './list-repository.ts';

const ORG = '01a24ade-6853-7039-ad39-8a1354d8a639';
const OTHER = '01a24ade-6853-7039-ad39-8a1354d8a640';
const row = (id: string, nameRank = 1, createdRank = 1): ListedMembership => ({ id, level: 1, foldedName: 'x', nameRank, createdRank });

describe('the organization list cache', () => {
  it('keeps a list and a page read before no invalidation, and forgets them on any organization notification', () => {
    const channel = Invalidation.local();
    const lists = new OrganizationLists(channel);
    lists.fill(1, [row(ORG)], lists.generation);
    lists.fillPage('1\n\nurl', Buffer.from('{}'), lists.generation);
    assert.equal(lists.get(1)?.byId.length, 1);
    assert.ok(lists.page('1\n\nurl'));
    // An organization the list does not hold: a membership added there names no user.
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${OTHER} other-process.1`);
    assert.equal(lists.get(1), undefined);
    assert.equal(lists.page('1\n\nurl'), undefined);
    lists.close();
  });

  it('does not keep a list read before an invalidation, nor while the channel is not proven', () => {
    const channel = Invalidation.local();
    const lists = new OrganizationLists(channel);
    const generation = lists.generation;
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} other-process.1`);
    lists.fill(1, [row(ORG)], generation);
    assert.equal(lists.get(1), undefined);
    channel.connected = false;
    lists.fill(1, [row(ORG)], lists.generation);
    assert.equal(lists.get(1), undefined);
    lists.close();
  });

  it("keeps no list while any organization's write is open, until it commits here or is heard", () => {
    const channel = Invalidation.local();
    const lists = new OrganizationLists(channel);
    lists.beginWrite([OTHER], 'this-process.1');
    lists.fill(1, [row(ORG)], lists.generation);
    assert.equal(lists.get(1), undefined, 'a read during the write (of another organization) is not kept');
    lists.committed([OTHER], 'this-process.1');
    lists.fill(1, [row(ORG)], lists.generation);
    assert.equal(lists.get(1)?.byId.length, 1, "kept once this process's write committed");
    // A sibling worker's write: only its notification lifts the mark.
    lists.beginWrite([OTHER], 'sibling.1');
    lists.fill(1, [row(ORG)], lists.generation);
    assert.equal(lists.get(1), undefined);
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${OTHER} sibling.1`);
    lists.fill(1, [row(ORG)], lists.generation);
    assert.equal(lists.get(1)?.byId.length, 1);
    lists.close();
  });

  it('orders ties by id both ways, as `ORDER BY lower(name) DESC, id`', () => {
    const lists = new OrganizationLists(Invalidation.local());
    const organizations = lists.fill(1, [row('a', 1, 2), row('b', 2, 1), row('c', 1, 3)], lists.generation);
    const ids = (ordering: Parameters<typeof organizations.ordered>[0]) => organizations.ordered(ordering).map((m) => m.id);
    assert.deepEqual(ids(undefined), ['a', 'b', 'c']);
    assert.deepEqual(ids('name'), ['a', 'c', 'b']);
    assert.deepEqual(ids('-name'), ['b', 'a', 'c']);
    assert.deepEqual(ids('created_at'), ['b', 'a', 'c']);
    assert.deepEqual(ids('-created_at'), ['c', 'a', 'b']);
    lists.close();
  });
});

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

/** An owner with an organization, and a member of it whose list is the one read. */
async function world(name = 'Listed') {
  const owner = await createUserWithKey(t.db);
  const ownerApi = client(t.app, owner.key);
  const created = await ownerApi.post('/api/organizations/', { name });
  assert.equal(created.status, 201);
  const member = await createUserWithKey(t.db);
  await addMember(t.db, created.body.id, member.user.id, 1);
  return { owner, ownerApi, organization: created.body, member, memberApi: client(t.app, member.key) };
}

/** The list twice (the second from memory when nothing changed), both answers equal. */
async function listed(api: ReturnType<typeof client>, query = '') {
  const first = await api.get(`/api/organizations/${query}`);
  const second = await api.get(`/api/organizations/${query}`);
  assert.deepEqual(second.body, first.body);
  return first;
}
const ids = (response: { body: any }) => response.body.results.map((organization: any) => organization.id);

describe('GET /api/organizations/ from memory stays fresh', () => {
  it('is served from memory: a rename behind the app (SQL) is not seen, the same through the API is', async () => {
    const { ownerApi, organization, memberApi } = await world('Before');
    await listed(memberApi);
    await t.db.updateTable('organizations').set({ name: 'Behind the back' }).where('id', '=', organization.id).execute();
    assert.equal((await memberApi.get('/api/organizations/')).body.results[0].name, 'Before', 'the list comes from memory');
    assert.equal((await ownerApi.patch(`/api/organizations/${organization.id}/`, { name: 'Renamed' })).status, 200);
    assert.equal((await memberApi.get('/api/organizations/')).body.results[0].name, 'Renamed');
    assert.equal((await memberApi.get('/api/organizations/?search=renam')).body.count, 1, 'the search sees the new name');
    assert.equal((await memberApi.get('/api/organizations/?search=befo')).body.count, 0);
  });

  it('a membership added (a unit) to an organization the cached list lacks', async () => {
    const { memberApi, member } = await world();
    assert.equal((await listed(memberApi)).body.count, 1);
    const other = await world('Other');
    await addMember(t.db, other.organization.id, member.user.id, 8);
    const after = await memberApi.get('/api/organizations/');
    assert.equal(after.body.count, 2);
    assert.equal(after.body.results.find((o: any) => o.id === other.organization.id)?.membership_level, 8);
  });

  it("a member's level changed and the member removed (API); with none left, PostHog's 404", async () => {
    const { ownerApi, organization, member, memberApi } = await world();
    assert.equal((await listed(memberApi)).body.results[0].membership_level, 1);
    assert.equal((await ownerApi.patch(`/api/organizations/${organization.id}/members/${member.user.uuid}/`, { level: 8 })).status, 200);
    assert.equal((await memberApi.get('/api/organizations/')).body.results[0].membership_level, 8);
    await listed(memberApi);
    assert.equal((await ownerApi.delete(`/api/organizations/${organization.id}/members/${member.user.uuid}/`)).status, 204);
    assertError(await memberApi.get('/api/organizations/'), 404, { detail: 'You need to belong to an organization.' });
  });

  it('an organization created and deleted (API)', async () => {
    const { owner, ownerApi, organization } = await world('First');
    assert.deepEqual(ids(await listed(ownerApi)), [organization.id]);
    const second = await ownerApi.post('/api/organizations/', { name: 'second' });
    assert.equal(second.status, 201);
    assert.deepEqual(ids(await listed(ownerApi)), [organization.id, second.body.id]);
    assert.deepEqual(ids(await listed(ownerApi, '?ordering=-name')), [second.body.id, organization.id]);
    assert.equal((await ownerApi.delete(`/api/organizations/${organization.id}/`)).status, 204);
    assert.deepEqual(ids(await ownerApi.get('/api/organizations/')), [second.body.id]);
    assert.deepEqual(ids(await ownerApi.get('/api/organizations/?ordering=-name')), [second.body.id]);
    assert.equal((await client(t.app, owner.key).get('/api/organizations/?limit=1&offset=1')).body.count, 1);
  });

  it("a key scoped to organizations lists only those; the same user's other key all", async () => {
    const { owner, ownerApi, organization } = await world('Scoped one');
    const second = (await ownerApi.post('/api/organizations/', { name: 'Scoped two' })).body;
    assert.equal((await listed(ownerApi)).body.count, 2);
    const narrow = client(t.app, (await seedKey(t.db, owner.user.id, ['*'], { scopedOrganizations: [second.id.toUpperCase()] })).value);
    assert.deepEqual(ids(await listed(narrow)), [second.id]);
    assert.deepEqual(ids(await listed(ownerApi)), [organization.id, second.id]);
  });

  it('orders and searches as the SQL list did: case folded, ties by id, pages and totals', async () => {
    const { ownerApi } = await world('beta');
    const made: Record<string, string> = {};
    for (const name of ['Alpha', 'alpha', 'Gamma', 'al_pha', '100%']) made[name] = (await ownerApi.post('/api/organizations/', { name })).body.id;
    const names = async (query: string) => (await listed(ownerApi, query)).body.results.map((o: any) => o.name);
    assert.deepEqual(await names('?ordering=name'), ['100%', 'al_pha', 'Alpha', 'alpha', 'beta', 'Gamma']);
    assert.deepEqual(await names('?ordering=-name'), ['Gamma', 'beta', 'Alpha', 'alpha', 'al_pha', '100%']);
    assert.deepEqual(await names('?search=ALP'), ['Alpha', 'alpha']);
    assert.deepEqual(await names('?search=_'), ['al_pha'], "LIKE's wildcards are literal");
    assert.deepEqual(await names('?search=%25'), ['100%']);
    const page = await listed(ownerApi, '?ordering=name&limit=2&offset=2');
    assert.deepEqual(
      page.body.results.map((o: any) => o.name),
      ['Alpha', 'alpha'],
    );
    assert.equal(page.body.count, 6);
    assert.match(page.body.next, /limit=2&offset=4&ordering=name/);
    assert.equal((await listed(ownerApi, '?search=alp&offset=50')).body.count, 2, 'a page past the end has its total');
  });
});
