// The projects from memory (issue 27): the cache's rules without a database, then every write
// that changes a projects page or a project, made through the API, seen by the next read on
// both databases. The two-process behaviour is test/real-use/representation-freshness.test.ts's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client } from '../../test/support/app.ts';
import { startCachedApp, type CachedApp } from '../../test/support/cached-app.ts';
import { addMember, createUserWithKey, seedKey } from '../../test/support/fixtures.ts';
import { Invalidation } from '../db/invalidation.ts';
import { CHANGE_TOPICS } from '../db/process-cache.ts';
import { ProjectCache } from './project-cache.ts';
import type { Project } from './schemas.ts';

const ORG = '01a24ade-6853-7039-ad39-8a1354d8a639';
const OTHER = '01a24ade-6853-7039-ad39-8a1354d8a640';
const project = (id: number, organization = ORG) => ({ id, organization, name: `P${id}` }) as Project;

let t: CachedApp;
before(async () => {
  t = await startCachedApp();
});
after(() => t.close());

describe('the project cache', () => {
  it("keeps projects by id and drops an organization's with it, pages and all", () => {
    const channel = Invalidation.local();
    const cache = new ProjectCache(channel, { oneStatementAtATime: false });
    cache.fillProject(project(1), cache.generation);
    cache.fillProject(project(2, OTHER), cache.generation);
    cache.fill(ORG, '*|100|0', { bytes: Buffer.from('[]'), count: 0 }, cache.generation);
    assert.equal(cache.project(1)?.name, 'P1');
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} other-process.1`);
    assert.equal(cache.project(1), undefined);
    assert.equal(cache.get(ORG, '*|100|0'), undefined);
    assert.equal(cache.project(2)?.name, 'P2');
    cache.close();
  });

  it('keeps no project read before an invalidation, during a write of its organization, or while the channel is down', () => {
    const channel = Invalidation.local();
    const cache = new ProjectCache(channel, { oneStatementAtATime: false });
    const generation = cache.generation;
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${OTHER} other-process.1`);
    cache.fillProject(project(1), generation);
    assert.equal(cache.project(1), undefined);
    cache.beginWrite([ORG], 'this-process.1');
    cache.fillProject(project(1), cache.generation);
    assert.equal(cache.project(1), undefined);
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} this-process.1`);
    cache.fillProject(project(1), cache.generation);
    assert.equal(cache.project(1)?.id, 1);
    channel.connected = false;
    cache.fillProject(project(3), cache.generation);
    assert.equal(cache.project(3), undefined);
    cache.close();
  });
});

async function world() {
  const owner = await createUserWithKey(t.db);
  const ownerApi = client(t.app, owner.key);
  const organization = (await ownerApi.post('/api/organizations/', { name: 'Projects' })).body;
  const member = await createUserWithKey(t.db);
  await addMember(t.db, organization.id, member.user.id, 1);
  const projects = `/api/organizations/${organization.id}/projects/`;
  return { owner, ownerApi, organization, member, memberApi: client(t.app, member.key), projects, first: organization.teams[0].id as number };
}
const names = (body: any) => body.results.map((p: any) => p.name);

describe('the projects pages and GET /api/projects/:id/ from memory stay fresh', () => {
  it('are served from memory: a rename behind the app (SQL) is not seen, the same through the API is', async () => {
    const { ownerApi, member, memberApi, projects, first } = await world();
    await t.fromMemory(member.key, projects);
    await t.fromMemory(member.key, `/api/projects/${first}/`);
    await t.db.updateTable('projects').set({ name: 'Behind the back' }).where('id', '=', first).execute();
    assert.deepEqual(names((await memberApi.get(projects)).body), ['Default project'], 'the page comes from memory');
    assert.equal((await memberApi.get(`/api/projects/${first}/`)).body.name, 'Default project', 'the project comes from memory');
    assert.equal((await ownerApi.patch(`${projects}${first}/`, { name: 'Renamed' })).status, 200);
    assert.deepEqual(names((await memberApi.get(projects)).body), ['Renamed']);
    assert.equal((await memberApi.get(`/api/projects/${first}/`)).body.name, 'Renamed');
    assert.equal((await memberApi.get(`${projects}${first}/`)).body.name, 'Renamed');
  });

  it('a project created and deleted', async () => {
    const { ownerApi, member, memberApi, projects, first } = await world();
    assert.equal((await t.fromMemory(member.key, `${projects}?limit=1`)).count, 1);
    const second = (await ownerApi.post(projects, { name: 'Second' })).body;
    const paged = (await memberApi.get(`${projects}?limit=1`)).body;
    assert.equal(paged.count, 2);
    assert.match(paged.next, /limit=1&offset=1/);
    assert.equal((await t.fromMemory(member.key, `/api/projects/${second.id}/`)).name, 'Second');
    await t.fromMemory(member.key, projects);
    assert.equal((await ownerApi.delete(`${projects}${second.id}/`)).status, 204);
    assert.equal((await memberApi.get(`/api/projects/${second.id}/`)).status, 404);
    assert.deepEqual(names((await memberApi.get(projects)).body), ['Default project']);
    assert.equal((await memberApi.get(`/api/projects/${first}/`)).status, 200);
  });

  it('a key narrowed to a project sees its page alone; the member removed sees none; the organization deleted, nobody', async () => {
    const { owner, ownerApi, organization, member, memberApi, projects, first } = await world();
    const second = (await ownerApi.post(projects, { name: 'Second' })).body;
    const narrow = (await seedKey(t.db, member.user.id, ['*'], { scopedTeams: [second.id] })).value;
    // Its reach reads its teams' organizations (one statement); the page is kept apart from the others'.
    for (let i = 0; i < 2; i++) assert.deepEqual(names((await client(t.app, narrow).get(projects)).body), ['Second']);
    assert.deepEqual(names(await t.fromMemory(member.key, projects)), ['Default project', 'Second']);
    assert.equal((await client(t.app, narrow).get(`/api/projects/${first}/`)).status, 404, 'outside its teams');
    await t.fromMemory(member.key, `/api/projects/${first}/`);
    assert.equal((await ownerApi.delete(`/api/organizations/${organization.id}/members/${member.user.uuid}/`)).status, 204);
    assert.equal((await memberApi.get(`/api/projects/${first}/`)).status, 404);
    assert.equal((await memberApi.get(projects)).status, 404);
    await t.fromMemory(owner.key, `/api/projects/${first}/`);
    assert.equal((await ownerApi.delete(`/api/organizations/${organization.id}/`)).status, 204);
    assert.equal((await ownerApi.get(`/api/projects/${first}/`)).status, 404);
  });
});
