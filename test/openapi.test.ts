import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { commit, version } from '../src/version.ts';
import { client, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

// Fastify's `:param` is OpenAPI's `{param}`.
function openApiPath(url: string): string {
  return url.replace(/:(\w+)/g, '{$1}');
}

describe('GET /api/schema/', () => {
  it('is an OpenAPI 3.1 document served without a key', async () => {
    const response = await client(t.app).get('/api/schema/');
    assert.equal(response.status, 200);
    assert.equal(response.body.openapi, '3.1.0');
    assert.ok(response.body.components.securitySchemes.PersonalAPIKeyAuth);
  });

  it('documents every route of the route table with every status it declares', async () => {
    const document = (await client(t.app).get('/api/schema/')).body;
    assert.ok(t.app.routeTable.length > 0);
    for (const route of t.app.routeTable) {
      const operation = document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      assert.ok(operation, `${route.method} ${route.url} is missing from the OpenAPI document`);
      assert.ok(operation.operationId, `${route.method} ${route.url} has no operationId`);
      const declared = Object.keys((route.schema?.response as object | undefined) ?? {});
      assert.ok(
        declared.some((status) => status.startsWith('2')),
        `${route.method} ${route.url} declares no success response`,
      );
      assert.ok(declared.includes('401'), `${route.method} ${route.url} does not declare 401`);
      for (const status of declared) {
        assert.ok(operation.responses[status], `${route.method} ${route.url} lacks response ${status} in the document`);
      }
    }
  });

  it('gives every operation a unique operationId', async () => {
    const document = (await client(t.app).get('/api/schema/')).body;
    const ids = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods as Record<string, { operationId: string }>).map((op) => op.operationId),
    );
    assert.equal(new Set(ids).size, ids.length);
  });

  it('requires every /api/ route to declare a personal API key scope', () => {
    for (const route of t.app.routeTable) assert.ok(route.scope, `${route.method} ${route.url} declares no scope`);
  });
});

describe('GET /api/docs', () => {
  it('serves the interactive reference page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    const page = response.statusCode === 302 ? await t.app.inject({ method: 'GET', url: String(response.headers.location) }) : response;
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /swagger-ui/i);
  });
});

describe('health', () => {
  it('answers /_health and /_readyz', async () => {
    // What runs, so an upgrade is visible (src/version.ts).
    assert.deepEqual((await client(t.app).get('/_health')).body, { status: 'ok', version: version(), commit: commit() });
    assert.match(version(), /^\d+\.\d+\.\d+/);
    assert.deepEqual((await client(t.app).get('/_readyz')).body, { status: 'ok', database: 'ok' });
  });
});
