// Accepting an invite (reference §1.9), as an existing user with their key and as a new user
// anonymously; every refusal in PostHog's words, and the link as the only thing that admits.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Level } from '../access/levels.ts';
import { redactUrl } from '../http/logging.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, createOrganizationRow, createUser } from '../../test/support/fixtures.ts';
import { age, inviteTeam, invitesOf, tokenOf, uniqueEmail } from '../../test/support/invites.ts';
import { createProjectRow } from '../../test/support/integrations.ts';
import { dumpDatabase, snapshotDatabase } from '../../test/support/snapshot.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
});
after(() => t.close());

const NOT_VALID = { type: 'validation_error', code: 'invalid_input', detail: 'The provided invite ID is not valid.', attr: null };
const anonymous = () => client(t.app);

async function invited(options: { level?: number; email?: string; firstName?: string } = {}) {
  const team = await inviteTeam(t);
  const email = options.email ?? uniqueEmail('invitee');
  const response = await team.ownerClient.post(team.invitesUrl, {
    target_email: email,
    level: options.level ?? Level.Member,
    first_name: options.firstName ?? 'Ivy',
  });
  assert.equal(response.status, 201);
  return {
    team,
    email: email.toLowerCase(),
    invite: response.body,
    token: tokenOf(response.body.accept_url),
    url: `/api/signup/${tokenOf(response.body.accept_url)}/`,
  };
}

async function membershipsOf(userId: number) {
  return t.db.selectFrom('organization_memberships').select(['organization_id', 'level']).where('user_id', '=', userId).execute();
}

describe('GET /api/signup/:token/', () => {
  it("answers PostHog's preview to anyone holding the link", async () => {
    const { team, email, invite, url } = await invited();
    const response = await anonymous().get(url);
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { id: invite.id, target_email: email, first_name: 'Ivy', organization_name: 'Acme' });
    void team;
  });

  it("the invite's id never admits: not valid, as every other wrong shape of token", async () => {
    const { invite, token } = await invited();
    const wrong = [
      invite.id,
      'abc',
      '1234',
      `${token}x`,
      token.slice(1),
      `${token.slice(0, 42)}!`,
      '%00',
      'x'.repeat(400),
      '%F0%9F%98%80',
      `${token.slice(0, 42)}%20`,
      '..%2F..',
    ];
    for (const candidate of wrong) {
      for (const method of ['GET', 'POST']) {
        const response = await anonymous().call(method, `/api/signup/${candidate}/`, method === 'POST' ? { first_name: 'Eve' } : undefined);
        assertError(response, 400, NOT_VALID);
      }
    }
  });

  it('expired: 400 expired', async () => {
    const { invite, url } = await invited();
    await age(t.db, invite.id, 3.01);
    for (const method of ['GET', 'POST']) {
      assertError(await anonymous().call(method, url, method === 'POST' ? { first_name: 'Ivy' } : undefined), 400, {
        code: 'expired',
        detail: 'This invite has expired. Please ask your admin for a new one.',
        attr: null,
      });
    }
  });

  it('an existing account, anonymously: account_exists with the login path', async () => {
    const { invite, email, url } = await invited();
    await createUser(t.db, { email });
    assertError(await anonymous().get(url), 400, { code: 'account_exists', detail: `/login?next=/signup/${invite.id}` });
    assertError(await anonymous().post(url, { first_name: 'Ivy' }), 400, { code: 'account_exists', detail: `/login?next=/signup/${invite.id}` });
  });

  it("with a key: invalid_recipient for another user's address, user_already_member for a member", async () => {
    const { team, email, url } = await invited();
    const someoneElse = await team.as(await createUser(t.db));
    for (const method of ['GET', 'POST']) {
      assertError(await someoneElse.call(method, url, method === 'POST' ? {} : undefined), 400, {
        code: 'invalid_recipient',
        detail: 'This invite is intended for another email address.',
      });
    }
    const invitee = await createUser(t.db, { email });
    await addMember(t.db, team.organization, invitee.id, Level.Member);
    const asInvitee = await team.as(invitee);
    assertError(await asInvitee.get(url), 400, { code: 'user_already_member', detail: 'You already are a member of this organization.' });
    assertError(await asInvitee.post(url, {}), 400, { code: 'user_already_member', detail: 'You already are a member of this organization.' });
  });
});

