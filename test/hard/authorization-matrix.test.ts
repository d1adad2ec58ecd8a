// The authorization matrix, generated from the route table: every /api/ route that exists
// when the suite runs, times every kind of caller. A route without an entry in the shared
// rules (test/support/route-expectations.ts, which npm test's route-table walk and the
// feature security tests read too) fails, so a new endpoint cannot ship unplaced.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Level } from '../../src/access/levels.ts';
import { ALL_SCOPES } from '../../src/access/scopes.ts';
import type { RouteEntry } from '../../src/http/route-table.ts';
import { generatePersonalApiKey } from '../../src/personal-api-keys/key-format.ts';
import { client, startTestApp, type ApiResponse, type TestApp } from '../support/app.ts';
import { addMember, assertError, createUser, seedKey, type SeededKey } from '../support/fixtures.ts';
import { assertSecurityHeaders, isOrganizationRoute, pathIn, routeName, validBody } from '../support/routes.ts';
import { assertExpected, expectedForKeyScopedElsewhere, expectedForLevel, MINIMUM_LEVEL, type Expected } from '../support/route-expectations.ts';
import { describeChanges, snapshotDatabase } from '../support/snapshot.ts';
import { seedWorld, type SeededUser, type World } from '../support/world.ts';

// Routes about the calling user: they show the caller's own data whatever a key is scoped to.
const isUserRoute = (url: string) => url.startsWith('/api/users/') || url.startsWith('/api/personal_api_keys/');

let harness: TestApp;
let routes: RouteEntry[];
let world: World;
let snapshot: Record<string, string>;
/**
 * Keys of another owner of tenant A lacking one scope object entirely, or holding only its
 * read scope (a user of their own, as a user may hold only ten keys through the API).
 */
let scopedOwner: SeededUser;
let keysWithout: Map<string, SeededKey>;
let readOnlyKeys: Map<string, SeededKey>;
let requestCount = 0;

const scopeObject = (scope: string) => scope.split(':')[0]!;

async function freshWorld(): Promise<void> {
  world = await seedWorld(harness.db);
  const user = await createUser(harness.db);
  await addMember(harness.db, world.a.organizationId, user.id, Level.Owner);
  scopedOwner = { id: user.id, uuid: user.uuid, email: user.email, key: await seedKey(harness.db, user.id, ['*']) };
  keysWithout = new Map();
  readOnlyKeys = new Map();
  const objects = new Set(
    routes
      .map((route) => route.scope)
      .filter((scope) => scope?.includes(':'))
      .map((scope) => scopeObject(scope!)),
  );
  for (const object of objects) {
    const others = ALL_SCOPES.filter((scope) => scope !== '*' && scopeObject(scope) !== object);
    keysWithout.set(object, await seedKey(harness.db, scopedOwner.id, others));
    readOnlyKeys.set(object, await seedKey(harness.db, scopedOwner.id, [`${object}:read`]));
  }
  snapshot = await snapshotDatabase(harness.db);
}

interface Case {
  caller: string;
  key: string | undefined;
  /** Whose path parameters (their own key id) the request uses. */
  as: SeededUser;
  authorization?: string;
  expect: (response: ApiResponse) => void;
  /** Identifiers that must not appear anywhere in the response. */
  forbidden: string[];
}

const expectStatus = (status: number, code?: string, detail?: string | RegExp) => (response: ApiResponse) => {
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  if (code !== undefined) assert.equal(response.body.code, code);
  if (detail instanceof RegExp) assert.match(response.body.detail, detail);
  else if (detail !== undefined) assert.equal(response.body.detail, detail);
};
const expectSuccess = (response: ApiResponse) =>
  assert.ok(response.status >= 200 && response.status < 300, `expected success, got ${response.status}: ${JSON.stringify(response.body)}`);

