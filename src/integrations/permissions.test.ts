import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, createKey } from '../../test/support/fixtures.ts';
import { createProjectRow, organizationWithIntegration, storedIntegration, type Person } from '../../test/support/integrations.ts';

let t: TestApp;
let w: Awaited<ReturnType<typeof organizationWithIntegration>>;
before(async () => {
  t = await startTestApp();
  w = await organizationWithIntegration(t.db);
});
after(() => t.close());

type Who = 'owner' | 'admin' | 'member' | 'outsider';
const PEOPLE: Who[] = ['owner', 'admin', 'member', 'outsider'];
const INSUFFICIENT = 'Your organization access level is insufficient.';

const missingScope = (scope: string) => ({ type: 'authentication_error', code: 'permission_denied', detail: `API key missing required scope '${scope}'`, attr: null });

function keyOf(who: Who, scope: 'read' | 'write'): string {
  const person: Person = w[who];
  return scope === 'read' ? person.readKey : person.writeKey;
}

describe('who may read integrations', () => {
  for (const who of PEOPLE) {
    for (const scope of ['read', 'write'] as const) {
      const allowed = who !== 'outsider';
      it(`${allowed ? 'lets' : 'answers 404 to'} the ${who} with an organization_integration:${scope} key${allowed ? ' list and retrieve' : ''}`, async () => {
        const api = client(t.app, keyOf(who, scope));
        const list = await api.get(w.listUrl);
        const item = await api.get(w.url);
        if (allowed) {
          assert.equal(list.status, 200);
          assert.deepEqual(list.body.results.map((integration: { id: string }) => integration.id), [w.integrationId]);
          assert.equal(item.status, 200);
          assert.equal(item.body.id, w.integrationId);
        } else {
          assertError(list, 404, { code: 'not_found', detail: 'Organization not found.' });
          assertError(item, 404, { code: 'not_found', detail: 'Organization not found.' });
        }
      });
    }
  }

  it("answers 403 naming the scope to a key with only organization:read, whatever the caller's level", async () => {
    for (const who of PEOPLE) {
      const api = client(t.app, await createKey(t.db, w[who].user.id, ['organization:read', 'organization:write', 'organization_member:write']));
      assertError(await api.get(w.listUrl), 403, missingScope('organization_integration:read'));
      assertError(await api.get(w.url), 403, missingScope('organization_integration:read'));
    }
  });

  it('lets a * key read', async () => {
    const api = client(t.app, await createKey(t.db, w.member.user.id, ['*']));
    assert.equal((await api.get(w.listUrl)).status, 200);
    assert.equal((await api.get(w.url)).status, 200);
  });

  it('answers 403 to a key scoped to other organizations, naming this one', async () => {
    const other = await organizationWithIntegration(t.db);
    await addMember(t.db, other.organizationId, w.member.user.id);
    const key = await createKey(t.db, w.member.user.id, ['organization_integration:write'], { scopedOrganizations: [other.organizationId] });
    const api = client(t.app, key);
    const detail = `API key does not have access to the requested organization: ID ${w.organizationId}.`;
    assertError(await api.get(w.listUrl), 403, { code: 'permission_denied', detail });
    assertError(await api.patch(w.mappingUrl, { production: w.projectId }), 403, { code: 'permission_denied', detail });
    assert.equal((await api.get(other.listUrl)).status, 200);
  });
});

describe('who may change the environment mapping', () => {
  async function attempt(key: string, body: unknown) {
    const before = await storedIntegration(t.db, w.integrationId);
    const response = await client(t.app, key).patch(w.mappingUrl, body);
    return { response, before, after: await storedIntegration(t.db, w.integrationId) };
  }

  for (const who of PEOPLE) {
    it(`answers 403 naming the write scope to the ${who} with a read key, writing nothing`, async () => {
      const { response, before, after } = await attempt(keyOf(who, 'read'), { production: w.projectId });
      assertError(response, 403, missingScope('organization_integration:write'));
      assert.deepEqual(after, before);
    });
  }

  for (const who of ['owner', 'admin'] as const) {
    it(`lets the ${who} with a write key change it`, async () => {
      const projectId = await createProjectRow(t.db, w.organizationId);
      const { response, after } = await attempt(keyOf(who, 'write'), { production: projectId });
      assert.equal(response.status, 200);
      const mapping = { production: projectId, preview: projectId, development: projectId };
      assert.deepEqual(response.body.config.environment_mapping, mapping);
      assert.deepEqual(after.config.environment_mapping, mapping);
    });
  }

  it('answers 403 to a member with a write key, before looking at the body', async () => {
    for (const body of [{ production: w.projectId }, { production: 'abc' }, {}]) {
      const { response, before, after } = await attempt(w.member.writeKey, body);
      assertError(response, 403, { type: 'authentication_error', code: 'permission_denied', detail: INSUFFICIENT, attr: null });
      assert.deepEqual(after, before);
    }
  });

  it('answers 404, not 403, to a non-member with a write key, before looking at the body', async () => {
    for (const body of [{ production: w.projectId }, { production: 'abc' }]) {
      const { response, before, after } = await attempt(w.outsider.writeKey, body);
      assertError(response, 404, { code: 'not_found', detail: 'Organization not found.' });
      assert.deepEqual(after, before);
    }
  });

  it('answers 401 without a key, and to an unknown key', async () => {
    const before = await storedIntegration(t.db, w.integrationId);
    assertError(await client(t.app).patch(w.mappingUrl, { production: w.projectId }), 401, { code: 'not_authenticated' });
    assertError(await client(t.app, 'phx_not_a_real_key_at_all').patch(w.mappingUrl, { production: w.projectId }), 401, {
      code: 'authentication_failed',
      detail: 'Personal API key found in request Authorization header is invalid.',
    });
    assert.deepEqual(await storedIntegration(t.db, w.integrationId), before);
  });

  it('takes the key from the body too, as PostHog reads it, without calling it an unknown field', async () => {
    const projectId = await createProjectRow(t.db, w.organizationId);
    const response = await client(t.app).patch(w.mappingUrl, { production: projectId, personal_api_key: w.admin.writeKey });
    assert.equal(response.status, 200);
    const { config } = await storedIntegration(t.db, w.integrationId);
    assert.deepEqual(config.environment_mapping, { production: projectId, preview: projectId, development: projectId });
  });
});
