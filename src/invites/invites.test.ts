// Invite management as PostHog's tests pin it (reference §1.3-1.8), and what orgbase adds:
// the acceptance link shown once, its token only hashed at rest, one transaction per bulk.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Level } from '../access/levels.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, assertError, createOrganizationRow, createUser } from '../../test/support/fixtures.ts';
import { age, hashInviteToken, inviteTeam, invitesOf, storedTokenHash, tokenOf, uniqueEmail } from '../../test/support/invites.ts';
import { createProjectRow } from '../../test/support/integrations.ts';
import { dumpDatabase, snapshotDatabase } from '../../test/support/snapshot.ts';
import { loadConfig } from '../config.ts';
import { inviteLink } from './token.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
});
after(() => t.close());

const INVITE_FIELDS = [
  'created_at',
  'created_by',
  'emailing_attempt_made',
  'first_name',
  'id',
  'is_expired',
  'level',
  'message',
  'private_project_access',
  'target_email',
  'updated_at',
];
const LEVEL_ABOVE = 'You cannot invite a user with a higher permission level than your own.';

/** Digests of every table: equal before and after means nothing was written. */
async function dump(): Promise<string> {
  return JSON.stringify(await snapshotDatabase(t.db));
}

/** Every row of every table as text: what is at rest. */
async function atRest(): Promise<string> {
  return JSON.stringify(await dumpDatabase(t.db));
}