describe('POST /api/signup/:token/ by a new user (anonymous)', () => {
  it('creates the user, their membership at the invite\'s level and their first "*" key, shown once', async () => {
    const { team, email, invite, url } = await invited({ level: Level.Admin });
    const other = await inviteTeam(t);
    const elsewhere = await other.ownerClient.post(other.invitesUrl, { target_email: email });
    await createProjectRow(t.db, team.organization, 'First');
    await createProjectRow(t.db, team.organization, 'Second');
    const firstTeam = await t.db.selectFrom('teams').select('id').where('organization_id', '=', team.organization).orderBy('id').executeTakeFirstOrThrow();
    const response = await anonymous().post(url, { first_name: ' Ivy ', last_name: 'Ng', password: 'ignored', role_at_organization: 'engineering' });
    assert.equal(response.status, 201);
    const body = response.body;
    assert.deepEqual(Object.keys(body).sort(), [
      'distinct_id',
      'email',
      'first_name',
      'hedgehog_config',
      'id',
      'is_email_verified',
      'last_name',
      'personal_api_key',
      'redirect_url',
      'role_at_organization',
      'uuid',
    ]);
    assert.equal(body.email, email);
    assert.equal(body.first_name, 'Ivy');
    assert.equal(body.last_name, 'Ng');
    assert.equal(body.is_email_verified, false);
    assert.equal(body.role_at_organization, 'engineering');
    assert.equal(body.redirect_url, '/');
    assert.deepEqual(body.personal_api_key.scopes, ['*']);
    assert.deepEqual(body.personal_api_key.scoped_organizations, []);
    assert.match(body.personal_api_key.value, /^phx_[0-9A-Za-z]{40,}$/);
    const user = await t.db.selectFrom('users').selectAll().where('uuid', '=', body.uuid).executeTakeFirstOrThrow();
    assert.deepEqual(await membershipsOf(user.id), [{ organization_id: team.organization, level: Level.Admin }]);
    assert.equal(user.current_organization_id, team.organization);
    assert.equal((await invitesOf(t.db, team.organization)).length, 0, "the organization's invites for the address are gone");
    assert.equal((await invitesOf(t.db, other.organization)).length, 1, "another organization's invite for the address stays");
    assert.equal((await anonymous().get(`/api/signup/${tokenOf(elsewhere.body.accept_url)}/`)).body.code, 'account_exists');
    // The key works, and @me shows the new organization as current.
    const me = await client(t.app, body.personal_api_key.value).get('/api/users/@me/');
    assert.equal(me.status, 200);
    assert.deepEqual(
      me.body.organizations.map((organization: { id: string }) => organization.id),
      [team.organization],
    );
    assert.equal(me.body.organization.id, team.organization);
    assert.equal(me.body.team?.id, firstTeam.id, "the current project is the organization's first");
    const stored = JSON.stringify(await dumpDatabase(t.db));
    assert.ok(stored.includes(body.personal_api_key.id));
    assert.ok(!stored.includes(body.personal_api_key.value), 'the key value is not at rest');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_uuid'])
      .where('request_id', 'is not', null)
      .where('actor_user_uuid', '=', body.uuid)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((row) => row.action),
      ['user.created', 'personal_api_key.created', 'invite.accepted', 'member.added'],
    );
    // The link worked once.
    assertError(await anonymous().post(url, { first_name: 'Ivy' }), 400, NOT_VALID);
    void invite;
  });

  it('joins the default role too', async () => {
    const { team, url } = await invited();
    const role = await team.ownerClient.post(`/api/organizations/${team.organization}/roles/`, { name: 'Everyone' });
    await team.ownerClient.patch(`/api/organizations/${team.organization}/`, { default_role_id: role.body.id });
    const response = await anonymous().post(url, { first_name: 'Ivy' });
    assert.equal(response.status, 201);
    const roleMembers = await t.db
      .selectFrom('role_memberships')
      .innerJoin('users', 'users.id', 'role_memberships.user_id')
      .select('users.uuid')
      .where('role_id', '=', role.body.id)
      .execute();
    assert.deepEqual(
      roleMembers.map((row) => row.uuid),
      [response.body.uuid],
    );
  });

  it("requires first_name, in DRF's words, and creates nothing without it", async () => {
    const { url } = await invited();
    const before = JSON.stringify(await snapshotDatabase(t.db));
    assertError(await anonymous().post(url, {}), 400, { code: 'required', detail: 'This field is required.', attr: 'first_name' });
    assertError(await anonymous().post(url, { first_name: '  ' }), 400, { code: 'blank', detail: 'This field may not be blank.', attr: 'first_name' });
    assertError(await anonymous().post(url, { first_name: null }), 400, { code: 'null', attr: 'first_name' });
    assertError(await anonymous().post(url, { first_name: 'x'.repeat(129) }), 400, { code: 'max_length', attr: 'first_name' });
    assertError(await anonymous().post(url, { first_name: 'Ivy', last_name: 'x'.repeat(129) }), 400, { code: 'max_length', attr: 'last_name' });
    assertError(await anonymous().post(url, '{"first_name": '), 400, { code: 'parse_error' });
    assert.equal(JSON.stringify(await snapshotDatabase(t.db)), before);
  });
});

