// The security matrix every feature's security.test.ts runs over its routes (after Unkey's
// shared route tests): a feature lists its routes and how to call them successfully, and
// the standard refusals are generated from the shared rules in route-expectations.ts, so a
// route cannot skip one. Every request goes through HTTP; fixtures are written to the tables.
import { seedKey, type SeededKey } from './fixtures.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Level } from '../../src/access/levels.ts';
import { ALL_SCOPES } from '../../src/access/scopes.ts';
import type { Db } from '../../src/db/types.ts';
import { client, startTestApp, type ApiResponse, type TestApp } from './app.ts';
import {
  assertExpected,
  belowMinimum,
  expectedForKeyScopedElsewhere,
  expectedForProjectScopedKey,
  expectedForLevel,
  missingScope,
  notFoundFor,
  refusal,
  ruleOf,
  SUCCESS,
  type Expected,
} from './route-expectations.ts';
import { idFor, idsOf, isOrganizationRoute, paramNames, pathFor, type PathIds } from './routes.ts';
import { describeChanges, snapshotDatabase } from './snapshot.ts';
import { seedWorld, type SeededUser, type Tenant, type World } from './world.ts';

export interface CallContext {
  db: Db;
  /** The tenant whose route is called (A), and the ids its path is built from. */
  tenant: Tenant;
  ids: PathIds;
  caller: SeededUser;
  world: World;
}

export interface SecurityRoute {
  /** `METHOD /template/` exactly as the route table lists it. */
  route: string;
  /** The status a caller allowed to use the route gets. */
  success: number;
  /** A body the route accepts from a caller allowed to use it (JSON). */
  body?: (context: CallContext) => unknown;
  /**
   * Arranges a fresh target before each case, for routes whose success consumes it (deletes,
   * a rolled key); returns the ids to use instead of the tenant's seeded ones.
   */
  setup?: (context: Omit<CallContext, 'ids'>) => Promise<Partial<PathIds>>;
  /** The path, when the route template filled from the ids is not it. */
  path?: (ids: PathIds) => string;
  /** Set when `setup` puts another organization than the tenant's in the path. */
  replacesOrganization?: true;
  /** What another tenant's id in place of one of this tenant's answers, when not 404. */
  foreignId?: Partial<Record<keyof PathIds, Expected>>;
}

export interface SecurityHarness {
  app: TestApp['app'];
  db: Db;
  world: World;
}

interface Case {
  name: string;
  caller: SeededUser;
  /** The key sent; `undefined` sends no credentials. */
  key: string | undefined;
  expected: Expected;
  /** Which tenant each id of the path comes from. */
  ids: (own: PathIds, foreign: PathIds) => PathIds;
  /** Identifiers that must appear nowhere in the answer. */
  forbidden: () => string[];
}

const scopeObject = (scope: string) => scope.split(':')[0]!;
const LEVEL_NAME: Record<Level, string> = { [Level.Member]: 'a member', [Level.Admin]: 'an admin', [Level.Owner]: 'the owner' };

/**
 * Registers the security matrix of a feature's routes, on one app and one seeded world of
 * two tenants for the whole file. Returns the harness for the feature's own extra cases.
 */