describe('POST /api/organizations/:organization_id/invites/', () => {
  it("answers 201 with PostHog's 11 fields and the link, shown once, whose token is only hashed at rest", async () => {
    const team = await inviteTeam(t);
    const response = await team.ownerClient.post(team.invitesUrl, { target_email: 'New.Person@Example.COM', first_name: 'Neo' });
    assert.equal(response.status, 201);
    assert.deepEqual(
      Object.keys(response.body)
        .filter((key) => key !== 'accept_url')
        .sort(),
      INVITE_FIELDS,
    );
    const invite = response.body;
    assert.equal(invite.target_email, 'new.person@example.com', 'the whole address is lower-cased');
    assert.equal(invite.level, 1);
    assert.equal(invite.message, null);
    assert.deepEqual(invite.private_project_access, []);
    assert.equal(invite.emailing_attempt_made, false, 'no SMTP configured');
    assert.equal((await t.db.selectFrom('invite_emails').select('id').where('invite_id', '=', invite.id).execute()).length, 0, 'nothing queued');
    assert.equal(invite.is_expired, false);
    assert.equal(invite.created_by.uuid, team.owner.uuid);
    assert.match(response.headers.etag as string, /^"/);
    assert.match(invite.accept_url, /^http:\/\/localhost(:80)?\/signup\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(invite.accept_url);
    assert.equal(await storedTokenHash(t.db, invite.id), hashInviteToken(token));
    assert.ok(!(await atRest()).includes(token), 'the token is nowhere in the database');
    assert.ok((await atRest()).includes(invite.id), 'the dump holds the rows it is checked against');
    const listed = await team.ownerClient.get(team.invitesUrl);
    assert.equal(listed.body.results[0].id, invite.id);
    assert.equal(listed.body.results[0].accept_url, undefined, 'the link is never listed');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('organization_id', '=', team.organization)
      .where('action', 'like', 'invite.%')
      .execute();
    assert.deepEqual(audit, [{ action: 'invite.created', target_id: invite.id }]);
  });

  it('builds the link from ORGBASE_INVITE_URL, else SITE_URL or the origin, and refuses a template without {token}', () => {
    assert.equal(inviteLink('T0k', 'https://app.example.com/join?t={token}', 'http://ignored'), 'https://app.example.com/join?t=T0k');
    assert.equal(inviteLink('T0k', undefined, 'https://orgbase.example.com/'), 'https://orgbase.example.com/signup/T0k');
    assert.equal(loadConfig({ ORGBASE_INVITE_URL: 'https://app.example.com/i/{token}' }).inviteUrl, 'https://app.example.com/i/{token}');
    assert.throws(() => loadConfig({ ORGBASE_INVITE_URL: 'https://app.example.com/i/' }), /ORGBASE_INVITE_URL must be/);
    assert.throws(() => loadConfig({ ORGBASE_SMTP_URL: 'http://mail.example.com' }), /ORGBASE_SMTP_URL must be/);
    assert.throws(() => loadConfig({ ORGBASE_EMAIL_FROM: 'not an address' }), /ORGBASE_EMAIL_FROM must be/);
    assert.equal(loadConfig({ ORGBASE_EMAIL_FROM: 'orgbase <noreply@example.com>' }).emailFrom, 'orgbase <noreply@example.com>');
  });

  it('accepts @current', async () => {
    const team = await inviteTeam(t);
    await t.db.updateTable('users').set({ current_organization_id: team.organization }).where('id', '=', team.owner.id).execute();
    const response = await team.ownerClient.post('/api/organizations/@current/invites/', { target_email: uniqueEmail() });
    assert.equal(response.status, 201);
    assert.equal((await invitesOf(t.db, team.organization)).length, 1);
  });

  it("replaces this organization's invites for the address, whatever its case, and the old link stops working", async () => {
    const team = await inviteTeam(t);
    const other = await inviteTeam(t);
    const email = uniqueEmail('again');
    const first = await team.ownerClient.post(team.invitesUrl, { target_email: email });
    const elsewhere = await other.ownerClient.post(other.invitesUrl, { target_email: email });
    const second = await team.ownerClient.post(team.invitesUrl, { target_email: email.toUpperCase() });
    assert.equal(second.status, 201);
    assert.notEqual(second.body.id, first.body.id);
    const rows = await invitesOf(t.db, team.organization);
    assert.deepEqual(
      rows.map((row) => row.id),
      [second.body.id],
    );
    assert.equal((await invitesOf(t.db, other.organization)).length, 1, "another organization's invite stays");
    const old = await client(t.app).get(`/api/signup/${tokenOf(first.body.accept_url)}/`);
    assertError(old, 400, { code: 'invalid_input', detail: 'The provided invite ID is not valid.' });
    assert.equal((await client(t.app).get(`/api/signup/${tokenOf(elsewhere.body.accept_url)}/`)).status, 200);
    const audit = await t.db.selectFrom('audit_log').select('action').where('target_id', '=', first.body.id).orderBy('id').execute();
    assert.deepEqual(
      audit.map((row) => row.action),
      ['invite.created', 'invite.replaced'],
    );
  });

  it('combine_pending_invites keeps the highest pending level and the union of project access, ignoring expired invites', async () => {
    const team = await inviteTeam(t);
    const projectA = await createProjectRow(t.db, team.organization, 'A');
    const projectB = await createProjectRow(t.db, team.organization, 'B');
    const email = uniqueEmail('combine');
    await team.ownerClient.post(team.invitesUrl, { target_email: email, level: 8, private_project_access: [{ id: projectA, level: 'admin' }] });
    const admin = await team.as(team.admin);
    const combined = await admin.post(team.invitesUrl, {
      target_email: email,
      level: 1,
      combine_pending_invites: true,
      private_project_access: [
        { id: projectA, level: 'member' },
        { id: projectB, level: 'member' },
      ],
    });
    assert.equal(combined.status, 201);
    assert.equal(combined.body.level, 8);
    assert.deepEqual(
      [...combined.body.private_project_access].sort((a: { id: number }, b: { id: number }) => a.id - b.id),
      [
        { id: projectA, level: 'admin' },
        { id: projectB, level: 'member' },
      ],
    );
    await age(t.db, combined.body.id, 4);
    const fresh = await admin.post(team.invitesUrl, { target_email: email, combine_pending_invites: true });
    assert.equal(fresh.body.level, 1, 'an expired invite is not combined');
    assert.equal((await invitesOf(t.db, team.organization)).length, 1);
  });

  it('re-checks the combined level against the inviter (PostHog does not): an admin cannot re-issue an owner invite', async () => {
    const team = await inviteTeam(t);
    const email = uniqueEmail('owner-to-be');
    const owners = await team.ownerClient.post(team.invitesUrl, { target_email: email, level: 15 });
    const response = await (await team.as(team.admin)).post(team.invitesUrl, { target_email: email, combine_pending_invites: true });
    assertError(response, 403, { code: 'permission_denied', detail: LEVEL_ABOVE, attr: null });
    assert.deepEqual(
      (await invitesOf(t.db, team.organization)).map((row) => row.id),
      [owners.body.id],
      'nothing replaced',
    );
  });

  it('lets members invite members, admins up to admins, only owners invite owners', async () => {
    const team = await inviteTeam(t);
    const member = await team.as(team.member);
    const admin = await team.as(team.admin);
    assert.equal((await member.post(team.invitesUrl, { target_email: uniqueEmail(), level: 1 })).status, 201);
    assertError(await member.post(team.invitesUrl, { target_email: uniqueEmail(), level: 8 }), 403, {
      type: 'authentication_error',
      code: 'permission_denied',
      detail: LEVEL_ABOVE,
      attr: null,
    });
    assert.equal((await admin.post(team.invitesUrl, { target_email: uniqueEmail(), level: 8 })).status, 201);
    assertError(await admin.post(team.invitesUrl, { target_email: uniqueEmail(), level: 15 }), 403, { detail: LEVEL_ABOVE });
    assert.equal((await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail(), level: 15 })).status, 201);
    // The level rule is raised inside field validation, so it wins over a bad address before it.
    assertError(await member.post(team.invitesUrl, { target_email: 'not an address', level: 8 }), 403, { detail: LEVEL_ABOVE });
  });

  it("follows members_can_invite in the URL's organization: members refused, admins always allowed", async () => {
    const team = await inviteTeam(t);
    // The member's current organization lets members invite; the URL's does not.
    const home = await createOrganizationRow(t.db, team.member.id, 'Home');
    await t.db.updateTable('users').set({ current_organization_id: home }).where('id', '=', team.member.id).execute();
    await t.db.updateTable('organizations').set({ members_can_invite: false }).where('id', '=', team.organization).execute();
    const before = await invitesOf(t.db, team.organization);
    assertError(await (await team.as(team.member)).post(team.invitesUrl, { target_email: uniqueEmail() }), 403, {
      code: 'permission_denied',
      detail: 'You do not have permission to perform this action.',
    });
    assertError(await (await team.as(team.member)).post(`${team.invitesUrl}bulk/`, [{ target_email: uniqueEmail() }]), 403, {
      detail: 'You do not have permission to perform this action.',
    });
    assert.deepEqual(await invitesOf(t.db, team.organization), before);
    assert.equal((await (await team.as(team.admin)).post(team.invitesUrl, { target_email: uniqueEmail() })).status, 201);
    assert.equal((await (await team.as(team.member)).post(`/api/organizations/${home}/invites/`, { target_email: uniqueEmail() })).status, 201);
  });

  it("stores message and project access, and null for an empty project list (PostHog's quirk)", async () => {
    const team = await inviteTeam(t);
    const empty = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail(), private_project_access: [], message: 'Welcome!' });
    assert.equal(empty.body.private_project_access, null);
    assert.equal(empty.body.message, 'Welcome!');
    const nulled = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail(), private_project_access: null });
    assert.equal(nulled.body.private_project_access, null);
  });
});

