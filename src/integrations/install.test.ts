import { operatorCaller } from '../access/caller.ts';
import { createWrites } from '../writes/unit-of-work.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { COMMANDS } from '../commands/table.ts';
import { translateDatabaseError } from '../db/database-errors.ts';
import { uuidv7 } from '../db/ids.ts';
import { DomainError } from '../domain/errors.ts';
import { ApiError, asApiError } from '../http/errors.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { createOrganizationRow } from '../../test/support/fixtures.ts';
import { person } from '../../test/support/integrations.ts';
import { createIntegrationService, type NewIntegration } from './service.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

async function organization() {
  const owner = await person(t.db);
  return { owner, organizationId: await createOrganizationRow(t.db, owner.user.id) };
}

async function integrationsOf(organizationId: string) {
  return t.db.selectFrom('organization_integrations').selectAll().where('organization_id', '=', organizationId).orderBy('id').execute();
}

/** The error a caller (HTTP or CLI) is shown: database errors pass through the one translation table. */
async function shownError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => assert.fail('expected a rejection'),
    (reason: unknown) => reason,
  );
  const shown = error instanceof DomainError ? error : translateDatabaseError(error);
  assert.ok(shown instanceof DomainError, `not a domain error: ${String(error)}`);
  return asApiError(shown);
}

describe('installing an integration (the service installation flows call)', () => {
  it('records the integration with its creator and an audit entry, and members then see it', async () => {
    const { owner, organizationId } = await organization();
    const integrations = createIntegrationService({ writes: createWrites(t.db) });
    const installed = await integrations.install(null, {
      organizationId: organizationId.toUpperCase(),
      kind: 'vercel',
      integrationId: '  icfg_abc  ',
      config: { type: 'connectable', account: { name: 'Acme' } },
      createdById: owner.user.id,
    });
    assert.equal(installed.kind, 'vercel');
    assert.equal(installed.integration_id, 'icfg_abc');
    assert.deepEqual(installed.config, { type: 'connectable', account: { name: 'Acme' } });
    assert.equal(installed.created_by?.id, owner.user.id);
    assert.match(installed.created_at, TIMESTAMP);

    const [stored, ...others] = await integrationsOf(organizationId);
    assert.equal(others.length, 0);
    assert.equal(stored!.id, installed.id);
    assert.equal(stored!.integration_id, 'icfg_abc');
    assert.deepEqual(stored!.config, installed.config);
    assert.deepEqual(stored!.sensitive_config, {});
    assert.equal(stored!.created_by_id, owner.user.id);

    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', installed.id).execute();
    assert.deepEqual(
      audit.map((row) => [row.action, row.organization_id, row.actor_user_id, row.before]),
      [['integration.created', organizationId, null, null]],
    );

    const listed = await client(t.app, owner.readKey).get(`/api/organizations/${organizationId}/integrations/`);
    assert.equal(listed.status, 200);
    assert.deepEqual(listed.body.results, [installed]);
  });

  it('allows one integration per organization, kind and integration id', async () => {
    const { organizationId } = await organization();
    const elsewhere = await organization();
    const integrations = createIntegrationService({ writes: createWrites(t.db) });
    const install = (organization: string, kind: string, integrationId: string) =>
      integrations.install(null, { organizationId: organization, kind, integrationId, config: {}, createdById: null });
    await install(organizationId, 'vercel', 'icfg_1');
    await install(organizationId, 'aws_marketplace', 'icfg_1');
    await install(organizationId, 'vercel', 'icfg_2');
    await install(elsewhere.organizationId, 'vercel', 'icfg_1');

    const duplicate = await shownError(install(organizationId, 'vercel', 'icfg_1'));
    assert.deepEqual(duplicate.body(), {
      type: 'validation_error',
      code: 'unique',
      detail: 'An integration of this kind with this id already exists in the organization.',
      attr: null,
    });
    assert.equal(duplicate.statusCode, 400);
    const stored = await integrationsOf(organizationId);
    assert.deepEqual(
      stored.map((row) => [row.kind, row.integration_id]),
      [
        ['vercel', 'icfg_1'],
        ['aws_marketplace', 'icfg_1'],
        ['vercel', 'icfg_2'],
      ],
    );
    const audit = await t.db.selectFrom('audit_log').select('action').where('organization_id', '=', organizationId).execute();
    assert.equal(audit.length, 3);
  });

  it('settles concurrent installs of the same integration in the database: exactly one wins', async () => {
    const { organizationId } = await organization();
    const integrations = createIntegrationService({ writes: createWrites(t.db) });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        integrations.install(null, { organizationId, kind: 'vercel', integrationId: 'icfg_race', config: {}, createdById: null }),
      ),
    );
    assert.equal(results.filter((result) => result.status === 'fulfilled').length, 1);
    for (const result of results) {
      if (result.status === 'rejected') assert.equal(translateDatabaseError(result.reason)?.code, 'unique');
    }
    assert.equal((await integrationsOf(organizationId)).length, 1);
  });

  it('refuses bad input with the field named, writing nothing', async () => {
    const { organizationId } = await organization();
    const integrations = createIntegrationService({ writes: createWrites(t.db) });
    const valid: NewIntegration = { organizationId, kind: 'vercel', integrationId: 'icfg_1', config: {}, createdById: null };
    const cases: [Partial<NewIntegration>, { status: number; code: string; attr: string | null; detail?: string }][] = [
      [{ kind: 'github' }, { status: 400, code: 'invalid_choice', attr: 'kind', detail: '"github" is not a valid choice.' }],
      [{ integrationId: '   ' }, { status: 400, code: 'blank', attr: 'integration_id' }],
      [{ config: [] }, { status: 400, code: 'invalid_input', attr: 'config' }],
      [{ config: null }, { status: 400, code: 'invalid_input', attr: 'config' }],
      [{ config: 'connectable' }, { status: 400, code: 'invalid_input', attr: 'config' }],
      [{ organizationId: 'not-a-uuid' }, { status: 404, code: 'not_found', attr: null, detail: 'Organization not found.' }],
      [{ organizationId: uuidv7() }, { status: 404, code: 'not_found', attr: null, detail: 'Organization not found.' }],
    ];
    for (const [change, expected] of cases) {
      const error = await shownError(integrations.install(null, { ...valid, ...change }));
      assert.equal(error.statusCode, expected.status, JSON.stringify(change));
      assert.equal(error.code, expected.code, JSON.stringify(change));
      assert.equal(error.attr, expected.attr, JSON.stringify(change));
      if (expected.detail) assert.equal(error.detail, expected.detail);
    }
    assert.deepEqual(await integrationsOf(organizationId), []);
  });
});

