import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uuidv7 } from '../db/ids.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, seedKey, createOrganizationRow, createUser } from '../../test/support/fixtures.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

/** An organization with an owner, an admin and two members, each with a full-access key. */
async function team() {
  const owner = await createUser(t.db, { firstName: 'Olive' });
  const organization = await createOrganizationRow(t.db, owner.id);
  const people = {
    owner,
    admin: await createUser(t.db, { firstName: 'Adam' }),
    member: await createUser(t.db, { firstName: 'Mia' }),
    other: await createUser(t.db, { firstName: 'Otto' }),
  };
  await addMember(t.db, organization, people.admin.id, 8);
  await addMember(t.db, organization, people.member.id, 1);
  await addMember(t.db, organization, people.other.id, 1);
  const as = async (user: { id: number }, scopes = ['*']) => client(t.app, (await seedKey(t.db, user.id, scopes)).value);
  const url = (user: { uuid: string } | string) => `/api/organizations/${organization}/members/${typeof user === 'string' ? user : user.uuid}/`;
  const level = async (user: { id: number }) =>
    (
      await t.db
        .selectFrom('organization_memberships')
        .select('level')
        .where('organization_id', '=', organization)
        .where('user_id', '=', user.id)
        .executeTakeFirst()
    )?.level;
  return { organization, ...people, as, url, level };
}

describe('GET /api/organizations/:organization_id/members/', () => {
  it("lists members with PostHog's fields, newest first, without inactive users", async () => {
    const { organization, owner, member, other, as } = await team();
    await t.db.updateTable('users').set({ is_active: false }).where('id', '=', other.id).execute();
    const response = await (await as(member, ['organization_member:read'])).get(`/api/organizations/${organization}/members/`);
    assert.equal(response.status, 200);
    assert.equal(response.body.count, 3);
    const [first] = response.body.results;
    assert.deepEqual(Object.keys(first).sort(), ['has_social_auth', 'id', 'is_2fa_enabled', 'joined_at', 'last_login', 'level', 'updated_at', 'user']);
    assert.deepEqual(Object.keys(first.user).sort(), [
      'distinct_id',
      'email',
      'first_name',
      'hedgehog_config',
      'id',
      'is_email_verified',
      'last_name',
      'role_at_organization',
      'uuid',
    ]);
    assert.equal(first.user.uuid, member.uuid, 'newest first');
    assert.equal(response.body.results.at(-1).user.uuid, owner.uuid);
    assert.ok(!response.body.results.some((m: { user: { uuid: string } }) => m.user.uuid === other.uuid));
  });

  it('searches email and name, orders on request, and pages', async () => {
    const { organization, owner, as } = await team();
    const api = await as(owner);
    const base = `/api/organizations/${organization}/members/`;
    const names = async (query: string) => (await api.get(`${base}?${query}`)).body.results.map((m: { user: { first_name: string } }) => m.user.first_name);
    assert.deepEqual(await names('search=mia'), ['Mia']);
    assert.deepEqual(await names('ordering=-level&limit=2'), ['Olive', 'Adam']);
    assert.deepEqual(await names('ordering=joined_at&limit=1&offset=1'), ['Adam']);
    const page = await api.get(`${base}?limit=1`);
    assert.equal(page.body.count, 4);
    assert.match(page.body.next, /limit=1&offset=1$/);
  });

  it("builds a warm page's links from each request's own URL", async () => {
    const { organization, owner, as } = await team();
    const api = await as(owner);
    const url = `/api/organizations/${organization}/members/?limit=1`;
    for (const host of ['one.example', 'two.example', 'one.example']) {
      const page = await api.get(url, { host });
      assert.equal(page.body.next, `http://${host}/api/organizations/${organization}/members/?limit=1&offset=1`);
      assert.equal(page.body.results.length, 1);
    }
    const sameShape = await api.get(`${url}&offset=0`, { host: 'one.example' });
    assert.equal(sameShape.body.next, `http://one.example/api/organizations/${organization}/members/?limit=1&offset=1`);
  });
});

