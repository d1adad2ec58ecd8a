// Who may use the invite routes, through the shared matrix; and the signup routes, which anyone
// holding a link may call (with or without a key), through their own cases below.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Level } from '../access/levels.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { assertError, seedKey, createUser } from '../../test/support/fixtures.ts';
import { insertInviteRow, inviteTeam, tokenOf, uniqueEmail } from '../../test/support/invites.ts';
import { securityMatrix, type SecurityRoute } from '../../test/support/security-matrix.ts';
import { describeChanges, snapshotDatabase } from '../../test/support/snapshot.ts';

const freshInvite: SecurityRoute['setup'] = async ({ db, tenant }) => ({ inviteId: await insertInviteRow(db, tenant.organizationId) });

securityMatrix('invites', [
  { route: 'GET /api/organizations/:organization_id/invites/', success: 200 },
  { route: 'POST /api/organizations/:organization_id/invites/', success: 201, body: () => ({ target_email: uniqueEmail('matrix') }) },
  { route: 'POST /api/organizations/:organization_id/invites/bulk/', success: 201, body: () => [{ target_email: uniqueEmail('matrix') }] },
  { route: 'DELETE /api/organizations/:organization_id/invites/:id/', success: 204, setup: freshInvite },
]);

const SIGNUP_ROUTES = ['GET /api/signup/:token/', 'POST /api/signup/:token/'];

describe('the signup routes', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
  });
  after(() => t.close());

  it('are in the route table, open to anyone with or without a key', () => {
    for (const name of SIGNUP_ROUTES) {
      const [method, url] = name.split(' ');
      assert.equal(t.app.routeTable.find((route) => route.method === method && route.url === url)?.scope, 'optional-key', name);
    }
  });

  it('admit nobody without a live link, whatever the caller, and write nothing when refusing', async () => {
    const team = await inviteTeam(t);
    const made = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail() });
    const stranger = await createUser(t.db);
    const callers = [client(t.app), team.ownerClient, await team.as(team.member), client(t.app, (await seedKey(t.db, stranger.id)).value)];
    const before = await snapshotDatabase(t.db);
    for (const caller of callers) {
      for (const path of [
        `/api/signup/${made.body.id}/`,
        '/api/signup/not-a-token/',
        `/api/signup/${tokenOf(made.body.accept_url).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}/`,
      ]) {
        assertError(await caller.get(path), 400, { code: 'invalid_input', detail: 'The provided invite ID is not valid.' });
        assertError(await caller.post(path, { first_name: 'Mallory' }), 400, { code: 'invalid_input', detail: 'The provided invite ID is not valid.' });
      }
    }
    assert.deepEqual(describeChanges(before, await snapshotDatabase(t.db)), []);
  });

  it("a live link held by the wrong user's key is refused; a member's key cannot use a newcomer's invite", async () => {
    const team = await inviteTeam(t);
    const made = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail(), level: Level.Admin });
    const url = `/api/signup/${tokenOf(made.body.accept_url)}/`;
    const before = await snapshotDatabase(t.db);
    for (const caller of [team.ownerClient, await team.as(team.member)]) {
      assertError(await caller.post(url, {}), 400, { code: 'invalid_recipient' });
    }
    assert.deepEqual(
      describeChanges(before, await snapshotDatabase(t.db)).filter((change) => !change.startsWith('personal_api_keys') && !change.startsWith('audit_log')),
      [],
    );
  });
});
