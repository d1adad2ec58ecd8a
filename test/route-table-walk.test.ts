// The light authorization walk of npm test: every /api/ route in the route table, called by
// one caller per level (a user of no organization, a member, an admin, the owner), against
// the shared rules. A route without a rule fails, and so does one that no feature's
// security.test.ts lists, so a new route cannot ship unplaced. The full product of callers
// runs in npm run test:hard (test/hard/authorization-matrix.test.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Level } from '../src/access/levels.ts';
import type { RouteEntry } from '../src/http/route-table.ts';
import { client, startTestApp, type TestApp } from './support/app.ts';
import { addMember, createOrganizationRow, createUser, seedKey } from './support/fixtures.ts';
import { createProjectRow } from './support/integrations.ts';
import { assertExpected, expectedForLevel, ROUTE_RULES, ruleOf } from './support/route-expectations.ts';
import { insertInviteRow } from './support/invites.ts';
import { addRoleMembershipRow, createRoleRow } from './support/roles.ts';
import { idFor, idsOf, paramNames, pathFor, routeName, validBody, type PathIds } from './support/routes.ts';
import { insertDomain, insertWebhook, seedTenant, type SeededUser, type Tenant } from './support/world.ts';
import { appendEvent } from '../src/events/repository.ts';

let harness: TestApp;
let routes: RouteEntry[];
let tenant: Tenant;
let stranger: SeededUser;

before(async () => {
  harness = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
  routes = harness.app.routeTable;
  tenant = await seedTenant(harness.db, 'walk');
  const user = await createUser(harness.db);
  stranger = { id: user.id, uuid: user.uuid, email: user.email, key: await seedKey(harness.db, user.id, ['*']) };
});
after(() => harness?.close());

/**
 * Rows of their own for a write that is expected to succeed, so one caller's delete, roll or
 * change leaves the next caller's target in place.
 */
async function freshTargets(route: RouteEntry, caller: SeededUser): Promise<Partial<PathIds>> {
  const needs = new Set(paramNames(route.url).map((name) => idFor(route.url, name)));
  const db = harness.db;
  const ids: Partial<PathIds> = {};
  if (needs.has('roleId')) ids.roleId = await createRoleRow(db, tenant.organizationId);
  if (needs.has('roleMembershipId')) ids.roleMembershipId = await addRoleMembershipRow(db, ids.roleId!, tenant.target.id);
  if (needs.has('memberUuid')) {
    const user = await createUser(db);
    await addMember(db, tenant.organizationId, user.id, Level.Member);
    ids.memberUuid = user.uuid;
  }
  if (needs.has('projectId') && route.method === 'DELETE') ids.projectId = await createProjectRow(db, tenant.organizationId);
  if (needs.has('inviteId')) ids.inviteId = await insertInviteRow(db, tenant.organizationId);
  if (needs.has('keyId')) ids.keyId = (await seedKey(db, caller.id, ['*'])).id;
  if (needs.has('webhookDeliveryId')) {
    // A retry sends the delivery's event again: it must exist.
    const event = await appendEvent(db, {
      organizationId: tenant.organizationId,
      type: 'role.created',
      actor: { user_uuid: null, key_id: null, via: 'cli' },
      data: {},
    });
    Object.assign(ids, await insertWebhook(db, tenant.organizationId, event.id));
  } else if (needs.has('webhookId') && route.method === 'DELETE') ids.webhookId = (await insertWebhook(db, tenant.organizationId)).webhookId;
  if (needs.has('domainId') && route.method === 'DELETE') ids.domainId = (await insertDomain(db, tenant.organizationId, { verified: true, scim: true })).id;
  if (routeName(route) === 'DELETE /api/organizations/:id/') {
    ids.organizationId = await createOrganizationRow(db, tenant.owner.id, 'Doomed');
    await addMember(db, ids.organizationId, tenant.admin.id, Level.Admin);
    await addMember(db, ids.organizationId, tenant.member.id, Level.Member);
  }
  return ids;
}

const CALLERS: { name: string; level: Level | null; user: () => SeededUser }[] = [
  { name: 'a user of no organization', level: null, user: () => stranger },
  { name: 'a member', level: Level.Member, user: () => tenant.member },
  { name: 'an admin', level: Level.Admin, user: () => tenant.admin },
  { name: 'the owner', level: Level.Owner, user: () => tenant.owner },
];

/** Every route name the feature security tests list, read from their source. */
function routesInSecurityTests(): string {
  const src = path.resolve(import.meta.dirname, '../src');
  return fs
    .readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(src, entry.name, 'security.test.ts')))
    .map((entry) => fs.readFileSync(path.join(src, entry.name, 'security.test.ts'), 'utf8'))
    .join('\n');
}

describe('the route-table walk', () => {
  it('has a rule for every route in the route table, and no rule for a route that is gone', () => {
    const names = routes.map(routeName);
    assert.deepEqual(
      names.filter((name) => !(name in ROUTE_RULES)),
      [],
      'routes without a rule in test/support/route-expectations.ts',
    );
    assert.deepEqual(
      Object.keys(ROUTE_RULES).filter((name) => !names.includes(name)),
      [],
      'rules for routes the app does not have',
    );
    for (const route of routes) assert.equal(route.scope, ruleOf(routeName(route)).scope, `${routeName(route)} asks for another scope`);
  });

  it("is in some feature's security matrix, route by route", () => {
    const text = routesInSecurityTests();
    assert.deepEqual(
      routes.map(routeName).filter((name) => !text.includes(`'${name}'`)),
      [],
      'routes no src/*/security.test.ts lists',
    );
  });

  it('answers one caller per level on every route as the rules say', async (t) => {
    for (const route of routes) {
      const name = routeName(route);
      if (!(name in ROUTE_RULES)) continue;
      await t.test(name, async () => {
        for (const caller of CALLERS) {
          const user = caller.user();
          const expected = expectedForLevel(name, route.url, caller.level);
          const fresh = expected.success && route.method !== 'GET' ? await freshTargets(route, user) : {};
          const url = pathFor(route.url, { ...idsOf(tenant, user), ...fresh });
          const response = await client(harness.app, user.key.value).call(route.method, url, validBody(route, tenant));
          assertExpected(response, expected, `${route.method} ${url} by ${caller.name}`);
        }
      });
    }
  });
});
