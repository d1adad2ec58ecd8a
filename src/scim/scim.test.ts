// SCIM 2.0 as orgbase serves it: authentication, discovery, users and groups, the bad-input
// table (each a SCIM error with its scimType, nothing written, never a 500), tenancy, owners,
// request logs and their redaction, the per-token rate limit, ETags.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, client, type TestApp } from '../../test/support/app.ts';
import { seedKey, createOrganizationRow, createUser } from '../../test/support/fixtures.ts';
import { snapshotDatabase } from '../../test/support/snapshot.ts';
import { assertScimError, GROUP_SCHEMA, PATCH_SCHEMA, scimClient, scimTenant, scimUser, USER_SCHEMA, type ScimTenant } from '../../test/support/scim.ts';

let harness: TestApp;
let tenant: ScimTenant;
let other: ScimTenant;

before(async () => {
  harness = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0, scimRateLimitPerMinute: 0 });
  tenant = await scimTenant(harness.app, harness.db);
  other = await scimTenant(harness.app, harness.db);
});
after(() => harness?.close());

const patch = (...Operations: unknown[]) => ({ schemas: [PATCH_SCHEMA], Operations });
let counter = 0;
const email = (t: ScimTenant = tenant) => `person${++counter}@${t.domain}`;

/** Digests of every table but the request log, which records refused requests too. */
async function state() {
  const { scim_request_logs: _logs, ...rest } = await snapshotDatabase(harness.db);
  return rest;
}

