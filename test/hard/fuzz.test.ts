// Property-based fuzzing of every /api/ route in the route table: path parameters, query
// strings and bodies drawn from hostile values. Whatever arrives, the answer is never a
// 5xx, every 4xx is PostHog's four-key error body, and a refused request writes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { RouteEntry } from '../../src/http/route-table.ts';
import { buildApp } from '../../src/app/app.ts';
import type { App } from '../../src/http/app-types.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { assertError } from '../support/fixtures.ts';
import { encodeSegment, paramNames, pathIn, routeName, validBody } from '../support/routes.ts';
import { describeChanges, snapshotDatabase } from '../support/snapshot.ts';
import { seedWorld, type World } from '../support/world.ts';

const RUNS_PER_ROUTE = Number(process.env.ORGBASE_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.ORGBASE_FUZZ_SEED ?? Date.now() % 2 ** 31);

let harness: TestApp;
/** The app under test, logging its errors here so a 5xx failure can show its cause. */
let app: App;
let errorLog = '';
let world: World;
let snapshot: Record<string, string>;
let casesRun = 0;
const statuses = new Map<number, number>();

async function freshWorld(): Promise<void> {
  world = await seedWorld(harness.db);
  snapshot = await snapshotDatabase(harness.db);
}

const hugeNumbers = fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 0, -0, -1, 0.5, 1e-320, 9007199254740993);
const nastyStrings = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 201, maxLength: 2000 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'null',
    'true',
    '-1',
    '1e309',
    'NaN',
    '0x10',
    '@current',
    '@me',
    '../../etc/passwd',
    "' OR 1=1 --",
    '%00',
    '<script>alert(1)</script>',
    '\uD800',
    '𝕠𝕣𝕘',
    'ＡＢＣ',
    '0'.repeat(400),
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '{"a":1}',
    '[]',
    'phx_',
    '*',
    'organization:write',
  ),
  fc.uuid(),
  fc.integer().map(String),
);
/** Nesting deeper than any handler expects: arrays and objects a thousand levels down. */
const deepNesting = fc
  .integer({ min: 50, max: 3000 })
  .chain((depth) =>
    fc.constantFrom(JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown, JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)) as unknown),
  );
const nastyValues: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 3, arbitrary: nastyStrings },
  { weight: 2, arbitrary: hugeNumbers },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 1, arbitrary: fc.array(nastyStrings, { maxLength: 5 }) },
  { weight: 1, arbitrary: deepNesting },
);

type PathChoice = { valid: true } | { raw: string };
const pathChoice: fc.Arbitrary<PathChoice> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<PathChoice>({ valid: true }) },
  { weight: 5, arbitrary: nastyStrings.filter((value) => value !== '').map<PathChoice>((raw) => ({ raw })) },
);

interface FuzzCase {
  caller: 'owner' | 'admin' | 'member';
  params: Record<string, PathChoice>;
  query: Record<string, string>;
  body:
    | { kind: 'json'; value: unknown }
    | { kind: 'fields'; fields: Record<string, unknown>; overValidBody: boolean }
    | { kind: 'text'; contentType: string; text: string }
    | { kind: 'none' };
}

function propertiesOf(schema: unknown): string[] {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

function fuzzCase(route: RouteEntry): fc.Arbitrary<FuzzCase> {
  const names = paramNames(route.url);
  const queryKeys = [...propertiesOf(route.schema?.querystring), 'limit', 'offset', 'personal_api_key', 'format'];
  const bodyKeys = propertiesOf(route.schema?.body);
  // Half of the time the hostile fields land on top of an otherwise valid body, so the checks
  // behind the first field's validation are reached too.
  const schemaBody = fc.record({
    kind: fc.constant('fields' as const),
    fields: fc.dictionary(fc.constantFrom(...(bodyKeys.length ? bodyKeys : ['name'])), nastyValues, { maxKeys: 4 }),
    overValidBody: fc.boolean(),
  });
  const body: fc.Arbitrary<FuzzCase['body']> = fc.oneof(
    { weight: 4, arbitrary: schemaBody },
    { weight: 2, arbitrary: nastyValues.map((value) => ({ kind: 'json' as const, value })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('text' as const),
        contentType: fc.constantFrom(
          'application/json',
          'application/x-www-form-urlencoded',
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=x',
        ),
        text: fc.oneof(fc.string({ maxLength: 100 }), fc.constantFrom('{', '{"name":', '[1,2', 'name=%E0%A4%A', 'a=1&a=2&a[]=3', '\u0000', 'null')),
      }),
    },
  );
  return fc.record({
    caller: fc.constantFrom('owner', 'admin', 'member'),
    params: fc.record(Object.fromEntries(names.map((name) => [name, pathChoice]))) as fc.Arbitrary<Record<string, PathChoice>>,
    query: fc.dictionary(fc.oneof(fc.constantFrom(...queryKeys), fc.string({ maxLength: 10 })), nastyStrings.map(String), { maxKeys: 3 }),
    body: route.method === 'GET' || route.method === 'DELETE' ? fc.oneof(fc.constant({ kind: 'none' as const }), body) : body,
  });
}