const commandContext = () => ({ db: t.db, writes: createWrites(t.db), operator: operatorCaller('cli-test') });

describe('orgbase integrations add', () => {
  const add = COMMANDS['integrations add'];

  it('installs through the service, parsing --config as JSON', async () => {
    const { organizationId } = await organization();
    const result = (await add.run(commandContext(), {
      organization: organizationId,
      kind: 'vercel',
      'integration-id': 'icfg_cli',
      config: '{"type":"connectable"}',
    })) as { id: string; config: unknown; created_by: unknown };
    assert.deepEqual(result.config, { type: 'connectable' });
    assert.equal(result.created_by, null);
    const [stored] = await integrationsOf(organizationId);
    assert.equal(stored!.id, result.id);
    assert.equal(stored!.integration_id, 'icfg_cli');
    assert.deepEqual(stored!.config, { type: 'connectable' });

    const withoutConfig = (await add.run(commandContext(), { organization: organizationId, kind: 'aws_marketplace', 'integration-id': 'acct_1' })) as {
      config: unknown;
    };
    assert.deepEqual(withoutConfig.config, {});
  });

  it('refuses --config that is not JSON, and a duplicate, writing nothing', async () => {
    const { organizationId } = await organization();
    const badJson = await shownError(add.run(commandContext(), { organization: organizationId, kind: 'vercel', 'integration-id': 'x', config: '{nope' }));
    assert.equal(badJson.attr, 'config');
    assert.deepEqual(await integrationsOf(organizationId), []);
    await add.run(commandContext(), { organization: organizationId, kind: 'vercel', 'integration-id': 'x' });
    const duplicate = await shownError(add.run(commandContext(), { organization: organizationId, kind: 'vercel', 'integration-id': 'x' }));
    assert.equal(duplicate.code, 'unique');
    assert.equal((await integrationsOf(organizationId)).length, 1);
  });
});