describe('SCIM authentication', () => {
  it('answers 401 in a SCIM body without a token, with a wrong one, and after the token is rotated', async () => {
    assertScimError(await scimClient(harness.app, tenant.domainId, undefined).get('/Users'), 401, undefined, 'No bearer token provided');
    assertScimError(await scimClient(harness.app, tenant.domainId, 'wrong').get('/Users'), 401, undefined, 'Authentication failed');
    const rotated = await tenant.api.post(`/api/organizations/${tenant.organizationId}/domains/${tenant.domainId}/scim/token/`, {});
    assert.equal(rotated.status, 200);
    assertScimError(await tenant.scim.get('/Users'), 401, undefined, 'Authentication failed');
    tenant.token = rotated.body.scim_bearer_token;
    tenant.scim = scimClient(harness.app, tenant.domainId, tenant.token);
    assert.equal((await tenant.scim.get('/Users')).status, 200);
  });

  it("never lets one domain's token reach another organization", async () => {
    assertScimError(await scimClient(harness.app, other.domainId, tenant.token).get('/Users'), 401);
    const theirs = await other.scim.post('/Users', scimUser(email(other)));
    assert.equal(theirs.status, 201);
    assertScimError(await tenant.scim.get(`/Users/${theirs.body.id}`), 404, undefined, 'User not found');
    assertScimError(await tenant.scim.patch(`/Users/${theirs.body.id}`, patch({ op: 'replace', path: 'active', value: false })), 404);
    assertScimError(await tenant.scim.delete(`/Users/${theirs.body.id}`), 404);
    const theirGroup = await other.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Theirs' });
    assertScimError(await tenant.scim.get(`/Groups/${theirGroup.body.id}`), 404, undefined, 'Group not found');
    // A member of another organization named in a group is not added.
    const group = await tenant.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Ours', members: [{ value: theirs.body.id }] });
    assert.equal(group.status, 201);
    assert.deepEqual(group.body.members, []);
    // An address of a domain this organization has not verified is refused.
    assertScimError(await tenant.scim.post('/Users', scimUser(email(other))), 400, 'invalidValue', /verified domain/);
    const listed = await tenant.scim.get('/Users?count=200');
    assert.ok(!JSON.stringify(listed.body).includes(theirs.body.id));
    assert.equal((await other.scim.get(`/Users/${theirs.body.id}`)).body.active, true);
  });

  it("refuses a deleted domain's token", async () => {
    const doomed = await scimTenant(harness.app, harness.db);
    assert.equal((await doomed.scim.get('/Users')).status, 200);
    assert.equal((await doomed.api.delete(`/api/organizations/${doomed.organizationId}/domains/${doomed.domainId}/`)).status, 204);
    assertScimError(await doomed.scim.get('/Users'), 401, undefined, 'Authentication failed');
  });

  it('keeps SCIM tokens and personal API keys apart', async () => {
    assert.equal((await client(harness.app, tenant.token).get('/api/users/@me/')).status, 401);
    assertScimError(await scimClient(harness.app, tenant.domainId, tenant.ownerKey).get('/Users'), 401, undefined, 'Authentication failed');
  });

  it('keeps only a hash of the token', async () => {
    const row = await harness.db.selectFrom('organization_domains').selectAll().where('id', '=', tenant.domainId).executeTakeFirstOrThrow();
    assert.match(row.scim_bearer_token_hash!, /^sha256\$[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(row).includes(tenant.token));
    const shown = await tenant.api.get(`/api/organizations/${tenant.organizationId}/domains/${tenant.domainId}/`);
    assert.equal(shown.body.scim_bearer_token, null);
  });
});

describe('SCIM discovery', () => {
  it('serves ServiceProviderConfig, ResourceTypes and Schemas as application/scim+json', async () => {
    const config = await tenant.scim.get('/ServiceProviderConfig');
    assert.equal(config.status, 200);
    assert.match(String(config.headers['content-type']), /^application\/scim\+json/);
    assert.deepEqual(config.body.schemas, ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig']);
    assert.equal(config.body.filter.maxResults, 200);
    const types = await tenant.scim.get('/ResourceTypes');
    assert.deepEqual(
      types.body.Resources.map((type: { id: string }) => type.id),
      ['User', 'Group'],
    );
    const schemas = await tenant.scim.get('/Schemas');
    assert.ok(schemas.body.Resources.find((schema: { id: string }) => schema.id === USER_SCHEMA).attributes.length > 3);
    assert.equal((await tenant.scim.get('/ResourceTypes/User')).body.endpoint, '/Users');
    assert.match(String((await tenant.scim.get('/Users', { accept: 'application/json' })).headers['content-type']), /^application\/json/);
    assertScimError(await tenant.scim.get('/Bulk'), 404);
  });
});

describe('SCIM users', () => {
  it('provisions a member (level member, email verified) with Location, ETag and meta.version', async () => {
    const address = email();
    const created = await tenant.scim.post('/Users', scimUser(address, { externalId: 'ext-1', roles: [{ value: 'owner' }] }));
    assert.equal(created.status, 201);
    assert.equal(created.headers.location, created.body.meta.location);
    assert.equal(created.headers.etag, created.body.meta.version);
    const user = await harness.db.selectFrom('users').selectAll().where('uuid', '=', created.body.id).executeTakeFirstOrThrow();
    assert.equal(user.is_email_verified, true);
    const membership = await harness.db.selectFrom('organization_memberships').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(membership.level, 1);
    assert.equal(membership.organization_id, tenant.organizationId);
    // ETags: a GET answers 304 to its own version; a write with a stale If-Match is refused.
    const got = await tenant.scim.get(`/Users/${created.body.id}`);
    assert.equal(got.headers.etag, created.body.meta.version);
    assert.equal((await tenant.scim.get(`/Users/${created.body.id}`, { 'if-none-match': got.headers.etag as string })).status, 304);
    const renamed = await tenant.scim.patch(`/Users/${created.body.id}`, patch({ op: 'replace', path: 'name.givenName', value: 'Renamed' }), {
      'if-match': got.headers.etag as string,
    });
    assert.equal(renamed.status, 200);
    assert.notEqual(renamed.body.meta.version, got.body.meta.version);
    assertScimError(
      await tenant.scim.patch(`/Users/${created.body.id}`, patch({ op: 'replace', path: 'name.givenName', value: 'Again' }), {
        'if-match': got.headers.etag as string,
      }),
      412,
    );
  });

  it('filters by userName (ignoring case), externalId and emails, and pages with startIndex/count', async () => {
    const address = email();
    const created = await tenant.scim.post('/Users', scimUser(address, { externalId: 'ExternalCase' }));
    const byName = await tenant.scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${address.toUpperCase()}"`)}`);
    assert.deepEqual(
      byName.body.Resources.map((user: { id: string }) => user.id),
      [created.body.id],
    );
    assert.equal((await tenant.scim.get(`/Users?filter=${encodeURIComponent('externalId eq "ExternalCase"')}`)).body.totalResults, 1);
    assert.equal((await tenant.scim.get(`/Users?filter=${encodeURIComponent('externalId eq "externalcase"')}`)).body.totalResults, 0);
    assert.equal((await tenant.scim.get(`/Users?filter=${encodeURIComponent(`emails[type eq "work" and value eq "${address}"]`)}`)).body.totalResults, 1);
    assert.equal((await tenant.scim.get(`/Users?filter=${encodeURIComponent(`userName sw "person" and not (active eq false)`)}`)).body.totalResults >= 1, true);
    const all = await tenant.scim.get('/Users');
    const page = await tenant.scim.get('/Users?startIndex=2&count=1');
    assert.equal(page.body.totalResults, all.body.totalResults);
    assert.equal(page.body.startIndex, 2);
    assert.deepEqual(
      page.body.Resources.map((user: { id: string }) => user.id),
      [all.body.Resources[1].id],
    );
    assert.deepEqual((await tenant.scim.get('/Users?count=0')).body.Resources, []);
  });

  it('deactivation removes the membership and role memberships, the user keeps their account and other organizations, and their key loses this one at once', async () => {
    const address = email();
    const created = await tenant.scim.post('/Users', scimUser(address));
    const user = await harness.db.selectFrom('users').selectAll().where('uuid', '=', created.body.id).executeTakeFirstOrThrow();
    const elsewhere = await createOrganizationRow(harness.db, (await createUser(harness.db)).id, 'Elsewhere');
    await harness.db
      .insertInto('organization_memberships')
      .values({ id: crypto.randomUUID(), organization_id: elsewhere, user_id: user.id, level: 1 })
      .execute();
    const key = (await seedKey(harness.db, user.id)).value;
    const theirs = client(harness.app, key);
    const group = await tenant.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: `Team ${counter}`, members: [{ value: created.body.id }] });
    assert.equal(group.body.members.length, 1);
    assert.equal((await theirs.get(`/api/organizations/${tenant.organizationId}/`)).status, 200);

    const off = await tenant.scim.patch(`/Users/${created.body.id}`, patch({ op: 'Replace', path: 'active', value: 'False' }));
    assert.equal(off.body.active, false);
    assert.equal((await theirs.get(`/api/organizations/${tenant.organizationId}/`)).status, 404);
    assert.equal((await theirs.get(`/api/organizations/${elsewhere}/`)).status, 200);
    assert.deepEqual((await tenant.scim.get(`/Groups/${group.body.id}`)).body.members, []);
    const roleRows = await harness.db.selectFrom('role_memberships').select('id').where('user_id', '=', user.id).execute();
    assert.equal(roleRows.length, 0);

    const on = await tenant.scim.patch(`/Users/${created.body.id}`, patch({ op: 'replace', value: { active: true } }));
    assert.equal(on.body.active, true);
    assert.equal((await theirs.get(`/api/organizations/${tenant.organizationId}/`)).status, 200);

    assert.equal((await tenant.scim.delete(`/Users/${created.body.id}`)).status, 204);
    assert.equal((await theirs.get(`/api/organizations/${tenant.organizationId}/`)).status, 404);
    assertScimError(await tenant.scim.get(`/Users/${created.body.id}`), 404);
    assert.ok(await harness.db.selectFrom('users').select('id').where('id', '=', user.id).executeTakeFirst());
  });

  it('never makes an owner, keeps an adopted admin an admin, and refuses to deprovision the last owner', async () => {
    const admin = await createUser(harness.db, { email: email() });
    await harness.db
      .insertInto('organization_memberships')
      .values({ id: crypto.randomUUID(), organization_id: tenant.organizationId, user_id: admin.id, level: 8 })
      .execute();
    const adopted = await tenant.scim.post('/Users', scimUser(admin.email));
    assert.equal(adopted.status, 201);
    const level = async (userId: number) =>
      (
        await harness.db
          .selectFrom('organization_memberships')
          .select('level')
          .where('user_id', '=', userId)
          .where('organization_id', '=', tenant.organizationId)
          .executeTakeFirstOrThrow()
      ).level;
    assert.equal(await level(admin.id), 8);
    const owner = await harness.db.selectFrom('users').select('uuid').where('id', '=', tenant.ownerId).executeTakeFirstOrThrow();
    assertScimError(await tenant.scim.patch(`/Users/${owner.uuid}`, patch({ op: 'replace', path: 'active', value: false })), 400, 'mutability', /last owner/);
    assertScimError(await tenant.scim.delete(`/Users/${owner.uuid}`), 400, 'mutability');
    assert.equal(await level(tenant.ownerId), 15);
  });

  it('answers a repeated POST with 409 uniqueness, and a userName another user holds too', async () => {
    const address = email();
    assert.equal((await tenant.scim.post('/Users', scimUser(address))).status, 201);
    assertScimError(await tenant.scim.post('/Users', scimUser(address)), 409, 'uniqueness', 'User already exists');
    const second = await tenant.scim.post('/Users', scimUser(email()));
    assertScimError(
      await tenant.scim.patch(`/Users/${second.body.id}`, patch({ op: 'replace', path: 'userName', value: address.toUpperCase() })),
      409,
      'uniqueness',
    );
  });
});