async function send(route: RouteEntry, testCase: FuzzCase) {
  const tenant = world.a;
  const caller = tenant[testCase.caller];
  const overrides = Object.fromEntries(Object.entries(testCase.params).flatMap(([name, choice]) => ('raw' in choice ? [[name, choice.raw]] : [])));
  const query = new URLSearchParams(testCase.query).toString();
  const url = pathIn(route, tenant, caller, overrides) + (query ? `?${query}` : '');
  const headers: Record<string, string> = { authorization: `Bearer ${caller.key.value}` };
  let payload: string | undefined;
  if (testCase.body.kind === 'fields') {
    const valid = validBody(route, tenant);
    const value = testCase.body.overValidBody && valid && typeof valid === 'object' ? { ...valid, ...testCase.body.fields } : testCase.body.fields;
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(value);
  } else if (testCase.body.kind === 'json') {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(testCase.body.value);
  } else if (testCase.body.kind === 'text') {
    headers['content-type'] = testCase.body.contentType;
    payload = testCase.body.text;
  }
  const response = await app.inject({ method: route.method as 'GET', url, headers, ...(payload === undefined ? {} : { payload }) });
  return { url, payload, response };
}

async function check(route: RouteEntry, testCase: FuzzCase): Promise<void> {
  errorLog = '';
  const { url, payload, response } = await send(route, testCase);
  casesRun++;
  statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
  const context = `${route.method} ${url} body=${payload?.slice(0, 200)} -> ${response.statusCode} ${response.body.slice(0, 300)}`;
  assert.ok(response.statusCode < 500, `${context}\nserver log: ${errorLog.slice(0, 3000)}`);
  if (response.statusCode >= 400) {
    let body: unknown;
    assert.doesNotThrow(() => (body = JSON.parse(response.body)), context);
    assertError({ status: response.statusCode, body, headers: response.headers }, response.statusCode, {}, context);
    assert.deepEqual(describeChanges(snapshot, await snapshotDatabase(harness.db)), [], `${context}: a refused request wrote`);
  } else if (route.method === 'DELETE' || route.url.endsWith('/roll/')) {
    await freshWorld(); // the world may have lost what later cases aim at
  } else if (route.method !== 'GET') {
    snapshot = await snapshotDatabase(harness.db);
  } else {
    assert.deepEqual(describeChanges(snapshot, await snapshotDatabase(harness.db)), [], `${context}: a read wrote`);
  }
}

before(async () => {
  harness = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
  app = await buildApp({
    db: harness.db,
    config: harness.config,
    logger: { level: 'error', stream: { write: (line: string) => void (errorLog += line) } },
  });
  await app.ready();
  await freshWorld();
});
after(async () => {
  const byStatus = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  console.log(`# fuzzing: ${casesRun} cases (seed ${SEED}, ${RUNS_PER_ROUTE} per route); statuses ${byStatus}`);
  await app.close();
  await harness.close();
});

describe('fuzzing every route', () => {
  it('never answers 5xx, always answers errors in PostHog format, and writes nothing on a 4xx', async (t) => {
    for (const route of app.routeTable) {
      await t.test(routeName(route), async () => {
        try {
          await fc.assert(
            fc.asyncProperty(fuzzCase(route), (testCase) => check(route, testCase)),
            { numRuns: RUNS_PER_ROUTE, seed: SEED, endOnFailure: true },
          );
        } catch (error) {
          await freshWorld(); // the failing case may have written: the next route starts clean
          throw error;
        }
      });
    }
  });

  it('answers unknown paths, methods and credentials under /api/ without a 5xx', async () => {
    const segment = fc.oneof(
      nastyStrings.filter((value) => value !== ''),
      fc.constantFrom('organizations', 'roles', 'members', '@current', '..', '.'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'),
        fc.oneof(
          fc.constant(undefined),
          nastyStrings.map((value) => `Bearer ${value}`),
          nastyStrings,
        ),
        async (segments, method, authorization) => {
          const url = `/api/${segments.map(encodeSegment).join('/')}/`;
          const headers: Record<string, string> = {};
          if (authorization !== undefined) headers.authorization = authorization.replace(/[\r\n\u0000-\u001f\u007f-\uffff]/g, '');
          const response = await app.inject({ method: method as 'GET', url, headers });
          casesRun++;
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          const context = `${method} ${url} -> ${response.statusCode} ${response.body.slice(0, 200)}`;
          assert.ok(response.statusCode < 500, context);
          if (response.statusCode >= 400 && method !== 'HEAD') {
            assertError({ status: response.statusCode, body: JSON.parse(response.body), headers: response.headers }, response.statusCode, {}, context);
          }
        },
      ),
      { numRuns: RUNS_PER_ROUTE * 3, seed: SEED, endOnFailure: true },
    );
    assert.deepEqual(describeChanges(snapshot, await snapshotDatabase(harness.db)), []);
  });

  it('answers malformed request targets without a 5xx', async () => {
    const targets = [
      '/api/organizations/%E0%A4%A/',
      '/api/organizations/%/',
      '/api/organizations/%00/roles/',
      '/api//organizations//',
      '/api/organizations/?limit=%ZZ',
      `/api/organizations/${'a'.repeat(600)}/`,
      '/api/users/@me/?a[b][c]=1&a[b][c]=2',
    ];
    for (const url of targets) {
      for (const method of ['GET', 'POST', 'DELETE'] as const) {
        const response = await app.inject({ method, url, headers: { authorization: `Bearer ${world.a.owner.key.value}` } });
        casesRun++;
        const context = `${method} ${url} -> ${response.statusCode} ${response.body.slice(0, 200)}`;
        assert.ok(response.statusCode < 500, context);
        if (response.statusCode >= 400)
          assertError({ status: response.statusCode, body: JSON.parse(response.body), headers: response.headers }, response.statusCode, {}, context);
      }
    }
  });
});
