// `@me` and `@current` from memory (issue 27): the per-user cache's rules without a database
// (every organization change drops every user's entries; a user's own change that user's),
// then every write that changes a user's answer, made through the API, seen by the next read
// on both databases. The two-process behaviour is test/real-use/representation-freshness.test.ts's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client } from '../../test/support/app.ts';
import { startCachedApp, type CachedApp } from '../../test/support/cached-app.ts';
import { addMember, createUserWithKey, seedKey } from '../../test/support/fixtures.ts';
import { Invalidation } from '../db/invalidation.ts';
import { CHANGE_TOPICS } from '../db/process-cache.ts';
import { createWrites } from '../writes/unit-of-work.ts';
import { MeCache } from './me-cache.ts';

const ORG = '01a24ade-6853-7039-ad39-8a1354d8a639';
const bytes = (text: string) => ({ payload: Buffer.from(text), etag: `"${text}"` });

let t: CachedApp;
before(async () => {
  t = await startCachedApp();
});
after(() => t.close());

describe('the @me cache', () => {
  it("drops every user's entries on any organization's notification, and one user's on theirs", () => {
    const channel = Invalidation.local();
    const cache = new MeCache(channel, { oneStatementAtATime: false });
    const fill = () => {
      for (const user of [1, 2]) {
        cache.fillMe(user, '*|*', bytes(`me ${user}`), cache.generation);
        cache.fillCurrentOrganization(user, '*|*', ORG, cache.generation);
      }
    };
    fill();
    assert.equal(cache.me(1, '*|*')?.payload.toString(), 'me 1');
    assert.equal(cache.currentOrganization(2, '*|*'), ORG);
    assert.equal(cache.me(1, `${ORG}|*`), undefined, 'another reach');
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} other-process.1`);
    assert.equal(cache.me(1, '*|*'), undefined);
    assert.equal(cache.currentOrganization(2, '*|*'), undefined);
    fill();
    channel.dispatchLocally(CHANGE_TOPICS.user, '1 other-process.2');
    assert.equal(cache.me(1, '*|*'), undefined);
    assert.equal(cache.currentOrganization(1, '*|*'), undefined);
    assert.equal(cache.me(2, '*|*')?.payload.toString(), 'me 2');
    cache.close();
  });

  it("keeps nothing read before an invalidation, while any write is open (an organization's or a user's), or while the channel is down", async () => {
    const channel = Invalidation.local();
    const cache = new MeCache(channel, { oneStatementAtATime: false });
    const generation = cache.generation;
    channel.dispatchLocally(CHANGE_TOPICS.user, '2 other-process.1');
    cache.fillMe(1, '*|*', bytes('old'), generation);
    assert.equal(cache.me(1, '*|*'), undefined, 'read before an invalidation');
    // A user's write on this process: nothing kept until it committed here.
    const writes = createWrites(t.db, [cache, cache.users]);
    await writes.run(null, async (unit) => {
      unit.changed('user', '2');
      await unit.trx.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    });
    cache.fillMe(1, '*|*', bytes('new'), cache.generation);
    assert.equal(cache.me(1, '*|*')?.payload.toString(), 'new', "kept once this process's write committed");
    cache.users.beginWrite(['3'], 'sibling.1');
    cache.fillCurrentOrganization(1, '*|*', ORG, cache.generation);
    assert.equal(cache.currentOrganization(1, '*|*'), undefined, "a sibling worker's write of another user is open");
    channel.dispatchLocally(CHANGE_TOPICS.user, '3 sibling.1');
    cache.beginWrite([ORG], 'sibling.2');
    cache.fillCurrentOrganization(1, '*|*', ORG, cache.generation);
    assert.equal(cache.currentOrganization(1, '*|*'), undefined, "a sibling worker's write of an organization is open");
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} sibling.2`);
    cache.fillCurrentOrganization(1, '*|*', ORG, cache.generation);
    assert.equal(cache.currentOrganization(1, '*|*'), ORG);
    channel.connected = false;
    cache.fillMe(4, '*|*', bytes('down'), cache.generation);
    assert.equal(cache.me(4, '*|*'), undefined);
    cache.close();
  });
});

async function world() {
  const user = await createUserWithKey(t.db);
  const api = client(t.app, user.key);
  const first = (await api.post('/api/organizations/', { name: 'First' })).body;
  const second = (await api.post('/api/organizations/', { name: 'Second' })).body;
  return { user, api, first, second };
}
const organizationIds = (me: any) => me.organizations.map((o: any) => o.id).sort();

