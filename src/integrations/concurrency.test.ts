import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { client, startTestApp, type ApiResponse, type TestApp } from '../../test/support/app.ts';
import { TEST_DB } from '../../test/support/database.ts';
import { assertError } from '../../test/support/fixtures.ts';
import { createProjectRow, organizationWithIntegration, storedIntegration } from '../../test/support/integrations.ts';
import type { EnvironmentMapping } from './schemas.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const PARALLEL = 20;

/** Waits until some session of this test's database is waiting for a row lock. */
async function waitForLockWaiter(): Promise<void> {
  for (const deadline = Date.now() + 5000; Date.now() < deadline; ) {
    const { rows } = await sql<{ waiting: number }>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(t.db);
    if (rows[0]!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no session ever waited for the lock');
}

/** A mapping as text whatever its key order (jsonb stores keys in its own order). */
const keyOf = (mapping: EnvironmentMapping | undefined | null) => (mapping ? `${mapping.production}/${mapping.preview}/${mapping.development}` : 'none');

describe('concurrent environment mappings', () => {
  it('apply one after another: none is lost, and no other writer of config loses its change', async () => {
    const w = await organizationWithIntegration(t.db);
    const projects = [w.projectId];
    for (let index = 0; index < 4; index++) projects.push(await createProjectRow(t.db, w.organizationId));
    // Twenty distinct mappings, so each audited step can be told apart.
    const mappings: EnvironmentMapping[] = Array.from({ length: PARALLEL }, (_, index) => ({
      production: projects[index % 5]!,
      preview: projects[Math.floor(index / 5) % 5]!,
      development: projects[(index + 2) % 5]!,
    }));
    assert.equal(new Set(mappings.map(keyOf)).size, PARALLEL);

    const api = client(t.app, w.admin.writeKey);
    const otherWriter = async () => {
      for (let step = 1; step <= 5; step++) {
        await sql`UPDATE organization_integrations SET config = jsonb_set(config, '{account}', ${JSON.stringify({ name: `Acme ${step}` })}::jsonb) WHERE id = ${w.integrationId}`.execute(
          t.db,
        );
      }
    };
    const [responses] = await Promise.all([Promise.all(mappings.map((mapping) => api.patch(w.mappingUrl, mapping))), otherWriter()]);

    for (const response of responses) assert.equal(response.status, 200, JSON.stringify(response.body));
    const stored = await storedIntegration(t.db, w.integrationId);
    assert.equal(stored.config.type, 'connectable');
    assert.deepEqual(stored.config.account, { name: 'Acme 5' });
    const final = keyOf(stored.config.environment_mapping as EnvironmentMapping);
    assert.ok(mappings.map(keyOf).includes(final), `final mapping ${final} is not one that was submitted`);

    // Each write read the mapping the previous one left: the audited steps form one chain
    // from no mapping to the stored one, through every submitted mapping exactly once.
    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', w.integrationId).execute();
    assert.equal(audit.length, PARALLEL);
    const mappingIn = (snapshot: unknown) => keyOf((snapshot as { config: { environment_mapping?: EnvironmentMapping } }).config.environment_mapping);
    const nextOf = new Map(audit.map((row) => [mappingIn(row.before), mappingIn(row.after)]));
    assert.equal(nextOf.size, PARALLEL, 'two writes started from the same mapping: one of them was lost');
    let current = keyOf(undefined);
    const visited = new Set<string>();
    for (let step = 0; step < PARALLEL; step++) {
      current = nextOf.get(current)!;
      assert.ok(current, `the chain of writes breaks after ${step} steps`);
      visited.add(current);
    }
    assert.equal(current, final);
    assert.deepEqual([...visited].sort(), mappings.map(keyOf).sort());
  });

  // Two transactions at once need two connections: the embedded database has one.
  it('does not store a mapping to a project deleted while it waits', { skip: TEST_DB !== 'postgres' && 'needs two connections' }, async () => {
    const w = await organizationWithIntegration(t.db);
    const doomed = await createProjectRow(t.db, w.organizationId);
    const api = client(t.app, w.admin.writeKey);
    let pending: Promise<ApiResponse> | undefined;
    await t.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('projects').where('id', '=', doomed).execute();
      pending = api.patch(w.mappingUrl, { production: doomed });
      await waitForLockWaiter();
    });
    const response = await pending!;
    assertError(response, 400, { code: 'invalid_input', detail: `Project ${doomed} does not belong to this organization.`, attr: 'production' });
    assert.equal((await storedIntegration(t.db, w.integrationId)).config.environment_mapping, undefined);
  });
});
