// Every answer of the operations in PostHog's published OpenAPI fragments
// (test/reference/posthog-openapi-fragments.json, a copy of ../shared/reference/) validates
// against PostHog's own schema there. The only leeway is the artefacts the file lists itself.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { Level } from '../src/access/levels.ts';
import { client, startTestApp, type TestApp } from './support/app.ts';
import { addMember, seedKey, createUser } from './support/fixtures.ts';
import { createIntegrationRow } from './support/integrations.ts';
import { createRoleRow } from './support/roles.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const fragments = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'reference/posthog-openapi-fragments.json'), 'utf8'));

type Node = Record<string, unknown>;

/**
 * OpenAPI 3.0 to JSON Schema, for a response: `nullable` becomes a null alternative, refs
 * point into one document, and write-only fields (a request's) are not required.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'nullable' || key === 'writeOnly') continue;
    out[key] = key === '$ref' ? String(value).replace('#/components/schemas/', '#/definitions/') : toJsonSchema(value);
  }
  const properties = (node as Node).properties as Record<string, Node> | undefined;
  if (properties && Array.isArray(out.required)) out.required = (out.required as string[]).filter((name) => !properties[name]?.writeOnly);
  return (node as Node).nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

/** The artefacts `_known_schema_artefacts` lists, each loosened as the file says PostHog really answers. */
function withKnownArtefacts(schemas: Record<string, Node>): Record<string, Node> {
  const patched = structuredClone(schemas);
  const props = (name: string) => patched[name]!.properties as Record<string, Node>;
  // "Organization.metadata is typed string and member_count string ... PostHog sends an object and an integer."
  props('Organization').metadata = { type: 'object', additionalProperties: { type: 'string' } };
  props('Organization').member_count = { type: 'integer' };
  // "last_login (members, role memberships), role_at_organization (User) and
  // OrganizationIntegration.created_by are typed non-nullable, but PostHog sends null."
  props('OrganizationMember').last_login = { ...props('OrganizationMember').last_login, nullable: true };
  props('User').role_at_organization = { ...props('User').role_at_organization, nullable: true };
  props('OrganizationIntegration').created_by = { ...props('OrganizationIntegration').created_by, nullable: true };
  return patched;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'posthog', definitions: toJsonSchema(withKnownArtefacts(fragments.schemas)) });

function assertPostHogShape(operation: string, body: unknown): void {
  const schemaName = fragments.operations[operation];
  assert.ok(schemaName, `no fragment for ${operation}`);
  const validate = ajv.compile({ $ref: `posthog#/definitions/${schemaName}` });
  assert.ok(validate(body), `${operation} does not match PostHog's ${schemaName}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body, null, 1)}`);
}

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe("answers match PostHog's published schemas", () => {
  it('checks every operation of the fragments file', async () => {
    const owner = await createUser(t.db);
    const api = client(t.app, (await seedKey(t.db, owner.id, ['*'])).value);
    const created = await api.post('/api/organizations/', { name: 'Schema org' });
    assert.equal(created.status, 201);
    const organizationId: string = created.body.id;
    const member = await createUser(t.db);
    await addMember(t.db, organizationId, member.id, Level.Member);
    await t.db
      .updateTable('users')
      .set({ role_at_organization: 'engineering', hedgehog_config: JSON.stringify({ use_as_profile: true }) })
      .where('id', '=', owner.id)
      .execute();
    const seen = new Set<string>();
    const check = async (operation: string, response: { status: number; body: unknown }, status = 200) => {
      assert.equal(response.status, status, `${operation}: ${JSON.stringify(response.body)}`);
      assertPostHogShape(operation, response.body);
      seen.add(operation);
    };

    await check('GET /api/organizations/{id}/', await api.get(`/api/organizations/${organizationId}/`));
    await check('GET /api/users/{uuid}/', await api.get('/api/users/@me/'));
    await check('GET /api/users/{uuid}/', await client(t.app, (await seedKey(t.db, member.id, ['user:read'])).value).get('/api/users/@me/'));
    await check(
      'PUT /api/organizations/{organization_id}/members/{user__uuid}/',
      await api.put(`/api/organizations/${organizationId}/members/${member.uuid}/`, { level: 8 }),
    );
    const roleId = await createRoleRow(t.db, organizationId);
    const memberships = `/api/organizations/${organizationId}/roles/${roleId}/role_memberships/`;
    await check('POST /api/organizations/{organization_id}/roles/{role_id}/role_memberships/', await api.post(memberships, { user_uuid: member.uuid }), 201);
    await check('GET /api/organizations/{organization_id}/roles/{role_id}/role_memberships/', await api.get(memberships));
    for (const createdById of [owner.id, null]) {
      const integrationId = await createIntegrationRow(t.db, organizationId, { createdById, integrationId: `icfg_${createdById}` });
      await check(
        'GET /api/organizations/{organization_id}/integrations/{id}/',
        await api.get(`/api/organizations/${organizationId}/integrations/${integrationId}/`),
      );
    }
    assert.deepEqual([...seen].sort(), Object.keys(fragments.operations).sort());
  });

  it("is strict enough to catch main's @me (no team, basic organization)", () => {
    const old = {
      id: 1,
      uuid: '0190f1f2-0000-7000-8000-000000000000',
      distinct_id: 'x',
      first_name: '',
      last_name: '',
      email: 'a@example.com',
      is_email_verified: null,
      hedgehog_config: null,
      role_at_organization: null,
      date_joined: '2024-01-01T00:00:00.000000Z',
      is_active: true,
      is_2fa_enabled: false,
      has_social_auth: false,
      organization: null,
      organizations: [],
    };
    assert.throws(() => assertPostHogShape('GET /api/users/{uuid}/', old), /does not match/);
  });
});