describe('GET /api/users/@me/ and @current from memory stay fresh', () => {
  it('are served from memory: a rename behind the app (SQL) is not seen, the same through the API is', async () => {
    const { user, api } = await world();
    await t.fromMemory(user.key, '/api/users/@me/');
    await t.db.updateTable('users').set({ first_name: 'Behind the back' }).where('id', '=', user.user.id).execute();
    assert.equal((await api.get('/api/users/@me/')).body.first_name, 'Test', '@me comes from memory');
    assert.equal((await api.patch('/api/users/@me/', { first_name: 'Renamed' })).status, 200);
    assert.equal((await api.get('/api/users/@me/')).body.first_name, 'Renamed');
  });

  it('set_current_organization and set_current_team: @me and @current at once', async () => {
    const { user, api, first, second } = await world();
    // The organization created last is current.
    assert.equal((await t.fromMemory(user.key, '/api/organizations/@current/')).id, second.id);
    assert.equal((await t.fromMemory(user.key, '/api/users/@me/')).organization.id, second.id);
    assert.equal((await api.patch('/api/users/@me/', { set_current_organization: first.id })).status, 200);
    assert.equal((await api.get('/api/organizations/@current/')).body.id, first.id);
    assert.equal((await api.get(`/api/organizations/@current/members/`)).body.results[0].user.uuid, user.user.uuid);
    assert.equal((await api.get('/api/users/@me/')).body.organization.id, first.id);
    await t.fromMemory(user.key, '/api/organizations/@current/');
    await t.fromMemory(user.key, '/api/users/@me/');
    assert.equal((await api.patch('/api/users/@me/', { set_current_team: String(second.teams[0].id) })).status, 200);
    assert.equal((await api.get('/api/organizations/@current/')).body.id, second.id);
    assert.equal((await api.get('/api/users/@me/')).body.team.id, second.teams[0].id);
  });

  it("the user added to another's organization, renamed there, and removed; a project of the current organization renamed", async () => {
    const { user, api, second } = await world();
    const other = await createUserWithKey(t.db);
    const otherApi = client(t.app, other.key);
    const theirs = (await otherApi.post('/api/organizations/', { name: 'Theirs' })).body;
    assert.equal((await t.fromMemory(user.key, '/api/users/@me/')).organizations.length, 2);
    await addMember(t.db, theirs.id, user.user.id, 1);
    assert.ok(organizationIds((await api.get('/api/users/@me/')).body).includes(theirs.id));
    await t.fromMemory(user.key, '/api/users/@me/');
    assert.equal((await otherApi.patch(`/api/organizations/${theirs.id}/`, { name: 'Theirs, renamed' })).status, 200);
    assert.equal((await api.get('/api/users/@me/')).body.organizations.find((o: any) => o.id === theirs.id).name, 'Theirs, renamed');
    await t.fromMemory(user.key, '/api/users/@me/');
    assert.equal((await otherApi.delete(`/api/organizations/${theirs.id}/members/${user.user.uuid}/`)).status, 204);
    assert.ok(!organizationIds((await api.get('/api/users/@me/')).body).includes(theirs.id));
    await t.fromMemory(user.key, '/api/users/@me/');
    assert.equal((await api.patch(`/api/organizations/${second.id}/projects/${second.teams[0].id}/`, { name: 'Renamed project' })).status, 200);
    assert.equal((await api.get('/api/users/@me/')).body.team.name, 'Renamed project');
  });

  it('the current organization left: @current falls back; a key narrowed to one organization has its own answer', async () => {
    const { user, api, first, second } = await world();
    const narrow = (await seedKey(t.db, user.user.id, ['*'], { scopedOrganizations: [first.id] })).value;
    assert.equal((await t.fromMemory(narrow, '/api/organizations/@current/')).id, first.id);
    assert.deepEqual(organizationIds(await t.fromMemory(narrow, '/api/users/@me/')), [first.id]);
    assert.equal((await t.fromMemory(user.key, '/api/organizations/@current/')).id, second.id);
    const owner = await createUserWithKey(t.db);
    await addMember(t.db, second.id, owner.user.id, 15);
    assert.equal((await api.delete(`/api/organizations/${second.id}/members/@me/`)).status, 400, 'an owner cannot leave');
    assert.equal((await client(t.app, owner.key).patch(`/api/organizations/${second.id}/members/${user.user.uuid}/`, { level: 1 })).status, 200);
    await t.fromMemory(user.key, '/api/organizations/@current/');
    assert.equal((await api.delete(`/api/organizations/${second.id}/members/@me/`)).status, 204);
    assert.equal((await api.get('/api/organizations/@current/')).body.id, first.id, 'the first joined');
    assert.deepEqual(organizationIds((await api.get('/api/users/@me/')).body), [first.id]);
  });
});