export function securityMatrix(feature: string, routes: SecurityRoute[]): () => SecurityHarness {
  let harness: TestApp;
  let world: World;
  /** Keys of tenant A's owner and of a user of no organization, per scope object they lack or hold alone. */
  const keysWithout = new Map<string, SeededKey>();
  const readOnlyKeys = new Map<string, SeededKey>();
  const strangerKeysWithout = new Map<string, SeededKey>();

  before(async () => {
    harness = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
    world = await seedWorld(harness.db);
    const objects = new Set(
      routes
        .map((route) => ruleOf(route.route).scope)
        .filter((scope) => scope.includes(':'))
        .map(scopeObject),
    );
    for (const object of objects) {
      const others = ALL_SCOPES.filter((scope) => scope !== '*' && scopeObject(scope) !== object);
      keysWithout.set(object, await seedKey(harness.db, world.a.owner.id, others));
      readOnlyKeys.set(object, await seedKey(harness.db, world.a.owner.id, [`${object}:read`]));
      strangerKeysWithout.set(object, await seedKey(harness.db, world.stranger.id, others));
    }
  });
  after(() => harness?.close());

  function casesFor(spec: SecurityRoute): Case[] {
    const url = spec.route.split(' ')[1]!;
    const { minimum, scope } = ruleOf(spec.route);
    const inOrganization = isOrganizationRoute(url);
    const own = (ids: PathIds) => ids;
    const everyone = () => [...world.a.identifiers, ...world.b.identifiers];
    // A refusal may name the organization in the URL (the key-scoping 403), nothing else of it.
    const refusedLeak = () => [...world.b.identifiers, ...world.a.identifiers.filter((id) => id !== world.a.organizationId)];
    const leakFor = (expected: Expected) => (expected.success ? () => world.b.identifiers : refusedLeak);
    const cases: Case[] = [
      {
        name: 'answers 401 without credentials',
        caller: world.a.owner,
        key: undefined,
        ids: own,
        forbidden: everyone,
        expected: refusal(401, 'not_authenticated', 'Authentication credentials were not provided.'),
      },
    ];

    if (scope === 'authenticated') {
      const key = keysWithout.values().next().value ?? world.a.owner.key;
      cases.push({
        name: 'answers a key with no useful scope',
        caller: world.a.owner,
        key: key.value,
        ids: own,
        forbidden: leakFor(SUCCESS),
        expected: SUCCESS,
      });
    } else {
      const object = scopeObject(scope);
      const missing = refusal(403, 'permission_denied', missingScope(scope));
      cases.push({
        name: `answers 403 to the owner's key with every scope but ${object}:*`,
        caller: world.a.owner,
        key: keysWithout.get(object)!.value,
        ids: own,
        forbidden: refusedLeak,
        expected: missing,
      });
      if (scope.endsWith(':write')) {
        cases.push({
          name: `answers 403 to the owner's key with only ${object}:read`,
          caller: world.a.owner,
          key: readOnlyKeys.get(object)!.value,
          ids: own,
          forbidden: refusedLeak,
          expected: missing,
        });
      }
      // PostHog checks the scope before membership: an outsider learns of the scope, not of the organization.
      if (inOrganization) {
        cases.push({
          name: `answers 403 naming the scope to a non-member's key without ${object}:*`,
          caller: world.stranger,
          key: strangerKeysWithout.get(object)!.value,
          ids: own,
          forbidden: refusedLeak,
          expected: missing,
        });
      }
    }

    const elsewhere = expectedForKeyScopedElsewhere(url, world.a.organizationId);
    cases.push({
      name: `answers ${elsewhere.success ? 'a' : elsewhere.status + ' to a'} key of the owner scoped to another organization`,
      caller: world.a.owner,
      key: world.elsewhereKey.value,
      ids: own,
      forbidden: leakFor(elsewhere),
      expected: elsewhere,
    });

    for (const [here, key] of [
      [true, world.projectHereKey],
      [false, world.projectElsewhereKey],
    ] as const) {
      const expected = expectedForProjectScopedKey(spec.route, url, here);
      if (!expected || (here && spec.replacesOrganization)) continue;
      const where = here ? 'a project of this organization' : 'a project of another organization the owner is in';
      cases.push({
        name: `answers ${expected.status} to a key of the owner scoped to ${where}`,
        caller: world.a.owner,
        key: key.value,
        ids: own,
        forbidden: refusedLeak,
        expected,
      });
    }

    if (!inOrganization) {
      const expected = expectedForLevel(spec.route, url, null);
      cases.push({
        name: `answers ${expected.success ? 'a' : expected.status + ' to a'} user of no organization`,
        caller: world.stranger,
        key: world.stranger.key.value,
        ids: own,
        forbidden: everyone,
        expected,
      });
    } else {
      const notFound = notFoundFor(url);
      cases.push(
        {
          name: 'answers 404 to a user of no organization',
          caller: world.stranger,
          key: world.stranger.key.value,
          ids: own,
          forbidden: refusedLeak,
          expected: notFound,
        },
        {
          name: "answers 404 to another tenant's owner",
          caller: world.b.owner,
          key: world.b.owner.key.value,
          ids: own,
          forbidden: refusedLeak,
          expected: notFound,
        },
      );
    }

    const levelCallers: [Level, SeededUser][] = [
      [Level.Member, world.a.member],
      [Level.Admin, world.a.admin],
      [Level.Owner, world.a.owner],
    ];
    for (const [level, caller] of levelCallers) {
      const allowed = minimum === null || level >= minimum;
      const expected: Expected = allowed ? { success: true, status: spec.success } : belowMinimum(spec.route, level);
      cases.push({
        name: allowed ? `answers ${spec.success} to ${LEVEL_NAME[level]}` : `answers 403 to ${LEVEL_NAME[level]}, below the minimum`,
        caller,
        key: caller.key.value,
        ids: own,
        forbidden: leakFor(expected),
        expected,
      });
    }

    // Another tenant's id in place of each of this tenant's (the organization's own id aside:
    // that is the non-member case above).
    const childIds = paramNames(url)
      .map((name) => idFor(url, name))
      .filter((id) => (inOrganization ? id !== 'organizationId' : true));
    for (const id of childIds) {
      const expected = spec.foreignId?.[id] ?? refusal(404, 'not_found');
      cases.push({
        name: `answers ${expected.status ?? 'success'} to the owner naming another tenant's ${id}`,
        caller: world.a.owner,
        key: world.a.owner.key.value,
        ids: (own, foreign) => ({ ...own, [id]: foreign[id] }),
        forbidden: leakFor(expected),
        expected,
      });
    }
    if (childIds.length > 1) {
      cases.push({
        name: "answers 404 to the owner naming only another tenant's ids below the organization",
        caller: world.a.owner,
        key: world.a.owner.key.value,
        ids: (own, foreign) => ({ ...foreign, organizationId: own.organizationId }),
        forbidden: refusedLeak,
        expected: refusal(404, 'not_found'),
      });
    }
    return cases;
  }

  /**
   * Runs a route's cases in order. A target from `setup` serves every case until a success
   * consumes it (or the case has another caller, for targets that are the caller's own), and
   * one database snapshot covers each run of refusals and reads: PGlite takes as long to
   * digest the tables as to answer a request.
   */
  function routeRunner(spec: SecurityRoute) {
    const [method, url] = spec.route.split(' ') as [string, string];
    let target: { ids: Partial<PathIds>; callerId: number } | undefined;
    let snapshot: Record<string, string> | undefined;
    let pending: string[] = [];

    async function flush(): Promise<void> {
      if (pending.length === 0) return;
      const now = await snapshotDatabase(harness.db);
      const changed = describeChanges(snapshot!, now);
      const cases = pending;
      pending = [];
      snapshot = now;
      assert.deepEqual(changed, [], `${spec.route}: one of these refused or read-only requests wrote to the tables: ${cases.join('; ')}`);
    }

    async function run(testCase: Case): Promise<void> {
      const writes = testCase.expected.success && method !== 'GET';
      if (spec.setup && (!target || target.callerId !== testCase.caller.id)) {
        await flush();
        target = { ids: await spec.setup({ db: harness.db, tenant: world.a, caller: testCase.caller, world }), callerId: testCase.caller.id };
        snapshot = undefined;
      }
      if (writes) await flush();
      else snapshot ??= await snapshotDatabase(harness.db);
      const own = { ...idsOf(world.a, testCase.caller), ...target?.ids };
      const ids = testCase.ids(own, idsOf(world.b, world.b.owner));
      const path = spec.path ? spec.path(ids) : pathFor(url, ids);
      const context: CallContext = { db: harness.db, tenant: world.a, caller: testCase.caller, world, ids };
      const body = spec.body ? spec.body(context) : method === 'GET' || method === 'DELETE' ? undefined : {};
      const response = await client(harness.app, testCase.key).call(method, path, body);
      const shown = `${method} ${path} by ${testCase.caller.email} (${testCase.name})`;
      if (writes) {
        target = undefined;
        snapshot = undefined;
      } else {
        pending.push(testCase.name);
      }
      assertExpected(response, testCase.expected, shown);
      assertNoLeak(response, testCase.forbidden(), shown);
    }

    return { run, flush };
  }

  describe(`${feature}: the security matrix`, () => {
    for (const spec of routes) {
      describe(spec.route, () => {
        // Cases are built once the world is seeded; their names only need the route.
        it('is a route of the route table, with the scope the rules expect', () => {
          const [method, url] = spec.route.split(' ');
          const entry = harness.app.routeTable.find((route) => route.method === method && route.url === url);
          assert.ok(entry, `${spec.route} is not in app.routeTable`);
          assert.equal(entry.scope, ruleOf(spec.route).scope);
        });
        it('answers every standard caller as the rules say, writing nothing when refused and leaking no other tenant', async (t) => {
          const runner = routeRunner(spec);
          for (const testCase of casesFor(spec)) await t.test(testCase.name, () => runner.run(testCase));
          await t.test('the refusals and reads wrote nothing', () => runner.flush());
        });
      });
    }
  });

  return () => ({ app: harness.app, db: harness.db, world });
}

function assertNoLeak(response: ApiResponse, forbidden: string[], context: string): void {
  const text = JSON.stringify(response.body ?? null);
  for (const identifier of forbidden) assert.ok(!text.includes(identifier), `${context}: the answer shows "${identifier}"`);
}