describe('POST /api/signup/:token/ by an existing user (their key)', () => {
  it("joins at the invite's level, leaves their names alone, and answers without a key", async () => {
    const { team, email, url } = await invited({ level: Level.Admin });
    const invitee = await createUser(t.db, { email: email.toUpperCase(), firstName: 'Original' });
    const home = await createOrganizationRow(t.db, invitee.id, 'Home');
    const key = await team.as(invitee, ['organization_member:write']);
    const response = await key.post(url, { first_name: 'Changed', password: 'whatever' });
    assert.equal(response.status, 201);
    assert.equal(response.body.first_name, 'Original');
    assert.equal(response.body.personal_api_key, undefined);
    assert.equal(response.body.redirect_url, '/');
    const levels = new Map((await membershipsOf(invitee.id)).map((row) => [row.organization_id, row.level]));
    assert.deepEqual(
      [...levels.entries()].sort(),
      [
        [home, Level.Owner],
        [team.organization, Level.Admin],
      ].sort(),
    );
    const me = await (await team.as(invitee)).get('/api/users/@me/');
    assert.equal(me.body.organization.id, team.organization, 'the current organization is the new one');
    assert.ok(me.body.organizations.some((organization: { id: string }) => organization.id === team.organization));
  });

  it('needs organization_member:write (or *) and a key reaching the organization; a wrong key is 401', async () => {
    const { team, email, url } = await invited();
    const invitee = await createUser(t.db, { email });
    const home = await createOrganizationRow(t.db, invitee.id, 'Home');
    const before = JSON.stringify(await snapshotDatabase(t.db));
    const weak = await team.as(invitee, ['organization:read']);
    const narrowed = await team.as(invitee, ['*'], { scopedOrganizations: [home] });
    const after = JSON.stringify(await snapshotDatabase(t.db));
    assertError(await weak.post(url, {}), 403, { code: 'permission_denied', detail: "API key missing required scope 'organization_member:write'" });
    assertError(await weak.get(url), 403, { detail: "API key missing required scope 'organization_member:read'" });
    assertError(await narrowed.post(url, {}), 403, { detail: `API key does not have access to the requested organization: ID ${team.organization}.` });
    assertError(await client(t.app, 'phx_notakeyatallnotakeyatallnotakeyatall').post(url, {}), 401, { code: 'authentication_failed' });
    assert.equal(JSON.stringify(await snapshotDatabase(t.db)), after);
    void before;
  });
});

describe('two accepts racing', () => {
  it('one new user wins; the other is told the invite was already used; one user, one membership', async () => {
    const { team, email, url } = await invited();
    const responses = await Promise.all([anonymous().post(url, { first_name: 'A' }), anonymous().post(url, { first_name: 'B' })]);
    const statuses = responses.map((response) => response.status).sort();
    assert.deepEqual(statuses, [201, 400], JSON.stringify(responses.map((response) => response.body)));
    const loser = responses.find((response) => response.status === 400)!;
    assertError(loser, 400, { code: 'expired', detail: 'This invite has already been used.' });
    const users = await t.db.selectFrom('users').select('id').where('email', '=', email).execute();
    assert.equal(users.length, 1);
    assert.equal((await membershipsOf(users[0]!.id)).length, 1);
    void team;
  });

  it("one existing user's two accepts: one membership", async () => {
    const { team, email, url } = await invited();
    const invitee = await createUser(t.db, { email });
    const first = await team.as(invitee);
    const second = await team.as(invitee);
    const responses = await Promise.all([first.post(url, {}), second.post(url, {})]);
    assert.deepEqual(responses.map((response) => response.status).sort(), [201, 400]);
    assertError(responses.find((response) => response.status === 400)!, 400, { code: 'expired', detail: 'This invite has already been used.' });
    assert.equal((await membershipsOf(invitee.id)).length, 1);
  });
});

describe('the token in logs', () => {
  it('is redacted from every logged signup URL', () => {
    const token = 'Ab3_-xYz0123456789012345678901234567890123';
    assert.equal(redactUrl(`/api/signup/${token}/`), '/api/signup/[redacted]/');
    assert.equal(redactUrl(`/api/signup/${token}?x=1`), '/api/signup/[redacted]?x=1');
    assert.equal(redactUrl(`/signup/${token}`), '/signup/[redacted]');
  });
});