describe('PATCH /api/organizations/:organization_id/members/:user_uuid/', () => {
  it('lets an admin promote a member to admin and answers the member', async () => {
    const { admin, member, as, url, level } = await team();
    const response = await (await as(admin)).patch(url(member), { level: 8 });
    assert.equal(response.status, 200);
    assert.equal(response.body.level, 8);
    assert.equal(response.body.user.uuid, member.uuid);
    assert.equal(await level(member), 8);
  });

  it("applies PostHog's level rules", async () => {
    const { owner, admin, member, other, as, url, level } = await team();
    const adminApi = await as(admin);
    assertError(await adminApi.patch(url(member), { level: 15 }), 403, {
      detail: "You can only make another member owner if you're this organization's owner.",
    });
    assertError(await adminApi.patch(url(owner), { level: 1 }), 403, { detail: 'You can only edit others with level lower or equal to you.' });
    assertError(await adminApi.patch(url('@me'), { level: 1 }), 403, { detail: "You can't change your own access level." });
    assertError(await (await as(member)).patch(url(other), { level: 1 }), 403, { detail: 'You can only edit others if you are an admin.' });
    assert.equal(await level(member), 1);
    assert.equal(await level(owner), 15);
    assert.equal(await level(admin), 8);
    const promoted = await (await as(owner)).patch(url(member), { level: 15 });
    assert.equal(promoted.body.level, 15, 'owners make owners');
  });

  it('refuses levels other than 1, 8 and 15, and unknown or malformed members', async () => {
    const { owner, member, as, url, level } = await team();
    const api = await as(owner);
    assertError(await api.patch(url(member), { level: 3 }), 400, { code: 'invalid_choice', attr: 'level' });
    // DRF's ChoiceField takes "8" for 8 (drf-coercion.ts), but not a boolean.
    assertError(await api.patch(url(member), { level: true }), 400, { attr: 'level' });
    assertError(await api.patch(url(member), {}), 400, { code: 'required', attr: 'level' });
    assertError(await api.patch(url('not-a-uuid'), { level: 1 }), 404, { code: 'not_found' });
    assertError(await api.patch(url('00000000-0000-0000-0000-000000000000'), { level: 1 }), 404, { code: 'not_found' });
    assert.equal(await level(member), 1);
  });

  it('never leaves the organization without an owner when two owners demote each other at once', async () => {
    const { owner, admin, as, url, level } = await team();
    await (await as(owner)).patch(url(admin), { level: 15 });
    const [a, b] = await Promise.all([(await as(owner)).patch(url(admin), { level: 8 }), (await as(admin)).patch(url(owner), { level: 8 })]);
    assert.deepEqual([a.status, b.status].sort(), [200, 403]);
    const levels = [await level(owner), await level(admin)];
    assert.equal(levels.filter((l) => l === 15).length, 1);
  });
});