describe('invite errors (reference §1.8), each writing nothing', () => {
  async function refused(
    team: Awaited<ReturnType<typeof inviteTeam>>,
    body: unknown,
    status: number,
    expected: Parameters<typeof assertError>[2],
    url = team.invitesUrl,
    as = team.ownerClient,
  ) {
    const before = await dump();
    assertError(await as.post(url, body), status, expected);
    assert.equal(await dump(), before, `${JSON.stringify(body)?.slice(0, 80)} wrote something`);
  }

  it("I-E1 to I-E3, I-E5, lengths and types: field errors with DRF's codes", async () => {
    const team = await inviteTeam(t);
    await refused(team, {}, 400, { type: 'validation_error', code: 'required', detail: 'This field is required.', attr: 'target_email' });
    await refused(team, { target_email: 'not-an-address' }, 400, { code: 'invalid_input', detail: 'Enter a valid email address.', attr: 'target_email' });
    await refused(team, { target_email: 'a@b' }, 400, { code: 'invalid_input', detail: 'Enter a valid email address.', attr: 'target_email' });
    await refused(team, { target_email: null }, 400, { code: 'null', detail: 'This field may not be null.', attr: 'target_email' });
    await refused(team, { target_email: '' }, 400, { code: 'blank', detail: 'This field may not be blank.', attr: 'target_email' });
    await refused(team, { target_email: `${'a'.repeat(250)}@example.com` }, 400, {
      code: 'max_length',
      detail: 'Ensure this field has no more than 254 characters.',
      attr: 'target_email',
    });
    await refused(team, { target_email: ['x@example.com'] }, 400, { code: 'invalid_input', detail: 'Not a valid string.', attr: 'target_email' });
    await refused(team, { target_email: uniqueEmail(), first_name: 'x'.repeat(31) }, 400, {
      code: 'max_length',
      detail: 'Ensure this field has no more than 30 characters.',
      attr: 'first_name',
    });
    await refused(team, { target_email: uniqueEmail(), level: 5 }, 400, { code: 'invalid_choice', detail: '"5" is not a valid choice.', attr: 'level' });
    await refused(team, { target_email: uniqueEmail(), level: 'owner' }, 400, {
      code: 'invalid_choice',
      detail: '"owner" is not a valid choice.',
      attr: 'level',
    });
    await refused(team, { target_email: uniqueEmail(), send_email: 'maybe' }, 400, {
      code: 'invalid_input',
      detail: 'Must be a valid boolean.',
      attr: 'send_email',
    });
    await refused(team, [{ target_email: uniqueEmail() }], 400, {
      code: 'invalid_input',
      detail: 'Invalid data. Expected a dictionary, but got list.',
      attr: null,
    });
  });

  it('answers malformed JSON with a parse error, never a 500', async () => {
    const team = await inviteTeam(t);
    await refused(team, '{"target_email": ', 400, { code: 'parse_error' });
  });

  it('I-E6: refuses an address that already belongs to a member, whatever its case, yourself included', async () => {
    const team = await inviteTeam(t);
    const detail = 'A user with this email address already belongs to the organization.';
    await refused(team, { target_email: team.member.email.toUpperCase() }, 400, { code: 'invalid_input', detail, attr: null });
    await refused(team, { target_email: team.owner.email }, 400, { code: 'invalid_input', detail, attr: null });
  });

  it("I-E7 and project access's structure: PostHog's messages", async () => {
    const team = await inviteTeam(t);
    const other = await inviteTeam(t);
    const foreignProject = await createProjectRow(t.db, other.organization, 'Theirs');
    const attr = 'private_project_access';
    const target_email = uniqueEmail();
    await refused(team, { target_email, private_project_access: [{ id: foreignProject, level: 'member' }] }, 400, {
      code: 'invalid_input',
      detail: 'Project does not exist on this organization, or it is private and you do not have access to it.',
      attr,
    });
    await refused(team, { target_email, private_project_access: 'all' }, 400, { detail: 'The field must be a list of dictionaries.', attr });
    await refused(team, { target_email, private_project_access: [1] }, 400, { detail: 'Each item in the list must be a dictionary.', attr });
    await refused(team, { target_email, private_project_access: [{ id: 1 }] }, 400, { detail: 'Each dictionary must contain "id" and "level" keys.', attr });
    await refused(team, { target_email, private_project_access: [{ id: 'one', level: 'member' }] }, 400, {
      detail: 'The "id" field must be an integer.',
      attr,
    });
    await refused(team, { target_email, private_project_access: [{ id: 1, level: 'god' }] }, 400, {
      detail: 'The "level" field must be a valid access level.',
      attr,
    });
  });

  it('I-E10, I-E11: a foreign or unknown organization answers 404 (orgbase hides other tenants)', async () => {
    const team = await inviteTeam(t);
    const other = await inviteTeam(t);
    await refused(
      team,
      { target_email: uniqueEmail() },
      404,
      { type: 'invalid_request', code: 'not_found', detail: 'Organization not found.' },
      other.invitesUrl,
    );
    await refused(
      team,
      { target_email: uniqueEmail() },
      404,
      { detail: 'Organization not found.' },
      '/api/organizations/01890000-0000-7000-8000-000000000000/invites/',
    );
  });

  it('I-E16: a key without organization_member:write, or narrowed to another organization, is refused', async () => {
    const team = await inviteTeam(t);
    const reader = await team.as(team.owner, ['organization_member:read']);
    await refused(
      team,
      { target_email: uniqueEmail() },
      403,
      { code: 'permission_denied', detail: "API key missing required scope 'organization_member:write'" },
      team.invitesUrl,
      reader,
    );
    await refused(
      team,
      [{ target_email: uniqueEmail() }],
      403,
      { detail: "API key missing required scope 'organization_member:write'" },
      `${team.invitesUrl}bulk/`,
      reader,
    );
    const listOnly = await team.as(team.owner, ['organization:read']);
    assertError(await listOnly.get(team.invitesUrl), 403, { detail: "API key missing required scope 'organization_member:read'" });
    const elsewhere = await createOrganizationRow(t.db, team.owner.id, 'Elsewhere');
    const narrowed = await team.as(team.owner, ['*'], { scopedOrganizations: [elsewhere] });
    await refused(
      team,
      { target_email: uniqueEmail() },
      403,
      { detail: `API key does not have access to the requested organization: ID ${team.organization}.` },
      team.invitesUrl,
      narrowed,
    );
  });
});