describe('SCIM groups', () => {
  it('upserts by displayName, renames, syncs members on PUT, deletes without touching memberships', async () => {
    const a = await tenant.scim.post('/Users', scimUser(email()));
    const b = await tenant.scim.post('/Users', scimUser(email()));
    const first = await tenant.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Upserted', members: [{ value: a.body.id }] });
    const again = await tenant.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'upserted', members: [{ value: b.body.id }] });
    assert.equal(again.status, 201);
    assert.equal(again.body.id, first.body.id);
    assert.deepEqual(
      again.body.members.map((member: { value: string }) => member.value),
      [b.body.id],
    );
    const replaced = await tenant.scim.put(`/Groups/${first.body.id}`, {
      schemas: [GROUP_SCHEMA],
      displayName: 'Replaced',
      members: [{ value: a.body.id }, { value: b.body.id }],
    });
    assert.equal(replaced.body.displayName, 'Replaced');
    assert.equal(replaced.body.members.length, 2);
    const role = await tenant.api.get(`/api/organizations/${tenant.organizationId}/roles/${first.body.id}/`);
    assert.equal(role.body.name, 'Replaced');
    assert.equal(role.body.members.length, 2);
    await tenant.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Taken' });
    assertScimError(await tenant.scim.patch(`/Groups/${first.body.id}`, patch({ op: 'replace', path: 'displayName', value: 'TAKEN' })), 409, 'uniqueness');
    assert.equal((await tenant.scim.delete(`/Groups/${first.body.id}`)).status, 204);
    assert.equal((await tenant.scim.get(`/Users/${a.body.id}`)).body.active, true);
  });
});