describe('DELETE /api/organizations/:organization_id/members/:user_uuid/', () => {
  it('removes a member and their role memberships in the organization', async () => {
    const { organization, owner, member, as, url } = await team();
    const roleId = uuidv7();
    await t.db.insertInto('roles').values({ id: roleId, organization_id: organization, name: 'R', created_by_id: owner.id }).execute();
    const membership = await t.db
      .selectFrom('organization_memberships')
      .select('id')
      .where('user_id', '=', member.id)
      .where('organization_id', '=', organization)
      .executeTakeFirstOrThrow();
    await t.db.insertInto('role_memberships').values({ id: uuidv7(), role_id: roleId, user_id: member.id, organization_member_id: membership.id }).execute();
    const response = await (await as(owner)).delete(url(member));
    assert.equal(response.status, 204);
    const left = await t.db
      .selectFrom('organization_memberships')
      .select('id')
      .where('user_id', '=', member.id)
      .where('organization_id', '=', organization)
      .execute();
    assert.equal(left.length, 0);
    const roleMemberships = await t.db.selectFrom('role_memberships').select('id').where('user_id', '=', member.id).execute();
    assert.equal(roleMemberships.length, 0);
    assert.ok(await t.db.selectFrom('users').select('id').where('id', '=', member.id).executeTakeFirst(), 'the user stays');
  });

  it('lets a member leave, and refuses members removing others', async () => {
    const { member, other, as, url, level } = await team();
    assertError(await (await as(member)).delete(url(other)), 403, { detail: 'You can only edit others if you are an admin.' });
    assert.equal(await level(other), 1);
    assert.equal((await (await as(member)).delete(url('@me'))).status, 204);
    assert.equal(await level(member), undefined);
  });

  it('never removes the last owner, whoever asks', async () => {
    const { owner, admin, as, url, level } = await team();
    assertError(await (await as(owner)).delete(url('@me')), 400, { detail: 'Cannot leave the organization as its owner!' });
    assertError(await (await as(admin)).delete(url(owner)), 403, { detail: 'You can only edit others with level lower or equal to you.' });
    assert.equal(await level(owner), 15);
  });

  it('refuses an owner leaving even while another owner remains, as PostHog (demote first)', async () => {
    const { owner, member, as, url, level } = await team();
    await (await as(owner)).patch(url(member), { level: 15 });
    assertError(await (await as(owner)).delete(url('@me')), 400, { detail: 'Cannot leave the organization as its owner!' });
    assert.equal((await (await as(member)).patch(url(owner), { level: 8 })).status, 200);
    assert.equal((await (await as(owner)).delete(url('@me'))).status, 204);
    assert.equal(await level(owner), undefined);
    assert.equal(await level(member), 15);
  });

  it('keeps an owner under 50 concurrent demotions and removals', async () => {
    const { owner, member, other, admin, as, url, organization } = await team();
    const ownerApi = await as(owner);
    for (const user of [member, other, admin]) await ownerApi.patch(url(user), { level: 15 });
    const owners = [owner, member, other, admin];
    const apis = await Promise.all(owners.map((user) => as(user)));
    const requests = Array.from({ length: 50 }, (_, i) => {
      const api = apis[i % 4]!;
      const target = owners[(i * 3 + 1) % 4]!;
      return i % 2 ? api.patch(url(target), { level: 8 }) : api.delete(url(target));
    });
    const responses = await Promise.all(requests);
    assert.ok(
      responses.every((r) => [200, 204, 400, 403, 404].includes(r.status)),
      JSON.stringify(responses.map((r) => r.status)),
    );
    const remaining = await t.db
      .selectFrom('organization_memberships')
      .select('level')
      .where('organization_id', '=', organization)
      .where('level', '=', 15)
      .execute();
    assert.ok(remaining.length >= 1, 'an owner remains');
  });
});

describe('details a demanding client relies on', () => {
  it('does not count a deactivated owner as the owner that remains', async () => {
    const { owner, member, as, url, level } = await team();
    await (await as(owner)).patch(url(member), { level: 15 });
    await t.db.updateTable('users').set({ is_active: false }).where('id', '=', member.id).execute();
    assertError(await (await as(owner)).delete(url('@me')), 400, { detail: 'Cannot leave the organization as its owner!' });
    assert.equal(await level(owner), 15);
  });

  it("clears a removed member's current organization", async () => {
    const { organization, owner, member, as, url } = await team();
    await t.db.updateTable('users').set({ current_organization_id: organization }).where('id', '=', member.id).execute();
    assert.equal((await (await as(owner)).delete(url(member))).status, 204);
    const row = await t.db.selectFrom('users').select('current_organization_id').where('id', '=', member.id).executeTakeFirstOrThrow();
    assert.equal(row.current_organization_id, null);
  });
});