describe('POST /api/organizations/:organization_id/invites/bulk/', () => {
  it('creates every row in order, each with its own link', async () => {
    const team = await inviteTeam(t);
    const emails = [uniqueEmail('b1'), uniqueEmail('b2')];
    const response = await team.ownerClient.post(
      `${team.invitesUrl}bulk/`,
      emails.map((target_email, index) => ({ target_email, level: index ? 8 : 1 })),
    );
    assert.equal(response.status, 201);
    assert.deepEqual(
      response.body.map((invite: { target_email: string }) => invite.target_email),
      emails,
    );
    assert.equal(new Set(response.body.map((invite: { accept_url: string }) => invite.accept_url)).size, 2);
    assert.equal((await invitesOf(t.db, team.organization)).length, 2);
  });

  it('allows exactly 20 and [] (201 [])', async () => {
    const team = await inviteTeam(t);
    const twenty = await team.ownerClient.post(
      `${team.invitesUrl}bulk/`,
      Array.from({ length: 20 }, () => ({ target_email: uniqueEmail() })),
    );
    assert.equal(twenty.status, 201);
    assert.equal(twenty.body.length, 20);
    const none = await team.ownerClient.post(`${team.invitesUrl}bulk/`, []);
    assert.equal(none.status, 201);
    assert.deepEqual(none.body, []);
  });

  it('I-E12, I-E13: refuses a body that is not an array, or has 21 rows, creating nothing', async () => {
    const team = await inviteTeam(t);
    const before = await dump();
    for (const body of [{ target_email: uniqueEmail() }, 5, '"x"', null]) {
      assertError(await team.ownerClient.post(`${team.invitesUrl}bulk/`, body === null ? 'null' : body), 400, {
        code: 'invalid_input',
        detail: 'This endpoint needs an array of data for bulk invite creation.',
        attr: null,
      });
    }
    assertError(
      await team.ownerClient.post(
        `${team.invitesUrl}bulk/`,
        Array.from({ length: 21 }, () => ({ target_email: uniqueEmail() })),
      ),
      400,
      {
        code: 'max_length',
        detail: 'A maximum of 20 invites can be sent in a single request.',
        attr: null,
      },
    );
    assert.equal(await dump(), before);
  });

  it("is all or nothing: a bad row, a member's address or a level above yours creates no row", async () => {
    const team = await inviteTeam(t);
    const good = () => ({ target_email: uniqueEmail() });
    const admin = await team.as(team.admin);
    const before = await dump();
    assertError(await team.ownerClient.post(`${team.invitesUrl}bulk/`, [good(), good(), good(), good(), { target_email: null }]), 400, {
      code: 'null',
      attr: '__4__target_email',
    });
    assertError(await team.ownerClient.post(`${team.invitesUrl}bulk/`, [good(), good(), { target_email: team.member.email }]), 400, {
      detail: 'A user with this email address already belongs to the organization.',
    });
    assertError(await admin.post(`${team.invitesUrl}bulk/`, [{ target_email: 'bad' }, good(), { ...good(), level: 15 }]), 403, { detail: LEVEL_ABOVE });
    assert.equal(await dump(), before);
  });
});

