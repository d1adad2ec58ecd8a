// The scope list (src/access/scopes.ts) is the one source of the validator, the route table's
// requirements, the OpenAPI document, the CLI's help and `orgbase scopes`, and the README's
// table: each is checked against it here.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ALL_SCOPES, ENFORCED_SCOPES, isValidScope, SCOPE_LIST, SCOPES_EXAMPLE, scopeHint, scopesMarkdownTable } from '../src/access/scopes.ts';
import { commandHelp } from '../src/commands/spec.ts';
import { client, startTestApp, type TestApp } from './support/app.ts';
import { orgbase } from './support/cli.ts';
import { createUserWithKey } from './support/fixtures.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');
const README = fs.readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

describe('the scope list', () => {
  it('names exactly the scopes the routes require, each with what it guards', () => {
    const required = new Set(
      t.app.routeTable.map((route) => route.scope).filter((scope) => scope !== 'authenticated' && scope !== 'public' && scope !== 'optional-key'),
    );
    for (const scope of required) assert.ok(isValidScope(scope!), `a route requires ${scope}, which is not in the list`);
    assert.deepEqual([...required].sort(), [...ENFORCED_SCOPES].sort(), 'the scopes with a text in src/access/scopes.ts are exactly those some route requires');
    assert.deepEqual(
      ALL_SCOPES,
      SCOPE_LIST.map((entry) => entry.scope),
    );
    assert.equal(new Set(ALL_SCOPES).size, ALL_SCOPES.length);
  });

  it('is what a key may be given: every listed scope is accepted, anything else refused', async () => {
    const { key } = await createUserWithKey(t.db, ['*']);
    const accepted = await client(t.app, key).post('/api/personal_api_keys/', { label: 'every scope', scopes: ALL_SCOPES });
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    assert.deepEqual(accepted.body.scopes, ALL_SCOPES);
    const refused = await client(t.app, key).post('/api/personal_api_keys/', { label: 'bad', scopes: ['member:write'] });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.detail, 'Invalid scope: member:write');
  });

  it('gives every operation its scope in OpenAPI, and a 403 example that is what the server answers', async () => {
    const document = (await client(t.app).get('/api/schema/')).body;
    // A key holding a scope no route requires: every scoped route refuses it before anything else.
    const { key } = await createUserWithKey(t.db, ['survey:read']);
    let checked = 0;
    for (const route of t.app.routeTable) {
      const operation = document.paths[openApiPath(route.url)][route.method.toLowerCase()];
      const name = `${route.method} ${route.url}`;
      if (route.scope === 'public') {
        assert.deepEqual(operation.security, [], name);
        continue;
      }
      if (route.scope === 'authenticated') {
        assert.deepEqual(operation.security, [{ PersonalAPIKeyAuth: [] }], name);
        continue;
      }
      // The signup routes: anyone holding a link, or a key (which the service then checks).
      if (route.scope === 'optional-key') {
        assert.deepEqual(operation.security, [{}, { PersonalAPIKeyAuth: [] }], name);
        continue;
      }
      assert.deepEqual(operation.security, [{ PersonalAPIKeyAuth: [route.scope] }], name);
      const example = operation.responses['403']?.content?.['application/json']?.example;
      assert.ok(example, `${name} documents no 403 example`);
      assert.equal(example.detail, `API key missing required scope '${route.scope}'`, name);
      const url = route.url.replace(/:organization_id/g, '@current').replace(/:(\w+)/g, '1');
      const answer = await client(t.app, key).call(route.method, url, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
      assert.equal(answer.status, 403, name);
      assert.deepEqual(answer.body, example, `${name}: the server's 403 differs from the documented example`);
      checked++;
    }
    assert.ok(checked >= ENFORCED_SCOPES.length, `only ${checked} scoped operations`);
    const described = document.components.securitySchemes.PersonalAPIKeyAuth.description as string;
    for (const scope of ENFORCED_SCOPES) assert.ok(described.includes(`\`${scope}\``), `the security scheme does not describe ${scope}`);
  });

  it("gives the CLI's help an example the CLI accepts, and a hint for near misses", async () => {
    assert.ok(commandHelp('keys create').includes(SCOPES_EXAMPLE));
    for (const scope of SCOPES_EXAMPLE.split(',')) assert.ok(isValidScope(scope), scope);
    assert.match(scopeHint('member:write'), /did you mean organization_member:write\?/);
    assert.match(scopeHint('organization:admin'), /^\. A scope is "\*" or <object>:read\|write/);
  });

  it('is printed by `orgbase scopes` as JSON, without a database', async () => {
    const result = await orgbase({ ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, 'scopes');
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), SCOPE_LIST);
  });

  it("is the README's table", () => {
    assert.ok(
      README.includes(`${scopesMarkdownTable()}\n`),
      'README.md lacks the current table of scopes: paste scopesMarkdownTable() from src/access/scopes.ts',
    );
  });
});
