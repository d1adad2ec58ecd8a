import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uuidv7 } from '../db/ids.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { assertError, createOrganizationRow } from '../../test/support/fixtures.ts';
import { createIntegrationRow, organizationWithIntegration, storedIntegration } from '../../test/support/integrations.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const FIELDS = ['config', 'created_at', 'created_by', 'id', 'integration_id', 'kind', 'updated_at'];

async function countRows() {
  const row = await t.db
    .selectFrom('organization_integrations')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

describe('GET /api/organizations/:organization_id/integrations/', () => {
  it("lists only this organization's integrations, with every field of the reference and the creator", async () => {
    const w = await organizationWithIntegration(t.db);
    const second = await createIntegrationRow(t.db, w.organizationId, { kind: 'aws_marketplace', config: { region: 'eu' } });
    const elsewhere = await organizationWithIntegration(t.db);

    const response = await client(t.app, w.member.readKey).get(w.listUrl);
    assert.equal(response.status, 200);
    assert.deepEqual(Object.keys(response.body).sort(), ['count', 'next', 'previous', 'results']);
    assert.equal(response.body.count, 2);
    assert.equal(response.body.next, null);
    assert.equal(response.body.previous, null);
    assert.deepEqual(
      response.body.results.map((item: { id: string }) => item.id),
      [w.integrationId, second],
    );
    assert.ok(!JSON.stringify(response.body).includes(elsewhere.integrationId));

    const [first] = response.body.results;
    assert.deepEqual(Object.keys(first).sort(), FIELDS);
    const stored = await storedIntegration(t.db, w.integrationId);
    assert.equal(first.kind, 'vercel');
    assert.equal(first.integration_id, stored.integration_id);
    assert.deepEqual(first.config, stored.config);
    assert.equal(first.created_at, stored.created_at);
    assert.equal(first.updated_at, stored.updated_at);
    assert.match(first.created_at, TIMESTAMP);
    assert.equal(first.created_by.id, w.owner.user.id);
    assert.equal(first.created_by.uuid, w.owner.user.uuid);
    assert.equal(first.created_by.email, w.owner.user.email);
    assert.equal(response.body.results[1].created_by, null);
    assert.deepEqual(response.body.results[1].config, { region: 'eu' });
  });

  it('never shows sensitive_config, in the list or an item', async () => {
    const w = await organizationWithIntegration(t.db);
    const stored = await storedIntegration(t.db, w.integrationId);
    const secret = (stored.sensitive_config as { credentials: { access_token: string } }).credentials.access_token;
    const api = client(t.app, w.member.readKey);
    for (const response of [await api.get(w.listUrl), await api.get(w.url)]) {
      assert.equal(response.status, 200);
      const text = JSON.stringify(response.body);
      assert.ok(!text.includes('sensitive_config'));
      assert.ok(!text.includes(secret));
    }
  });

  it('pages with limit and offset in creation order', async () => {
    const w = await organizationWithIntegration(t.db);
    const ids = [w.integrationId];
    for (let index = 0; index < 3; index++) ids.push(await createIntegrationRow(t.db, w.organizationId));
    const api = client(t.app, w.member.readKey);

    const firstPage = await api.get(`${w.listUrl}?limit=2`);
    assert.equal(firstPage.status, 200);
    assert.equal(firstPage.body.count, 4);
    assert.deepEqual(
      firstPage.body.results.map((item: { id: string }) => item.id),
      ids.slice(0, 2),
    );
    assert.equal(firstPage.body.next, `http://localhost${w.listUrl}?limit=2&offset=2`);
    assert.equal(firstPage.body.previous, null);

    const secondPage = await api.get(`${w.listUrl}?limit=2&offset=2`);
    assert.deepEqual(
      secondPage.body.results.map((item: { id: string }) => item.id),
      ids.slice(2),
    );
    assert.equal(secondPage.body.next, null);
    assert.equal(secondPage.body.previous, `http://localhost${w.listUrl}?limit=2`);
  });

  it('answers an empty page for an organization without integrations', async () => {
    const w = await organizationWithIntegration(t.db);
    const empty = await createOrganizationRow(t.db, w.member.user.id, 'Empty');
    const response = await client(t.app, w.member.readKey).get(`/api/organizations/${empty}/integrations/`);
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { count: 0, next: null, previous: null, results: [] });
  });

  it('resolves @current and answers with or without the trailing slash', async () => {
    const w = await organizationWithIntegration(t.db);
    const api = client(t.app, w.member.readKey);
    const viaCurrent = await api.get('/api/organizations/@current/integrations/');
    assert.equal(viaCurrent.status, 200);
    assert.deepEqual(
      viaCurrent.body.results.map((item: { id: string }) => item.id),
      [w.integrationId],
    );
    const withoutSlash = await api.get(w.listUrl.slice(0, -1));
    assert.equal(withoutSlash.status, 200);
    assert.equal(withoutSlash.body.count, 1);
    const item = await api.get(`/api/organizations/@current/integrations/${w.integrationId}`);
    assert.equal(item.status, 200);
    assert.equal(item.body.id, w.integrationId);
  });

  it('answers 404, not 403, to a non-member, and to unknown or malformed organization ids', async () => {
    const w = await organizationWithIntegration(t.db);
    const api = client(t.app, w.outsider.readKey);
    assertError(await api.get(w.listUrl), 404, { type: 'invalid_request', code: 'not_found', detail: 'Organization not found.', attr: null });
    assertError(await api.get(w.url), 404, { code: 'not_found', detail: 'Organization not found.' });
    const member = client(t.app, w.member.readKey);
    assertError(await member.get(`/api/organizations/${uuidv7()}/integrations/`), 404, { code: 'not_found' });
    assertError(await member.get('/api/organizations/not-a-uuid/integrations/'), 404, { code: 'not_found' });
  });
});

