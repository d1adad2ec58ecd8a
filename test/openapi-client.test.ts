// What a client generator makes of /api/schema/: TypeScript types from the live document
// (openapi-typescript), a small flow written against the named types with openapi-fetch,
// type-checked with tsc and then run against a real server process.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { createTestDatabase, handOver, type TestDatabase } from './support/database.ts';
import { seedKey, createUserWithKey } from './support/fixtures.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
// Inside the repository, so the flow resolves openapi-fetch from node_modules.
const work = path.join(ROOT, `.openapi-test-${process.pid}-${process.env.ORGBASE_TEST_DB ?? 'db'}`);

let database: TestDatabase;
let server: ServerProcess;
let key: string;
let readOnlyUserKey: string;

before(async () => {
  database = await createTestDatabase();
  const owner = await createUserWithKey(database.handle.db);
  key = owner.key;
  readOnlyUserKey = (await seedKey(database.handle.db, owner.user.id, ['user:read'])).value;
  const env = await handOver(database, 'silent');
  delete env.REDIS_URL;
  server = await startServerProcess({ ...env, ORGBASE_RATE_LIMIT_PER_MINUTE: '40' });
  fs.mkdirSync(work, { recursive: true });
});
after(async () => {
  if (process.env.DEBUG_OPENAPI) console.error(server.output());
  server.child.kill('SIGTERM');
  await server.exited;
  await database.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

const FLOW = `
import createClient from 'openapi-fetch';
import type { components, paths } from './api.ts';

type Schemas = components['schemas'];

export async function flow(baseUrl: string, key: string) {
  const client = createClient<paths>({ baseUrl, headers: { authorization: \`Bearer \${key}\` } });
  const created = await client.POST('/api/organizations/', { body: { name: 'Typed client' } });
  if (!created.data) throw new Error(\`create failed: \${JSON.stringify(created.error)}\`);
  const organization: Schemas['Organization'] = created.data;
  const page = await client.GET('/api/organizations/', { params: { query: { limit: 10 } } });
  const list: Schemas['PaginatedOrganizationList'] | undefined = page.data;
  const members = await client.GET('/api/organizations/{organization_id}/members/', {
    params: { path: { organization_id: organization.id } },
  });
  const memberList: Schemas['PaginatedMemberList'] | undefined = members.data;
  const first: Schemas['Member'] | undefined = memberList?.results[0];
  const me = await client.GET('/api/users/@me/');
  const user: Schemas['Me'] | undefined = me.data;
  const keys = await client.GET('/api/personal_api_keys/');
  const keyList: Schemas['PersonalApiKey'][] | undefined = keys.data;
  const missing = await client.GET('/api/organizations/{id}/', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });
  const notFound: Schemas['Error'] | undefined = missing.error;
  return {
    organization: organization.name,
    listed: list?.results.map((item: Schemas['Organization']) => item.name),
    firstMemberLevel: first?.level,
    email: user?.email,
    keyCount: keyList?.length,
    notFoundStatus: missing.response.status,
    notFound,
  };
}
`;

describe('OpenAPI for client generators', () => {
  let document: Record<string, any>;

  it('generates named types from the live document that a typed flow compiles and runs against', async () => {
    const response = await fetch(`${server.url}/api/schema/`);
    assert.equal(response.status, 200);
    document = (await response.json()) as Record<string, any>;
    for (const name of [
      'Organization',
      'Member',
      'Role',
      'RoleMembership',
      'Integration',
      'PersonalApiKey',
      'User',
      'Error',
      'PaginatedOrganizationList',
      'PaginatedMemberList',
      'PaginatedRoleList',
      'PaginatedRoleMembershipList',
      'PaginatedIntegrationList',
    ]) {
      assert.ok(document.components.schemas[name], `component ${name}`);
    }
    fs.writeFileSync(path.join(work, 'api.ts'), astToString(await openapiTS(document as any)));
    fs.writeFileSync(path.join(work, 'flow.ts'), FLOW);
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const args = [
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--allowImportingTsExtensions',
      '--skipLibCheck',
      path.join(work, 'flow.ts'),
    ];
    const checked = await promisify(execFile)(process.execPath, [tsc, ...args], { cwd: ROOT }).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    assert.equal(checked, '', 'the flow type-checks against the generated types');
    const { flow } = (await import(path.join(work, 'flow.ts'))) as { flow: (url: string, key: string) => Promise<any> };
    const result = await flow(server.url, key);
    assert.equal(result.organization, 'Typed client');
    assert.ok(result.listed.includes('Typed client'));
    assert.equal(result.firstMemberLevel, 15);
    assert.match(result.email, /@/);
    assert.equal(result.keyCount, 2);
    assert.equal(result.notFoundStatus, 404);
    assert.deepEqual(result.notFound, document.paths['/api/organizations/{id}/'].get.responses['404'].content['application/json'].example);
  });

  it('shows for each error status the body the server really sends', async () => {
    const example = (url: string, status: number) => document.paths[url].get.responses[String(status)].content['application/json'].example;
    const noKey = await fetch(`${server.url}/api/organizations/`);
    assert.equal(noKey.status, 401);
    assert.deepEqual(await noKey.json(), example('/api/organizations/', 401));
    const narrow = await fetch(`${server.url}/api/organizations/`, { headers: { authorization: `Bearer ${readOnlyUserKey}` } });
    assert.equal(narrow.status, 403);
    assert.deepEqual(await narrow.json(), example('/api/organizations/', 403));
    let throttled: Response | undefined;
    for (let i = 0; i < 60 && !throttled; i++) {
      const attempt = await fetch(`${server.url}/api/users/@me/`, { headers: { authorization: `Bearer ${readOnlyUserKey}` } });
      if (attempt.status === 429) throttled = attempt;
    }
    assert.ok(throttled, 'the rate limit answered 429');
    const body = (await throttled.json()) as Record<string, unknown>;
    const documented = example('/api/users/@me/', 429);
    assert.deepEqual({ ...body, detail: undefined }, { ...documented, detail: undefined });
    assert.match(String(body.detail), /^Request was throttled\. Expected available in \d+ seconds?\.$/);
    for (const header of ['retry-after', 'ratelimit-limit', 'x-request-id']) assert.ok(throttled.headers.get(header), header);
    assert.ok(document.paths['/api/users/@me/'].get.responses['429'].headers['Retry-After']);
    assert.ok(document.paths['/api/users/@me/'].get.responses['500']);
  });

  it('documents headers, servers, licence and tags, and answers YAML', async () => {
    const retrieve = document.paths['/api/organizations/{id}/'].get.responses['200'];
    assert.deepEqual(Object.keys(retrieve.headers).sort(), [
      'ETag',
      'RateLimit-Limit',
      'RateLimit-Policy',
      'RateLimit-Remaining',
      'RateLimit-Reset',
      'X-Request-Id',
    ]);
    assert.ok(document.paths['/api/organizations/'].post.responses['201'].headers['Idempotent-Replayed']);
    assert.equal(document.servers[0].url, server.url);
    assert.equal(document.info.license.identifier, 'MIT');
    const tags = new Set(document.tags.map((tag: { name: string; description: string }) => tag.description && tag.name));
    for (const methods of Object.values(document.paths) as Record<string, { tags: string[] }>[]) {
      for (const operation of Object.values(methods))
        assert.ok(
          operation.tags.every((tag) => tags.has(tag)),
          operation.tags.join(),
        );
    }
    const yaml = await fetch(`${server.url}/api/schema/?format=yaml`);
    assert.match(yaml.headers.get('content-type')!, /^application\/yaml/);
    assert.deepEqual(parse(await yaml.text()), document);
  });

  it('serves swagger-ui and redoc with every asset from this server', async () => {
    for (const page of ['/api/schema/swagger-ui/', '/api/schema/redoc/']) {
      const response = await fetch(`${server.url}${page}`);
      assert.equal(response.status, 200, page);
      const html = await response.text();
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
      assert.ok(assets.length >= 1, page);
      for (const asset of assets) {
        assert.doesNotMatch(asset, /^(https?:)?\/\//, `${page} loads ${asset} from elsewhere`);
        const loaded = await fetch(new URL(asset, `${server.url}${page}`));
        assert.equal(loaded.status, 200, `${page} -> ${asset}`);
        await loaded.arrayBuffer();
      }
    }
    const initializer = await (await fetch(`${server.url}/api/schema/swagger-ui/static/swagger-initializer.js`)).text();
    assert.match(initializer, /url: resolveUrl\('\.\/json'\)/);
    const spec = await (await fetch(`${server.url}/api/schema/swagger-ui/json`)).json();
    assert.ok((spec as any).components.schemas.Organization, 'swagger-ui shows the named document');
  });
});
