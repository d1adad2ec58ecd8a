// Races settled by the database: many requests at once against one organization, on
// PostgreSQL with a real pool (PGlite serializes them on its single connection, which
// checks the same invariants without the interleaving).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { Level } from '../../src/access/levels.ts';
import { client, startTestApp, type TestApp } from '../support/app.ts';
import { addMember, createOrganizationRow, seedKey } from '../support/fixtures.ts';
import { insertProject, seedTenant, type SeededUser } from '../support/world.ts';
import { createUser } from '../support/fixtures.ts';

let harness: TestApp;
let racesRun = 0;
let requestsRaced = 0;

before(async () => {
  harness = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
});
after(async () => {
  console.log(`# races: ${racesRun} races, ${requestsRaced} concurrent requests`);
  await harness.close();
});

async function userWithKey(): Promise<SeededUser> {
  const user = await createUser(harness.db);
  return { id: user.id, uuid: user.uuid, email: user.email, key: await seedKey(harness.db, user.id, ['*']) };
}

async function race<T>(requests: (() => Promise<T>)[]): Promise<T[]> {
  racesRun++;
  requestsRaced += requests.length;
  return Promise.all(requests.map((request) => request()));
}

describe('races', () => {
  it('never leaves an organization without an owner, whatever 50 concurrent demotions and removals do', async () => {
    for (let round = 0; round < 4; round++) {
      const owners = await Promise.all(Array.from({ length: 5 }, () => userWithKey()));
      const organizationId = await createOrganizationRow(harness.db, owners[0]!.id, `owners race ${round}`);
      for (const owner of owners.slice(1)) await addMember(harness.db, organizationId, owner.id, Level.Owner);
      // Every owner turns on every other owner, by demotion or by removal, all at once.
      const requests = Array.from({ length: 50 }, (_, index) => {
        const actor = owners[index % owners.length]!;
        const victim = owners[(index + 1 + Math.floor(index / owners.length)) % owners.length]!;
        const member = `/api/organizations/${organizationId}/members/${victim.uuid}/`;
        const api = client(harness.app, actor.key.value);
        return () => (index % 2 === 0 ? api.patch(member, { level: Level.Admin }) : api.delete(member));
      });
      const responses = await race(requests);
      for (const response of responses) {
        assert.ok([200, 204, 400, 403, 404, 409].includes(response.status), `unexpected ${response.status}: ${JSON.stringify(response.body)}`);
      }
      assert.ok(
        responses.some((response) => response.status < 300),
        'some demotion or removal went through',
      );
      const remainingOwners = await harness.db
        .selectFrom('organization_memberships')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('organization_id', '=', organizationId)
        .where('level', '=', Level.Owner)
        .executeTakeFirstOrThrow();
      assert.ok(remainingOwners.count >= 1, `round ${round}: the organization was left without an owner`);
    }
  });

  it('stores exactly one role membership when the same user is added twenty times at once', async () => {
    for (let round = 0; round < 3; round++) {
      const tenant = await seedTenant(harness.db, `roles race ${round}`);
      const url = `/api/organizations/${tenant.organizationId}/roles/${tenant.roleId}/role_memberships/`;
      const api = client(harness.app, tenant.admin.key.value);
      const responses = await race(Array.from({ length: 20 }, () => () => api.post(url, { user_uuid: tenant.outsider.uuid })));
      const created = responses.filter((response) => response.status === 201);
      assert.equal(created.length, 1, JSON.stringify(responses.map((response) => [response.status, response.body])));
      for (const response of responses.filter((response) => response.status !== 201)) {
        assert.equal(response.status, 400, JSON.stringify(response.body));
        assert.equal(response.body.detail, 'User is already part of the role.');
      }
      const rows = await harness.db
        .selectFrom('role_memberships')
        .select('id')
        .where('role_id', '=', tenant.roleId)
        .where('user_id', '=', tenant.outsider.id)
        .execute();
      assert.deepEqual(
        rows.map((row) => row.id),
        [created[0]!.body.id],
      );
    }
  });

  // Issue 21: a replacement held the role FOR UPDATE while waiting on an add's unique entry, and
  // the add's foreign-key check waited for that lock: PostgreSQL broke the cycle with a 409.
  it("never deadlocks a replacement of a role's members with adds to it (300 rounds of 2 PUT and 3 POST)", async () => {
    const rounds = process.env.ORGBASE_TEST_DB === 'pglite' ? 30 : 300;
    const tenant = await seedTenant(harness.db, 'replace and add');
    const people = await Promise.all(Array.from({ length: 3 }, () => userWithKey()));
    for (const person of people) await addMember(harness.db, tenant.organizationId, person.id, Level.Member);
    const url = `/api/organizations/${tenant.organizationId}/roles/${tenant.otherRoleId}/role_memberships/`;
    const api = client(harness.app, tenant.admin.key.value);
    const wanted = people.map((person) => person.uuid).sort();
    const statuses = new Map<string, number>();
    for (let round = 0; round < rounds; round++) {
      await harness.db.deleteFrom('role_memberships').where('role_id', '=', tenant.otherRoleId).execute();
      const responses = await race([
        () => api.put(url, { user_uuids: wanted }),
        () => api.put(url, { user_uuids: wanted }),
        ...people.map((person) => () => api.post(url, { user_uuid: person.uuid })),
      ]);
      for (const response of responses) {
        const key = `${response.status}${response.status === 400 ? ` ${response.body.detail}` : ''}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        // An add that finds the user already there (a replacement got there first) is PostHog's 400.
        assert.ok(
          response.status === 200 || response.status === 201 || (response.status === 400 && response.body.detail === 'User is already part of the role.'),
          `round ${round}: ${response.status} ${JSON.stringify(response.body)}`,
        );
      }
      const rows = await harness.db
        .selectFrom('role_memberships as rm')
        .innerJoin('users as u', 'u.id', 'rm.user_id')
        .select('u.uuid')
        .where('rm.role_id', '=', tenant.otherRoleId)
        .execute();
      assert.deepEqual(rows.map((row) => row.uuid).sort(), wanted);
    }
    console.log(`# replace and add: ${rounds} rounds, answers ${JSON.stringify(Object.fromEntries(statuses))}`);
  });

  it('gives twenty concurrent organizations of one name twenty distinct slugs, each with its owner', async () => {
    const creator = await userWithKey();
    const name = `Same Name ${Date.now()}`;
    const api = client(harness.app, creator.key.value);
    const responses = await race(Array.from({ length: 20 }, () => () => api.post('/api/organizations/', { name })));
    for (const response of responses) assert.equal(response.status, 201, JSON.stringify(response.body));
    const slugs = responses.map((response) => String(response.body.slug).toLowerCase());
    assert.equal(new Set(slugs).size, 20, `slugs repeat: ${slugs.join(', ')}`);
    const stored = await harness.db
      .selectFrom('organizations as o')
      .innerJoin('organization_memberships as m', 'm.organization_id', 'o.id')
      .select(['o.id', 'o.slug', 'm.level'])
      .where('o.name', '=', name)
      .where('m.user_id', '=', creator.id)
      .execute();
    assert.equal(stored.length, 20);
    assert.deepEqual(new Set(stored.map((row) => row.slug)), new Set(slugs));
    assert.ok(stored.every((row) => row.level === Level.Owner));
  });

  it('loses no write to an integration config when environment-mapping PATCHes race other config writes', async () => {
    const tenant = await seedTenant(harness.db, 'mapping race');
    const projects = [tenant.projectId];
    for (let index = 0; index < 4; index++) projects.push(await insertProject(harness.db, tenant.organizationId, `extra ${index}`));
    const url = `/api/organizations/${tenant.organizationId}/integrations/${tenant.integrationId}/environment-mapping/`;
    const api = client(harness.app, tenant.admin.key.value);
    const mappings = Array.from({ length: 25 }, (_, index) => ({
      production: projects[index % projects.length]!,
      preview: projects[(index + 1) % projects.length]!,
      development: projects[(index + 2) % projects.length]!,
    }));
    // An installation flow writing its own config keys at the same moment, as a single
    // atomic statement: a read-modify-write PATCH without a row lock would erase them.
    const installerWrite = (index: number) => () =>
      sql`UPDATE organization_integrations SET config = config || ${JSON.stringify({ [`installer_${index}`]: index })}::jsonb WHERE id = ${tenant.integrationId}`.execute(
        harness.db,
      );
    const work: (() => Promise<unknown>)[] = [];
    mappings.forEach((mapping, index) => work.push(() => api.patch(url, mapping), installerWrite(index)));
    const results = await race(work);
    results.forEach((result, index) => {
      if (index % 2 === 0) assert.equal((result as { status: number }).status, 200, JSON.stringify((result as { body: unknown }).body));
    });
    const { config } = await harness.db
      .selectFrom('organization_integrations')
      .select('config')
      .where('id', '=', tenant.integrationId)
      .executeTakeFirstOrThrow();
    const stored = config as Record<string, unknown>;
    for (let index = 0; index < mappings.length; index++) assert.equal(stored[`installer_${index}`], index, `installer write ${index} was lost`);
    assert.equal(stored.type, 'connectable');
    const final = stored.environment_mapping as Record<string, unknown>;
    const whole = mappings.some((mapping) => Object.entries(mapping).every(([environment, project]) => final?.[environment] === project));
    assert.ok(whole, `a torn mapping: ${JSON.stringify(final)}`);
  });
});
