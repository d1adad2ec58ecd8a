// Okta's and Entra ID's requests, in the shapes their documentation shows (test/scim-corpus),
// replayed in order: each answers as RFC 7644 intends, never a 500, always in SCIM's media type,
// and what it changed is what orgbase's own API then shows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { createOrganizationRow, createUserWithKey } from '../../test/support/fixtures.ts';
import { client } from '../../test/support/app.ts';
import { ERROR_SCHEMA, scimClient, type ScimClient } from '../../test/support/scim.ts';
import { ENTRA_CORPUS, OKTA_CORPUS, type CorpusEntry } from '../../test/scim-corpus/corpus.ts';

let harness: TestApp;
let organizationId: string;
let api: ReturnType<typeof client>;
const clients: Record<CorpusEntry['dialect'], ScimClient> = {} as never;
const captured = new Map<string, string>();

async function domainWithScim(domain: string): Promise<{ id: string; token: string }> {
  const created = await api.post(`/api/organizations/${organizationId}/domains/`, { domain });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  await harness.db.updateTable('organization_domains').set({ verified_at: new Date().toISOString() }).where('id', '=', created.body.id).execute();
  const enabled = await api.patch(`/api/organizations/${organizationId}/domains/${created.body.id}/`, { scim_enabled: true });
  return { id: created.body.id, token: enabled.body.scim_bearer_token };
}

before(async () => {
  harness = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
  const { user, key } = await createUserWithKey(harness.db);
  organizationId = await createOrganizationRow(harness.db, user.id, 'Dialects');
  api = client(harness.app, key);
  const okta = await domainWithScim('okta.local');
  const entra = await domainWithScim('testuser.com');
  clients.okta = scimClient(harness.app, okta.id, okta.token, 'Okta SCIM Client 1.0.0');
  clients.entra = scimClient(harness.app, entra.id, entra.token, 'Microsoft.Identity.Provisioning (Entra ID)');
});
after(() => harness?.close());

function fill<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value).replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
      const id = captured.get(name);
      assert.ok(id, `{{${name}}} was not captured by an earlier entry`);
      return id;
    }),
  ) as T;
}

function assertSubset(actual: unknown, expected: unknown, where: string): void {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where}: expected an array, got ${JSON.stringify(actual)}`);
    assert.equal(actual.length, expected.length, `${where}: ${JSON.stringify(actual)}`);
    expected.forEach((item, index) => assertSubset(actual[index], item, `${where}[${index}]`));
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${where}: expected an object, got ${JSON.stringify(actual)}`);
    for (const [key, value] of Object.entries(expected)) assertSubset((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
  } else {
    assert.deepEqual(actual, expected, where);
  }
}

describe('the Okta and Entra ID corpus', () => {
  it('holds at least 60 requests, each citing its documentation page', () => {
    const all = [...OKTA_CORPUS, ...ENTRA_CORPUS];
    console.log(`# SCIM dialect corpus: ${OKTA_CORPUS.length} Okta + ${ENTRA_CORPUS.length} Entra ID = ${all.length} requests`);
    assert.ok(all.length >= 60);
    for (const entry of all) assert.match(entry.source, /^https:\/\/(developer\.okta\.com|learn\.microsoft\.com)\//, entry.name);
  });

  for (const [dialect, corpus] of [
    ['okta', OKTA_CORPUS],
    ['entra', ENTRA_CORPUS],
  ] as const) {
    describe(dialect, () => {
      for (const entry of corpus) {
        it(`${entry.method} ${entry.path.split('?')[0]}: ${entry.name}`, async () => {
          const response = await clients[dialect].call(entry.method, fill(entry.path), entry.body === undefined ? undefined : fill(entry.body));
          const shown = `${entry.method} ${entry.path} -> ${response.status} ${JSON.stringify(response.body)?.slice(0, 500)}`;
          assert.equal(response.status, entry.status, shown);
          if (response.status !== 204) assert.match(String(response.headers['content-type']), /^application\/scim\+json/, shown);
          if (response.status >= 400) {
            assert.deepEqual(response.body.schemas, [ERROR_SCHEMA], shown);
            assert.equal(response.body.status, String(entry.status), shown);
            assert.equal(response.body.scimType, entry.scimType, shown);
          }
          if (entry.expect) assertSubset(response.body, fill(entry.expect), shown);
          for (const name of entry.absent ?? []) assert.ok(!(name in (response.body ?? {})), `${shown}: has ${name}`);
          if (entry.capture) captured.set(entry.capture, response.body.id);
        });
      }
    });
  }

  it("leaves orgbase's own API agreeing: Okta's users are members, Entra's deleted ones are not, no group is left", async () => {
    const members = await api.get(`/api/organizations/${organizationId}/members/?limit=100`);
    const emails = members.body.results.map((member: { user: { email: string } }) => member.user.email).sort();
    assert.deepEqual(
      emails.filter((email: string) => !email.startsWith('user-')),
      ['test.user2@okta.local', 'test.user@okta.local'],
    );
    for (const member of members.body.results) if (member.user.email.endsWith('okta.local')) assert.equal(member.level, 1);
    const roles = await api.get(`/api/organizations/${organizationId}/roles/`);
    assert.equal(roles.body.count, 0);
  });
});
