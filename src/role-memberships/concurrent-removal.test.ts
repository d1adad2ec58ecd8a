// A role or a member removed while someone is being added to the role: the insert's foreign
// key decides, and the answer is the one a later request would get (404, "User does not exist.").
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { translateDatabaseError } from '../db/database-errors.ts';
import { client, startTestApp, type ApiResponse, type TestApp } from '../../test/support/app.ts';
import { TEST_DB } from '../../test/support/database.ts';
import { assertError } from '../../test/support/fixtures.ts';
import { createRoleRow, organizationWithPeople, roleMembershipsOf } from '../../test/support/roles.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

// The embedded database has one connection, so a second transaction cannot be held open there.
const needsSecondConnection = { skip: TEST_DB === 'pglite' ? 'needs a second database connection' : false };

async function waitForBlockedQuery(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const waiting = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
    `.execute(t.db);
    if (waiting.rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the add never waited for the removal');
}

/** Runs `remove` in a transaction held open until the add is blocked on it, then commits. */
async function addWhileRemoving(remove: (trx: Transaction<Database>) => Promise<unknown>, add: () => Promise<ApiResponse>) {
  let response: Promise<ApiResponse> | undefined;
  await t.db.transaction().execute(async (trx) => {
    await remove(trx);
    response = add();
    await waitForBlockedQuery();
  });
  return response!;
}

describe('adding to a role while it or the member is being removed', () => {
  it('answers 404 when the role is deleted first, and stores nothing', needsSecondConnection, async () => {
    const w = await organizationWithPeople(t.db);
    const roleId = await createRoleRow(t.db, w.organizationId);
    const url = `/api/organizations/${w.organizationId}/roles/${roleId}/role_memberships/`;
    const response = await addWhileRemoving(
      (trx) => trx.deleteFrom('roles').where('id', '=', roleId).execute(),
      () => client(t.app, w.admin.writeKey).post(url, { user_uuid: w.member.user.uuid }),
    );
    assertError(response, 404, { code: 'not_found' });
    assert.equal((await roleMembershipsOf(t.db, roleId)).length, 0);
  });

  it('answers "User does not exist." when the member leaves the organization first', needsSecondConnection, async () => {
    const w = await organizationWithPeople(t.db);
    const roleId = await createRoleRow(t.db, w.organizationId);
    const url = `/api/organizations/${w.organizationId}/roles/${roleId}/role_memberships/`;
    const response = await addWhileRemoving(
      (trx) => trx.deleteFrom('organization_memberships').where('organization_id', '=', w.organizationId).where('user_id', '=', w.member.user.id).execute(),
      () => client(t.app, w.admin.writeKey).post(url, { user_uuid: w.member.user.uuid }),
    );
    assertError(response, 400, { code: 'invalid_input', detail: 'User does not exist.', attr: null });
    assert.equal((await roleMembershipsOf(t.db, roleId)).length, 0);
  });

  it('maps the foreign keys of role_memberships to those answers', () => {
    const violation = (constraint: string) => ({ code: '23503', constraint });
    assert.equal(translateDatabaseError(violation('role_memberships_role_id_fkey'))?.kind, 'not_found');
    assert.equal(translateDatabaseError(violation('role_memberships_organization_member_id_fkey'))?.detail, 'User does not exist.');
    assert.equal(translateDatabaseError(violation('role_memberships_user_id_fkey'))?.detail, 'User does not exist.');
  });
});