describe('SCIM bad input: a SCIM error with its scimType, nothing written, never a 500', () => {
  const cases: [string, () => Promise<{ status: number; body: any; headers: any }>, number, string | undefined][] = [];
  let userId = '';
  let groupId = '';
  before(async () => {
    userId = (await tenant.scim.post('/Users', scimUser(email()))).body.id;
    groupId = (await tenant.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Bad input' })).body.id;
  });
  const add = (name: string, call: () => Promise<any>, status: number, scimType?: string) => cases.push([name, call, status, scimType]);
  add('malformed JSON', () => tenant.scim.post('/Users', '{"userName": '), 400, 'invalidSyntax');
  add('an empty body', () => tenant.scim.post('/Users', ''), 400, 'invalidSyntax');
  add('an array for a body', () => tenant.scim.post('/Users', []), 400, 'invalidSyntax');
  add('an unknown schema', () => tenant.scim.post('/Users', { ...scimUser(email()), schemas: ['urn:example:unknown'] }), 400, 'invalidSyntax');
  add('a group body on /Users', () => tenant.scim.post('/Users', { schemas: [GROUP_SCHEMA], displayName: 'x' }), 400, 'invalidSyntax');
  add('no userName', () => tenant.scim.post('/Users', { schemas: [USER_SCHEMA], emails: [{ value: email() }] }), 400, 'invalidValue');
  add('a userName that is not a string', () => tenant.scim.post('/Users', { ...scimUser(email()), userName: 42 }), 400, 'invalidValue');
  add('active that is no boolean', () => tenant.scim.post('/Users', { ...scimUser(email()), active: 'yes' }), 400, 'invalidValue');
  add('an email that is no address', () => tenant.scim.post('/Users', scimUser('not-an-address')), 400, 'invalidValue');
  add('a filter that does not parse', () => tenant.scim.get(`/Users?filter=${encodeURIComponent('userName eq')}`), 400, 'invalidFilter');
  add('a filter with an unknown operator', () => tenant.scim.get(`/Users?filter=${encodeURIComponent('userName like "a"')}`), 400, 'invalidFilter');
  add('a filter with an unterminated string', () => tenant.scim.get(`/Users?filter=${encodeURIComponent('userName eq "a')}`), 400, 'invalidFilter');
  add('a filter with unbalanced brackets', () => tenant.scim.get(`/Groups?filter=${encodeURIComponent('members[value eq "a"')}`), 400, 'invalidFilter');
  add('startIndex 0', () => tenant.scim.get('/Users?startIndex=0'), 400, 'invalidValue');
  add('a negative startIndex', () => tenant.scim.get('/Users?startIndex=-3'), 400, 'invalidValue');
  add('count above the maximum', () => tenant.scim.get('/Users?count=201'), 400, 'invalidValue');
  add('a count that is no number', () => tenant.scim.get('/Users?count=ten'), 400, 'invalidValue');
  add('PATCH of id', () => tenant.scim.patch(`/Users/${userId}`, patch({ op: 'replace', path: 'id', value: 'x' })), 400, 'mutability');
  add('PATCH of meta.created', () => tenant.scim.patch(`/Users/${userId}`, patch({ op: 'replace', path: 'meta.created', value: 'x' })), 400, 'mutability');
  add(
    'PATCH of groups on a user',
    () => tenant.scim.patch(`/Users/${userId}`, patch({ op: 'add', path: 'groups', value: [{ value: groupId }] })),
    400,
    'mutability',
  );
  add('PATCH of a group id', () => tenant.scim.patch(`/Groups/${groupId}`, patch({ op: 'replace', value: { id: 'another' } })), 400, 'mutability');
  add(
    'a PATCH op that is not add/replace/remove',
    () => tenant.scim.patch(`/Users/${userId}`, patch({ op: 'move', path: 'userName', value: 'x' })),
    400,
    'invalidSyntax',
  );
  add('a PATCH without Operations', () => tenant.scim.patch(`/Users/${userId}`, { schemas: [PATCH_SCHEMA] }), 400, 'invalidSyntax');
  add('a PATCH with the wrong schema', () => tenant.scim.patch(`/Users/${userId}`, { schemas: [USER_SCHEMA], Operations: [] }), 400, 'invalidSyntax');
  add(
    'a PATCH path that does not parse',
    () => tenant.scim.patch(`/Users/${userId}`, patch({ op: 'replace', path: 'emails[type eq', value: 'x' })),
    400,
    'invalidPath',
  );
  add(
    'a PATCH path of an unknown schema',
    () => tenant.scim.patch(`/Users/${userId}`, patch({ op: 'replace', path: 'urn:example:ext:User:x', value: 'x' })),
    400,
    'invalidPath',
  );
  add('remove without a path', () => tenant.scim.patch(`/Users/${userId}`, patch({ op: 'remove' })), 400, 'noTarget');
  add('remove of the userName', () => tenant.scim.patch(`/Users/${userId}`, patch({ op: 'remove', path: 'userName' })), 400, 'invalidValue');
  add('a pathless replace whose value is no object', () => tenant.scim.patch(`/Users/${userId}`, patch({ op: 'replace', value: false })), 400, 'invalidValue');
  add(
    'a huge members array',
    () =>
      tenant.scim.put(`/Groups/${groupId}`, {
        schemas: [GROUP_SCHEMA],
        displayName: 'Huge',
        members: Array.from({ length: 1001 }, (_, index) => ({ value: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` })),
      }),
    400,
    'tooMany',
  );
  add('a group without displayName', () => tenant.scim.post('/Groups', { schemas: [GROUP_SCHEMA], members: [] }), 400, 'invalidValue');
  add(
    'a member without a value',
    () => tenant.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'x', members: [{ display: 'x' }] }),
    400,
    'invalidValue',
  );
  add('an unknown user id', () => tenant.scim.get('/Users/not-an-id'), 404, undefined);
  add('a body over the size limit', () => tenant.scim.post('/Users', { ...scimUser(email()), padding: 'x'.repeat(1024 * 1024) }), 413, undefined);

  it('answers each case', async (t) => {
    for (const [name, call, status, scimType] of cases) {
      await t.test(name, async () => {
        // Reads cannot write; the digests of every table are taken around the writes only (PGlite reads them slowly).
        const writes = !/filter|startIndex|count|unknown user id/.test(name);
        const before = writes ? await state() : undefined;
        const response = await call();
        assertScimError(response, status, scimType);
        if (writes) assert.deepEqual(await state(), before, `${name} wrote to the database`);
      });
    }
  });
});

describe('SCIM request logs and rate limit', () => {
  it('logs requests with the token, passwords and personal data masked; members may not read them', async () => {
    const address = email();
    await tenant.scim.post('/Users', { ...scimUser(address), password: 'hunter2-secret' });
    await tenant.scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${address}"`)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logs = await tenant.api.get(`/api/organizations/${tenant.organizationId}/domains/${tenant.domainId}/scim/logs/?page_size=5`);
    assert.equal(logs.status, 200);
    const text = JSON.stringify(logs.body);
    assert.ok(!text.includes(tenant.token), 'the token is logged');
    assert.ok(!text.includes('hunter2-secret'), 'the password is logged');
    assert.ok(!text.includes(address), 'the email is logged in clear');
    const [get, post] = logs.body.results;
    assert.equal(get.request_method, 'GET');
    assert.match(get.request_path, /filter=userName eq "p\*\*\*\d@/);
    assert.equal(post.request_headers.authorization, '***');
    assert.equal(post.request_body.password, '[redacted]');
    assert.equal(post.response_status, 201);
    assert.equal(
      (
        await tenant.api.get(`/api/organizations/${tenant.organizationId}/domains/${tenant.domainId}/scim/logs/?status_min=400&status_max=499`)
      ).body.results.every((row: { response_status: number }) => row.response_status >= 400),
      true,
    );
    assert.ok(
      (await tenant.api.get(`/api/organizations/${tenant.organizationId}/domains/${tenant.domainId}/scim/logs/?search=${encodeURIComponent(address)}`)).body
        .count >= 1,
    );
  });

  it('limits each token per minute with a SCIM 429', async () => {
    const limited = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0, scimRateLimitPerMinute: 3 });
    try {
      const own = await scimTenant(limited.app, limited.db);
      // Three per minute: the fourth is refused, or the one after it if the minute turned meanwhile.
      let allowed = 0;
      let refused;
      for (let index = 0; index < 8 && !refused; index++) {
        const answer = await own.scim.get('/ServiceProviderConfig');
        if (answer.status === 429) refused = answer;
        else allowed++;
      }
      assert.ok(refused, 'never throttled');
      assertScimError(refused, 429);
      assert.ok(allowed >= 3 && allowed <= 6, `${allowed} allowed before the first 429`);
      assert.ok(Number(refused.headers['retry-after']) >= 1);
      // Another domain's token has its own budget.
      const second = await scimTenant(limited.app, limited.db);
      assert.equal((await second.scim.get('/ServiceProviderConfig')).status, 200);
    } finally {
      await limited.close();
    }
  });

  it('records each change in the audit log with the domain as actor and a scim- request id', async () => {
    const created = await tenant.scim.post('/Users', scimUser(email()));
    const audit = await tenant.api.get(`/api/organizations/${tenant.organizationId}/audit_log/?target_id=${created.body.id}`);
    const [row] = audit.body.results;
    assert.equal(row.action, 'scim_user.provisioned');
    assert.equal(row.actor.domain_id, tenant.domainId);
    assert.equal(row.actor.user_uuid, null);
    assert.match(row.request_id, /^scim-/);
  });
});
