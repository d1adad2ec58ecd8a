// Who may use the integration routes: the shared matrix, plus what PostHog checks before the
// body and where it takes the key from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { client } from '../../test/support/app.ts';
import { addMember, assertError, seedKey } from '../../test/support/fixtures.ts';
import { createProjectRow, organizationWithIntegration, storedIntegration } from '../../test/support/integrations.ts';
import { securityMatrix } from '../../test/support/security-matrix.ts';

const INSUFFICIENT = 'Your organization access level is insufficient.';

const matrix = securityMatrix('integrations', [
  { route: 'GET /api/organizations/:organization_id/integrations/', success: 200 },
  { route: 'GET /api/organizations/:organization_id/integrations/:id/', success: 200 },
  {
    route: 'PATCH /api/organizations/:organization_id/integrations/:id/environment-mapping/',
    success: 200,
    body: ({ tenant }) => ({ production: tenant.projectId }),
  },
]);

describe('integrations: scopes, bodies and where the key comes from', () => {
  async function fixture() {
    const { app, db } = matrix();
    return { app, db, w: await organizationWithIntegration(db) };
  }

  it('lets members with only the write scope read, as write implies read', async () => {
    const { app, w } = await fixture();
    for (const who of ['owner', 'admin', 'member'] as const) {
      const api = client(app, w[who].writeKey);
      const list = await api.get(w.listUrl);
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.body.results.map((integration: { id: string }) => integration.id),
        [w.integrationId],
      );
      assert.equal((await api.get(w.url)).body.id, w.integrationId);
    }
  });

  it('lets a key scoped to other organizations reach those, while naming this one in its 403', async () => {
    const { app, db, w } = await fixture();
    const other = await organizationWithIntegration(db);
    await addMember(db, other.organizationId, w.member.user.id);
    const key = await seedKey(db, w.member.user.id, ['organization_integration:write'], { scopedOrganizations: [other.organizationId] });
    const api = client(app, key.value);
    const detail = `API key does not have access to the requested organization: ID ${w.organizationId}.`;
    assertError(await api.patch(w.mappingUrl, { production: w.projectId }), 403, { code: 'permission_denied', detail });
    assert.equal((await api.get(other.listUrl)).status, 200);
  });

  it('answers 403 to a member with a write key before looking at the body, writing nothing', async () => {
    const { app, db, w } = await fixture();
    for (const body of [{ production: w.projectId }, { production: 'abc' }, {}]) {
      const before = await storedIntegration(db, w.integrationId);
      assertError(await client(app, w.member.writeKey).patch(w.mappingUrl, body), 403, {
        type: 'authentication_error',
        code: 'permission_denied',
        detail: INSUFFICIENT,
        attr: null,
      });
      assert.deepEqual(await storedIntegration(db, w.integrationId), before);
    }
  });

  it('answers 404, not 403, to a non-member with a write key before looking at the body, writing nothing', async () => {
    const { app, db, w } = await fixture();
    for (const body of [{ production: w.projectId }, { production: 'abc' }]) {
      const before = await storedIntegration(db, w.integrationId);
      assertError(await client(app, w.outsider.writeKey).patch(w.mappingUrl, body), 404, { code: 'not_found', detail: 'Organization not found.' });
      assert.deepEqual(await storedIntegration(db, w.integrationId), before);
    }
  });

  it('answers 401 to an unknown key, writing nothing', async () => {
    const { app, db, w } = await fixture();
    const before = await storedIntegration(db, w.integrationId);
    assertError(await client(app, 'phx_not_a_real_key_at_all').patch(w.mappingUrl, { production: w.projectId }), 401, {
      code: 'authentication_failed',
      detail: 'Personal API key found in request Authorization header is invalid.',
    });
    assert.deepEqual(await storedIntegration(db, w.integrationId), before);
  });

  it('takes the key from the body too, as PostHog reads it, without calling it an unknown field', async () => {
    const { app, db, w } = await fixture();
    const projectId = await createProjectRow(db, w.organizationId);
    const response = await client(app).patch(w.mappingUrl, { production: projectId, personal_api_key: w.admin.writeKey });
    assert.equal(response.status, 200);
    const { config } = await storedIntegration(db, w.integrationId);
    assert.deepEqual(config.environment_mapping, { production: projectId, preview: projectId, development: projectId });
  });
});