describe('GET /api/organizations/:organization_id/integrations/:id/', () => {
  it('answers the integration as stored', async () => {
    const w = await organizationWithIntegration(t.db);
    const response = await client(t.app, w.member.readKey).get(w.url);
    assert.equal(response.status, 200);
    assert.deepEqual(Object.keys(response.body).sort(), FIELDS);
    const stored = await storedIntegration(t.db, w.integrationId);
    assert.equal(response.body.id, w.integrationId);
    assert.deepEqual(response.body.config, stored.config);
    assert.equal(response.body.updated_at, stored.updated_at);
    assert.equal(response.body.created_by.id, w.owner.user.id);
    assert.ok(response.headers.etag);
  });

  it('answers 404 to an unknown, a malformed, and an upper-case id of an integration elsewhere', async () => {
    const w = await organizationWithIntegration(t.db);
    const elsewhere = await organizationWithIntegration(t.db);
    const api = client(t.app, w.member.readKey);
    const notFound = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null };
    assertError(await api.get(`${w.listUrl}00000000-0000-0000-0000-000000000000/`), 404, notFound);
    assertError(await api.get(`${w.listUrl}not-a-uuid/`), 404, notFound);
    assertError(await api.get(`${w.listUrl}${elsewhere.integrationId.toUpperCase()}/`), 404, notFound);
    assertError(await api.get(`${w.listUrl}${elsewhere.integrationId}/`), 404, notFound);
    const upper = await api.get(`${w.listUrl}${w.integrationId.toUpperCase()}/`);
    assert.equal(upper.status, 200);
    assert.equal(upper.body.id, w.integrationId);
  });
});

describe('methods the API does not offer on integrations', () => {
  it('answers 405 to POST on the list and to PUT, PATCH and DELETE on an item, changing nothing', async () => {
    const w = await organizationWithIntegration(t.db);
    const api = client(t.app, w.owner.writeKey);
    const before = await storedIntegration(t.db, w.integrationId);
    const rowsBefore = await countRows();
    const attempts = [
      ['POST', w.listUrl, { kind: 'vercel', integration_id: 'x', config: {} }],
      ['PUT', w.url, { config: { type: 'hacked' } }],
      ['PATCH', w.url, { config: { type: 'hacked' } }],
      ['DELETE', w.url, undefined],
      ['DELETE', w.listUrl, undefined],
      ['GET', w.mappingUrl, undefined],
      ['POST', w.mappingUrl, { production: w.projectId }],
    ] as const;
    for (const [method, url, body] of attempts) {
      const response = await api.call(method, url, body);
      assertError(response, 405, { type: 'invalid_request', code: 'method_not_allowed', detail: `Method "${method}" not allowed.`, attr: null });
    }
    assert.deepEqual(await storedIntegration(t.db, w.integrationId), before);
    assert.equal(await countRows(), rowsBefore);
  });
});