describe('GET /api/organizations/:organization_id/invites/', () => {
  it('lists newest first, expired ones too, to any member', async () => {
    const team = await inviteTeam(t);
    const first = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail() });
    const second = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail() });
    await age(t.db, first.body.id, 3.01);
    const response = await (await team.as(team.member, ['organization_member:read'])).get(`${team.invitesUrl}?limit=1`);
    assert.equal(response.status, 200);
    assert.equal(response.body.count, 2);
    assert.equal(response.body.results[0].id, second.body.id);
    assert.match(response.body.next, /offset=1/);
    const page2 = await team.ownerClient.get(`${team.invitesUrl}?limit=1&offset=1`);
    assert.equal(page2.body.results[0].id, first.body.id);
    assert.equal(page2.body.results[0].is_expired, true);
    assert.deepEqual(Object.keys(page2.body.results[0]).sort(), INVITE_FIELDS);
  });

  it('answers 404 to a non-member', async () => {
    const team = await inviteTeam(t);
    const stranger = await createUser(t.db);
    assertError(await (await team.as(stranger)).get(team.invitesUrl), 404, { detail: 'Organization not found.' });
  });
});

describe('DELETE /api/organizations/:organization_id/invites/:id/', () => {
  it('lets admins and owners revoke: 204, the row and its link gone, an audit row', async () => {
    const team = await inviteTeam(t);
    const created = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail() });
    const response = await (await team.as(team.admin)).delete(`${team.invitesUrl}${created.body.id}/`);
    assert.equal(response.status, 204);
    assert.equal(response.body, undefined);
    assert.equal((await invitesOf(t.db, team.organization)).length, 0);
    assertError(await client(t.app).post(`/api/signup/${tokenOf(created.body.accept_url)}/`, { first_name: 'Late' }), 400, {
      detail: 'The provided invite ID is not valid.',
    });
    const audit = await t.db.selectFrom('audit_log').select('action').where('target_id', '=', created.body.id).orderBy('id').execute();
    assert.deepEqual(
      audit.map((row) => row.action),
      ['invite.created', 'invite.deleted'],
    );
  });

  it('I-E14: refuses a plain member', async () => {
    const team = await inviteTeam(t);
    const created = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail() });
    assertError(await (await team.as(team.member)).delete(`${team.invitesUrl}${created.body.id}/`), 403, {
      code: 'permission_denied',
      detail: 'Your organization access level is insufficient.',
    });
    assert.equal((await invitesOf(t.db, team.organization)).length, 1);
  });

  it('answers 404 "Not found." to unknown, malformed and other organizations\' ids', async () => {
    const team = await inviteTeam(t);
    const other = await inviteTeam(t);
    const theirs = await other.ownerClient.post(other.invitesUrl, { target_email: uniqueEmail() });
    for (const id of ['01890000-0000-7000-8000-000000000000', 'nope', theirs.body.id]) {
      assertError(await team.ownerClient.delete(`${team.invitesUrl}${id}/`), 404, { code: 'not_found', detail: 'Not found.' });
    }
    assert.equal((await invitesOf(t.db, other.organization)).length, 1);
  });

  it('I-E15: one invite cannot be read or changed (405)', async () => {
    const team = await inviteTeam(t);
    const created = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail() });
    for (const method of ['GET', 'PATCH', 'PUT', 'POST']) {
      const response = await team.ownerClient.call(method, `${team.invitesUrl}${created.body.id}/`, method === 'GET' ? undefined : { level: 15 });
      assertError(response, 405, { code: 'method_not_allowed', detail: `Method "${method}" not allowed.` });
    }
  });
});

