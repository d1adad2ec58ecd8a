import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uuidv7 } from '../db/ids.ts';
import { client, startTestApp, type ApiResponse, type TestApp } from '../../test/support/app.ts';
import { assertError } from '../../test/support/fixtures.ts';
import { createIntegrationRow, createProjectRow, createTeamRow, organizationWithIntegration, storedIntegration } from '../../test/support/integrations.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const NOT_CONNECTABLE = 'Environment mapping is only supported for connectable integrations.';

async function auditOf(integrationId: string) {
  return t.db.selectFrom('audit_log').selectAll().where('target_id', '=', integrationId).orderBy('id').execute();
}

/** Runs `request` and asserts it wrote nothing: the row (config, updated_at) and the audit trail. */
async function assertWritesNothing(integrationId: string, request: () => Promise<ApiResponse>): Promise<ApiResponse> {
  const before = await storedIntegration(t.db, integrationId);
  const auditBefore = await auditOf(integrationId);
  const response = await request();
  assert.deepEqual(await storedIntegration(t.db, integrationId), before);
  assert.deepEqual(await auditOf(integrationId), auditBefore);
  return response;
}

describe('PATCH .../integrations/:id/environment-mapping/', () => {
  it('maps every environment to production by default, keeps the rest of config, and leaves updated_at (PostHog saves only config)', async () => {
    const w = await organizationWithIntegration(t.db);
    const before = await storedIntegration(t.db, w.integrationId);
    const response = await client(t.app, w.admin.writeKey).patch(w.mappingUrl, { production: w.projectId });
    assert.equal(response.status, 200);
    const mapping = { production: w.projectId, preview: w.projectId, development: w.projectId };
    assert.deepEqual(response.body.config, { type: 'connectable', account: { name: 'Acme' }, environment_mapping: mapping });
    assert.equal(response.body.id, w.integrationId);
    assert.equal(response.body.created_by.id, w.owner.user.id);

    const stored = await storedIntegration(t.db, w.integrationId);
    assert.deepEqual(stored.config, response.body.config);
    assert.equal(stored.updated_at, response.body.updated_at);
    assert.equal(stored.updated_at, before.updated_at);
    assert.equal(stored.created_at, before.created_at);
    assert.deepEqual(stored.sensitive_config, before.sensitive_config);
    assert.ok(!JSON.stringify(response.body).includes('sensitive_config'));

    const audit = await auditOf(w.integrationId);
    assert.deepEqual(
      audit.map((row) => [row.action, row.organization_id, row.actor_user_id, row.target_type]),
      [['integration.updated', w.organizationId, w.admin.user.id, 'integration']],
    );
    assert.deepEqual((audit[0]!.before as { config: unknown }).config, before.config);
    assert.deepEqual((audit[0]!.after as { config: unknown }).config, stored.config);
  });

  it('defaults only the environments not given, and lets an owner replace an earlier mapping', async () => {
    const w = await organizationWithIntegration(t.db);
    const preview = await createProjectRow(t.db, w.organizationId);
    const api = client(t.app, w.owner.writeKey);
    const first = await api.patch(w.mappingUrl, { production: w.projectId, preview });
    assert.equal(first.status, 200);
    assert.deepEqual(first.body.config.environment_mapping, { production: w.projectId, preview, development: w.projectId });

    const second = await api.patch(w.mappingUrl, { production: preview, development: w.projectId });
    assert.equal(second.status, 200);
    const expected = { production: preview, preview, development: w.projectId };
    assert.deepEqual(second.body.config.environment_mapping, expected);
    assert.deepEqual((await storedIntegration(t.db, w.integrationId)).config, {
      type: 'connectable',
      account: { name: 'Acme' },
      environment_mapping: expected,
    });
  });

  it('accepts a team (environment) of a project of the organization, as PostHog maps teams', async () => {
    const w = await organizationWithIntegration(t.db);
    const staging = await createTeamRow(t.db, w.organizationId, w.projectId);
    const response = await client(t.app, w.admin.writeKey).patch(w.mappingUrl, { production: w.projectId, preview: staging, development: staging });
    assert.equal(response.status, 200);
    assert.deepEqual((await storedIntegration(t.db, w.integrationId)).config.environment_mapping, {
      production: w.projectId,
      preview: staging,
      development: staging,
    });
  });

  it('works through @current, without the trailing slash, and from a form body', async () => {
    const w = await organizationWithIntegration(t.db);
    const api = client(t.app, w.admin.writeKey);
    const viaCurrent = await api.patch(`/api/organizations/@current/integrations/${w.integrationId}/environment-mapping`, { production: w.projectId });
    assert.equal(viaCurrent.status, 200);
    const other = await createProjectRow(t.db, w.organizationId);
    const viaForm = await t.app.inject({
      method: 'PATCH',
      url: w.mappingUrl,
      headers: { authorization: `Bearer ${w.admin.writeKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `production=${other}`,
    });
    assert.equal(viaForm.statusCode, 200, viaForm.body);
    assert.deepEqual((await storedIntegration(t.db, w.integrationId)).config.environment_mapping, {
      production: other,
      preview: other,
      development: other,
    });
  });

  it('honours If-Match: the current ETag writes, a stale one answers 412 and writes nothing', async () => {
    const w = await organizationWithIntegration(t.db);
    const api = client(t.app, w.admin.writeKey);
    const { headers } = await api.get(w.url);
    const current = String(headers.etag);
    const written = await api.patch(w.mappingUrl, { production: w.projectId }, { 'if-match': current });
    assert.equal(written.status, 200);
    assert.notEqual(written.headers.etag, current);
    const stale = await assertWritesNothing(w.integrationId, () =>
      api.patch(w.mappingUrl, { production: w.projectId, preview: w.projectId }, { 'if-match': current }),
    );
    assertError(stale, 412, { code: 'precondition_failed' });
  });
});

describe('PATCH .../environment-mapping/ with bad input writes nothing', () => {
  it('refuses an integration that is not connectable, before looking at the body', async () => {
    const w = await organizationWithIntegration(t.db);
    const api = client(t.app, w.admin.writeKey);
    for (const config of [{ type: 'oauth' }, {}]) {
      const id = await createIntegrationRow(t.db, w.organizationId, { config });
      const url = `${w.listUrl}${id}/environment-mapping/`;
      for (const body of [{ production: w.projectId }, {}]) {
        const response = await assertWritesNothing(id, () => api.patch(url, body));
        assertError(response, 400, { type: 'validation_error', code: 'invalid_input', detail: NOT_CONNECTABLE, attr: null });
      }
    }
  });

  const invalid: [string, unknown, { code: string; detail: string; attr: string | null }][] = [
    ['a missing production', {}, { code: 'required', detail: 'This field is required.', attr: 'production' }],
    ['only preview', { preview: 1 }, { code: 'required', detail: 'This field is required.', attr: 'production' }],
    ['a string production', { production: 'abc' }, { code: 'invalid_input', detail: 'A valid integer is required.', attr: 'production' }],
    ['a fractional production', { production: 1.5 }, { code: 'invalid_input', detail: 'A valid integer is required.', attr: 'production' }],
    ['a boolean production', { production: true }, { code: 'invalid_input', detail: 'A valid integer is required.', attr: 'production' }],
    ['a null production', { production: null }, { code: 'null', detail: 'This field may not be null.', attr: 'production' }],
    ['a null preview', { production: 1, preview: null }, { code: 'null', detail: 'This field may not be null.', attr: 'preview' }],
    ['a list development', { production: 1, development: [1] }, { code: 'invalid_input', detail: 'A valid integer is required.', attr: 'development' }],
    ['a list body', [1, 2], { code: 'invalid_input', detail: 'Invalid data. Expected a dictionary, but got list.', attr: null }],
  ];
  for (const [what, body, expected] of invalid) {
    it(`answers 400 to ${what}`, async () => {
      const w = await organizationWithIntegration(t.db);
      const response = await assertWritesNothing(w.integrationId, () => client(t.app, w.admin.writeKey).patch(w.mappingUrl, body));
      assertError(response, 400, { type: 'validation_error', ...expected });
    });
  }

  it('answers 400 naming the environment whose project belongs to another organization or to none', async () => {
    const w = await organizationWithIntegration(t.db);
    const elsewhere = await organizationWithIntegration(t.db);
    const api = client(t.app, w.admin.writeKey);
    const cases: [Record<string, number>, number, string][] = [
      [{ production: elsewhere.projectId }, elsewhere.projectId, 'production'],
      [{ production: w.projectId, preview: elsewhere.projectId }, elsewhere.projectId, 'preview'],
      [{ production: w.projectId, development: elsewhere.projectId }, elsewhere.projectId, 'development'],
      [{ production: 2_000_000_000 }, 2_000_000_000, 'production'],
      [{ production: 2 ** 40 }, 2 ** 40, 'production'],
      [{ production: w.projectId, preview: -1 }, -1, 'preview'],
    ];
    for (const [body, id, attr] of cases) {
      const response = await assertWritesNothing(w.integrationId, () => api.patch(w.mappingUrl, body));
      assertError(response, 400, { type: 'validation_error', code: 'invalid_input', detail: `Project ${id} does not belong to this organization.`, attr });
    }
  });

  it('answers 404 to an integration of another organization, an unknown one and a malformed id, whatever the body', async () => {
    const w = await organizationWithIntegration(t.db);
    const elsewhere = await organizationWithIntegration(t.db);
    const api = client(t.app, w.admin.writeKey);
    const notFound = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null };
    for (const body of [{ production: w.projectId }, { production: 'abc' }]) {
      const response = await assertWritesNothing(elsewhere.integrationId, () => api.patch(`${w.listUrl}${elsewhere.integrationId}/environment-mapping/`, body));
      assertError(response, 404, notFound);
      assertError(await api.patch(`${w.listUrl}${uuidv7()}/environment-mapping/`, body), 404, notFound);
      assertError(await api.patch(`${w.listUrl}not-a-uuid/environment-mapping/`, body), 404, notFound);
    }
    // Nor through the other organization's URL, where the caller is not a member.
    const throughTheirs = await assertWritesNothing(elsewhere.integrationId, () => api.patch(elsewhere.mappingUrl, { production: w.projectId }));
    assertError(throughTheirs, 404, { code: 'not_found', detail: 'Organization not found.' });
  });

  it('answers 400 to malformed JSON, 415 to a body that is not JSON or a form, and 400 to an empty JSON body', async () => {
    const w = await organizationWithIntegration(t.db);
    const send = (payload: string, contentType?: string) =>
      assertWritesNothing(w.integrationId, async () => {
        const response = await t.app.inject({
          method: 'PATCH',
          url: w.mappingUrl,
          headers: { authorization: `Bearer ${w.admin.writeKey}`, ...(contentType ? { 'content-type': contentType } : {}) },
          payload,
        });
        return { status: response.statusCode, body: response.json(), headers: response.headers };
      });
    assertError(await send('{"production": ', 'application/json'), 400, { type: 'invalid_request', code: 'parse_error', attr: null });
    assertError(await send(`production=${w.projectId}`, 'text/plain'), 415, { code: 'unsupported_media_type' });
    assertError(await send('', 'application/json'), 400, { code: 'required', attr: 'production' });
    assertError(await send(''), 400, { type: 'validation_error' });
  });
});