function casesFor(route: RouteEntry): Case[] {
  const { a, b } = world;
  const minimum = MINIMUM_LEVEL[routeName(route)];
  assert.ok(minimum !== undefined, `${routeName(route)} has no entry in MINIMUM_LEVEL: decide who may use it`);
  const inOrganization = isOrganizationRoute(route.url);
  const everyone = [...a.identifiers, ...b.identifiers];
  const unauthenticated = (caller: string, key: string | undefined, code: string, authorization?: string): Case => ({
    caller,
    key,
    as: a.owner,
    authorization,
    expect: expectStatus(401, code),
    forbidden: everyone,
  });
  const shared = (expected: Expected) => (response: ApiResponse) => assertExpected(response, expected, `${routeName(route)}`);
  const byLevel = (caller: string, user: SeededUser, level: Level): Case => ({
    caller,
    key: user.key.value,
    as: user,
    expect: shared(expectedForLevel(routeName(route), route.url, level)),
    forbidden: b.identifiers,
  });

  const cases: Case[] = [
    unauthenticated('no key', undefined, 'not_authenticated'),
    unauthenticated('a malformed key', undefined, 'authentication_failed', 'Bearer not-a-key!'),
    unauthenticated('a non-Bearer authorization header', undefined, 'not_authenticated', `Basic ${Buffer.from('a:b').toString('base64')}`),
    unauthenticated('an unknown key', generatePersonalApiKey(), 'authentication_failed'),
    unauthenticated('the key of a deleted user', world.deletedUserKey.value, 'authentication_failed'),
    unauthenticated('the key of a deactivated user', world.deactivatedUserKey.value, 'authentication_failed'),
  ];

  if (route.scope === 'authenticated') {
    cases.push({
      caller: 'a key with no useful scope',
      key: keysWithout.values().next().value?.value,
      as: scopedOwner,
      expect: expectSuccess,
      forbidden: b.identifiers,
    });
  } else if (route.scope?.includes(':')) {
    const object = scopeObject(route.scope);
    const missing = expectStatus(403, 'permission_denied', `API key missing required scope '${route.scope}'`);
    cases.push({
      caller: `a key with every scope but ${object}:*`,
      key: keysWithout.get(object)!.value,
      as: scopedOwner,
      expect: missing,
      forbidden: b.identifiers,
    });
    if (route.scope.endsWith(':write')) {
      cases.push({
        caller: `a key with only ${object}:read`,
        key: readOnlyKeys.get(object)!.value,
        as: scopedOwner,
        expect: missing,
        forbidden: b.identifiers,
      });
    }
  }

  // Tenant A's owner, through a key narrowed to a third organization: PostHog hides the
  // organization itself (404) and names it on the nested routes (403).
  cases.push({
    caller: 'a key scoped to another organization',
    key: world.elsewhereKey.value,
    as: a.owner,
    // Its path names the owner's `*` key, which a key narrowed to one organization does not
    // see at all: it acts only on keys within its own power (issue 12).
    expect: shared(expectedForKeyScopedElsewhere(route.url, a.organizationId)),
    forbidden: isUserRoute(route.url)
      ? b.identifiers
      : [
          ...b.identifiers,
          ...a.identifiers.filter((identifier) => identifier !== a.organizationId && identifier !== a.owner.uuid && identifier !== a.owner.email),
        ],
  });
  cases.push({
    caller: 'a user of no organization',
    key: world.stranger.key.value,
    as: world.stranger,
    expect: shared(expectedForLevel(routeName(route), route.url, null)),
    forbidden: everyone,
  });
  cases.push(byLevel('a member', a.member, Level.Member), byLevel('an admin', a.admin, Level.Admin), byLevel('the owner', a.owner, Level.Owner));
  // Tenant B's owner reaching into tenant A is a non-member too, with every level B gives.
  cases.push({
    caller: "another tenant's owner",
    key: b.owner.key.value,
    as: b.owner,
    expect: inOrganization ? expectStatus(404, 'not_found') : expectSuccess,
    forbidden: a.identifiers,
  });
  return cases;
}

async function runCase(route: RouteEntry, testCase: Case): Promise<void> {
  const path = pathIn(route, world.a, testCase.as);
  const body = validBody(route, world.a);
  const headers: Record<string, string> = testCase.authorization ? { authorization: testCase.authorization } : {};
  const response = await client(harness.app, testCase.key).call(route.method, path, body, headers);
  requestCount++;
  const context = `${route.method} ${path} by ${testCase.caller} -> ${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
  testCase.expect(response);
  assert.notEqual(response.status, 500, context);
  assertSecurityHeaders(response, context);
  const text = JSON.stringify(response.body ?? null);
  for (const identifier of testCase.forbidden) {
    assert.ok(!text.includes(identifier), `${context}: the body shows another tenant's "${identifier}"`);
  }
  const wrote = route.method !== 'GET' && response.status < 300;
  if (!wrote) {
    const changes = describeChanges(snapshot, await snapshotDatabase(harness.db));
    assert.deepEqual(changes, [], `${context}: a refused or read-only request wrote to the database`);
    assertErrorBodyIfError(response, context);
  } else {
    // The world changed (or is gone): the next case starts from a fresh one.
    await freshWorld();
  }
}

function assertErrorBodyIfError(response: ApiResponse, context: string): void {
  if (response.status >= 400) assertError(response, response.status, {}, context);
}

before(async () => {
  harness = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
  routes = harness.app.routeTable;
  await freshWorld();
});
after(async () => {
  console.log(`# authorization matrix: ${routes.length} routes, ${requestCount} requests`);
  await harness.close();
});

describe('authorization matrix over every /api/ route', () => {
  it('knows the minimum level of every route in the route table', () => {
    const missing = routes.map(routeName).filter((name) => !(name in MINIMUM_LEVEL));
    assert.deepEqual(missing, [], 'routes without a MINIMUM_LEVEL entry');
    assert.ok(
      routes.every((route) => route.scope !== undefined),
      'every route declares a scope',
    );
  });

  it('answers each kind of caller on each route as the matrix says, and leaks no other tenant', async (t) => {
    for (const route of routes) {
      if (!(routeName(route) in MINIMUM_LEVEL)) continue;
      // Anyone may call these without a key; their callers are src/invites/security.test.ts's.
      if (route.scope === 'optional-key') continue;
      await t.test(routeName(route), async () => {
        try {
          // Cases are rebuilt after each one, as a successful write may have replaced the world.
          for (let index = 0; index < casesFor(route).length; index++) await runCase(route, casesFor(route)[index]!);
        } catch (error) {
          await freshWorld(); // a failed case may have written: the next route starts clean
          throw error;
        }
      });
    }
  });
});