describe('Idempotency-Key on the invite POSTs', () => {
  it('replays the first answer without its links, and keeps no token at rest', async () => {
    const team = await inviteTeam(t);
    const headers = { 'idempotency-key': `invite-${Date.now()}` };
    const body = { target_email: uniqueEmail() };
    const first = await team.ownerClient.post(team.invitesUrl, body, headers);
    const again = await team.ownerClient.post(team.invitesUrl, body, headers);
    assert.equal(again.status, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.body.accept_url, undefined);
    assert.equal((await invitesOf(t.db, team.organization)).length, 1);
    const bulkHeaders = { 'idempotency-key': `bulk-${Date.now()}` };
    const rows = [{ target_email: uniqueEmail() }, { target_email: uniqueEmail() }];
    const bulk = await team.ownerClient.post(`${team.invitesUrl}bulk/`, rows, bulkHeaders);
    const bulkAgain = await team.ownerClient.post(`${team.invitesUrl}bulk/`, rows, bulkHeaders);
    assert.equal(bulkAgain.headers['idempotent-replayed'], 'true');
    assert.deepEqual(
      bulkAgain.body.map((invite: { id: string }) => invite.id),
      bulk.body.map((invite: { id: string }) => invite.id),
    );
    assert.ok(bulkAgain.body.every((invite: { accept_url?: string }) => invite.accept_url === undefined));
    const stored = await atRest();
    assert.ok(stored.includes(first.body.id));
    for (const url of [first.body.accept_url, ...bulk.body.map((invite: { accept_url: string }) => invite.accept_url)])
      assert.ok(!stored.includes(tokenOf(url)));
  });
});

describe('the per-key rate limit', () => {
  it('holds against a flood of invites', async () => {
    const limited = await startTestApp({ rateLimitPerMinute: 5, rateLimitPerHour: 0 });
    try {
      const team = await inviteTeam(limited);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail() })).status);
      assert.ok(statuses.filter((status) => status === 201).length <= 5, statuses.join());
      assert.equal(statuses.at(-1), 429);
      assert.equal((await invitesOf(limited.db, team.organization)).length, statuses.filter((status) => status === 201).length);
    } finally {
      await limited.close();
    }
  });
});

void addMember;
void Level;
