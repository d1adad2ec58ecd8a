// Role membership writes of one organization that arrive while one is being written go
// together in the next call of orgbase_role_membership_writes (audited-writes.ts): one
// transaction, one commit. Each keeps its own answer, audit row and event, and the events keep
// the organization's gapless sequence in the order the writes were applied.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import type { Caller } from '../access/caller.ts';
import { Level } from '../access/levels.ts';
import { createWrites } from '../writes/unit-of-work.ts';
import { createRoleMembershipService } from './service.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, createUser } from '../../test/support/fixtures.ts';
import { createRoleRow, organizationWithPeople } from '../../test/support/roles.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe('role membership writes sent together', () => {
  it('answers each, numbers their events without a gap in the order applied, and commits them in fewer transactions', async () => {
    const people = await organizationWithPeople(t.db);
    const roleId = await createRoleRow(t.db, people.organizationId, 'Many at once');
    const users = [];
    for (let index = 0; index < 12; index++) {
      const user = await createUser(t.db);
      await addMember(t.db, people.organizationId, user.id);
      users.push(user);
    }
    const api = client(t.app, people.admin.writeKey);
    const url = `/api/organizations/${people.organizationId}/roles/${roleId}/role_memberships/`;
    // Twelve adds, one of them twice (refused as a second add), and one of an outsider, all at once.
    const adds = await Promise.all([...users, users[0]!, people.outsider.user].map((user) => api.post(url, { user_uuid: user.uuid })));
    const created = adds.filter((response) => response.status === 201);
    assert.equal(created.length, 12, JSON.stringify(adds.map((response) => response.status)));
    assert.deepEqual(
      adds
        .filter((response) => response.status !== 201)
        .map((response) => response.body.detail)
        .sort(),
      ['User does not exist.', 'User is already part of the role.'],
    );
    const removals = await Promise.all(created.map((response) => api.delete(`${url}${response.body.id}/`)));
    assert.deepEqual(
      removals.map((response) => response.status),
      created.map(() => 204),
    );

    const events = await t.db
      .selectFrom('events')
      .select(['sequence', 'type', 'data', 'created_at'])
      .where('organization_id', '=', people.organizationId)
      .where('type', 'like', 'role_membership.%')
      .orderBy('sequence')
      .execute();
    assert.equal(events.length, 24);
    const first = Number(events[0]!.sequence);
    assert.deepEqual(
      events.map((event) => Number(event.sequence)),
      events.map((_, index) => first + index),
    );
    // Each membership's creation comes before its deletion, with the membership's own snapshot.
    for (const response of created) {
      const mine = events.filter((event) => (event.data as { id: string }).id === response.body.id);
      assert.deepEqual(
        mine.map((event) => event.type),
        ['role_membership.created', 'role_membership.deleted'],
      );
      assert.equal((mine[0]!.data as { user_uuid: string }).user_uuid, response.body.user.uuid);
    }
    const audit = await t.db
      .selectFrom('audit_log')
      .select('target_id')
      .where('organization_id', '=', people.organizationId)
      .where('target_type', '=', 'role_membership')
      .execute();
    assert.equal(audit.length, 24);
    // now() is the transaction's start: writes committed together share it.
    const transactions = new Set(events.map((event) => String(event.created_at))).size;
    assert.ok(transactions < events.length, `${transactions} transactions for ${events.length} writes`);
  });
});

describe('role membership writes and the calls under way at once', () => {
  /** Twelve adds then their removals at once through a unit of work on `t.db`; the most calls of the function seen under way together. */
  async function mostCallsAtOnce(oneStatementAtATime: boolean): Promise<number> {
    const people = await organizationWithPeople(t.db);
    const roleId = await createRoleRow(t.db, people.organizationId, 'Calls at once');
    const users = [];
    for (let index = 0; index < 12; index++) {
      const user = await createUser(t.db);
      await addMember(t.db, people.organizationId, user.id);
      users.push(user);
    }
    const calls = new Set<unknown>();
    let most = 0;
    const counting: KyselyPlugin = {
      transformQuery({ node, queryId }) {
        if (JSON.stringify(node).includes('orgbase_role_membership_writes')) {
          calls.add(queryId);
          most = Math.max(most, calls.size);
        }
        return node;
      },
      async transformResult({ result, queryId }) {
        calls.delete(queryId);
        return result;
      },
    };
    const service = createRoleMembershipService({ writes: createWrites(t.db.withPlugin(counting), [], undefined, { oneStatementAtATime }) });
    const caller = {
      user: { id: people.admin.user.id, uuid: people.admin.user.uuid },
      key: { id: 'calls-at-once', secureValue: '', scopes: ['organization:write'], scopedOrganizations: [], scopedTeams: [] },
      requestId: 'calls-at-once',
    } satisfies Caller;
    const access = { organizationId: people.organizationId, level: Level.Admin };
    const added = await Promise.all(users.map((user) => service.add(caller, access, roleId, user.uuid)));
    assert.deepEqual(
      added.map((membership) => membership.user.uuid),
      users.map((user) => user.uuid),
    );
    await Promise.all(added.map((membership) => service.remove(caller, access, roleId, membership.id)));
    const events = await t.db
      .selectFrom('events')
      .select(['sequence', 'type'])
      .where('organization_id', '=', people.organizationId)
      .where('type', 'like', 'role_membership.%')
      .orderBy('sequence')
      .execute();
    const first = Number(events[0]!.sequence);
    assert.deepEqual(
      events.map((event) => Number(event.sequence)),
      events.map((_, index) => first + index),
    );
    assert.equal(events.filter((event) => event.type === 'role_membership.deleted').length, 12);
    assert.equal(
      (
        await t.db
          .selectFrom('audit_log')
          .select('id')
          .where('organization_id', '=', people.organizationId)
          .where('target_type', '=', 'role_membership')
          .execute()
      ).length,
      24,
    );
    return most;
  }

  it('sends one call of an organization at a time to a pool of sessions', async () => {
    assert.equal(await mostCallsAtOnce(false), 1);
  });

  it('queues a second call behind the first on a database that runs one statement at a time', async () => {
    // The embedded engine then has the next call when it answers one, instead of waiting idle
    // while the main thread sends the answers and builds the next call.
    assert.equal(await mostCallsAtOnce(true), 2);
  });
});
