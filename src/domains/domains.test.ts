// PostHog's domains API: the reference's error table (D-E1...), the fields' rules, and
// verification through a real DNS server started on a free port.
import { createWrites } from '../writes/unit-of-work.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { startDnsServer, type TestDnsServer } from '../../test/support/dns-server.ts';
import { addMember, assertError, seedKey, createOrganizationRow, createUserWithKey, createUser } from '../../test/support/fixtures.ts';
import { execute } from '../commands/execute.ts';
import { createDomainService } from './service.ts';

let harness: TestApp;
let dns: TestDnsServer;
let organizationId: string;
let owner: ReturnType<typeof client>;
let member: ReturnType<typeof client>;
let outsider: ReturnType<typeof client>;
let outsiderOrganizationId: string;
let counter = 0;
const fresh = () => `d${Date.now().toString(36)}${++counter}.example.com`;
const base = () => `/api/organizations/${organizationId}/domains/`;

before(async () => {
  dns = await startDnsServer();
  harness = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0, dnsServers: [dns.address], dnsTimeoutMs: 300 });
  const own = await createUserWithKey(harness.db);
  organizationId = await createOrganizationRow(harness.db, own.user.id, 'Domains');
  owner = client(harness.app, own.key);
  const plain = await createUser(harness.db);
  await addMember(harness.db, organizationId, plain.id, 1);
  member = client(harness.app, (await seedKey(harness.db, plain.id)).value);
  const stranger = await createUserWithKey(harness.db);
  outsiderOrganizationId = await createOrganizationRow(harness.db, stranger.user.id, 'Elsewhere');
  outsider = client(harness.app, stranger.key);
});
after(async () => {
  await harness?.close();
  await dns?.close();
});

describe('domains: create and read', () => {
  it('creates an unverified domain with a 43-character challenge, ignoring gated fields, and lists by domain', async () => {
    const created = await owner.post(base(), {
      domain: 'zeta.example.com',
      jit_provisioning_enabled: true,
      sso_enforcement: 'saml',
      scim_enabled: true,
      verified_at: '2020-01-01T00:00:00Z',
      saml_entity_id: 'entity',
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(
      { ...created.body, id: undefined, verification_challenge: undefined },
      {
        id: undefined,
        domain: 'zeta.example.com',
        is_verified: false,
        verified_at: null,
        verification_challenge: undefined,
        jit_provisioning_enabled: false,
        sso_enforcement: '',
        has_saml: false,
        saml_entity_id: 'entity',
        saml_acs_url: null,
        saml_x509_cert: null,
        has_scim: false,
        scim_enabled: false,
        scim_base_url: null,
        scim_bearer_token: null,
      },
    );
    assert.match(created.body.verification_challenge, /^[A-Za-z0-9_-]{43}$/);
    assert.equal((await owner.post(base(), { domain: 'alpha.example.com' })).status, 201);
    const listed = await member.get(base());
    assert.equal(listed.status, 200);
    assert.deepEqual(listed.body.results.map((domain: { domain: string }) => domain.domain).slice(0, 2), ['alpha.example.com', 'zeta.example.com']);
    const one = await member.get(`${base()}${created.body.id}/`);
    assert.equal(one.body.verification_challenge, created.body.verification_challenge);
    assert.ok(one.headers.etag);
    assert.equal((await member.get(`${base()}${created.body.id}/`, { 'if-none-match': one.headers.etag as string })).status, 304);
  });

  it('says every organization has automatic provisioning and SCIM', async () => {
    const organization = await owner.get(`/api/organizations/${organizationId}/`);
    assert.deepEqual(
      organization.body.available_product_features.map((feature: { key: string }) => feature.key),
      ['automatic_provisioning', 'scim'],
    );
  });

  it('keeps the domain and its challenge as created, ignoring them in updates', async () => {
    const created = await owner.post(base(), { domain: fresh() });
    const updated = await owner.patch(`${base()}${created.body.id}/`, {
      domain: 'other.example.com',
      verification_challenge: 'x',
      is_verified: true,
      saml_acs_url: 'https://idp.example.com/acs',
    });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.domain, created.body.domain);
    assert.equal(updated.body.verification_challenge, created.body.verification_challenge);
    assert.equal(updated.body.is_verified, false);
    assert.equal(updated.body.saml_acs_url, 'https://idp.example.com/acs');
  });
});

describe('domains: the error table', () => {
  for (const bad of ['test@posthog.com', '🦔🦔🦔.com', 'one.two.c', '--alpha.com', 'javascript: alert(1)', 'Upper.example.com', 'trailing.example.com.']) {
    it(`D-E1 refuses ${JSON.stringify(bad)}`, async () => {
      assertError(await owner.post(base(), { domain: bad }), 400, {
        type: 'validation_error',
        code: 'invalid_input',
        detail: 'Please enter a valid domain or subdomain name.',
        attr: 'domain',
      });
    });
  }

  it('D-E2 refuses a domain any organization already has', async () => {
    const domain = fresh();
    assert.equal((await outsider.post(`/api/organizations/${outsiderOrganizationId}/domains/`, { domain })).status, 201);
    assertError(await owner.post(base(), { domain }), 400, {
      type: 'validation_error',
      code: 'unique',
      detail: 'domain with this domain already exists.',
      attr: 'domain',
    });
  });

  it('D-E3 requires a domain, and at most 128 characters', async () => {
    assertError(await owner.post(base(), {}), 400, { code: 'required', detail: 'This field is required.', attr: 'domain' });
    assertError(await owner.post(base(), { domain: `${'a'.repeat(125)}.com` }), 400, { code: 'max_length', attr: 'domain' });
  });

  it('D-E5 refuses members writes and verification', async () => {
    const created = await owner.post(base(), { domain: fresh() });
    const insufficient = { type: 'authentication_error', code: 'permission_denied', detail: 'Your organization access level is insufficient.', attr: null };
    assertError(await member.post(base(), { domain: fresh() }), 403, insufficient);
    assertError(await member.patch(`${base()}${created.body.id}/`, { saml_entity_id: 'x' }), 403, insufficient);
    assertError(await member.post(`${base()}${created.body.id}/verify/`, {}), 403, insufficient);
    assertError(await member.delete(`${base()}${created.body.id}/`), 403, insufficient);
  });

  it("D-E6/D-E7 answers 404 for another organization's URL and for its domain under one's own", async () => {
    const theirs = await outsider.post(`/api/organizations/${outsiderOrganizationId}/domains/`, { domain: fresh() });
    assertError(await owner.get(`/api/organizations/${outsiderOrganizationId}/domains/`), 404, { code: 'not_found' });
    assertError(await owner.get(`${base()}${theirs.body.id}/`), 404, { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null });
    assertError(await owner.patch(`${base()}${theirs.body.id}/`, { saml_entity_id: 'x' }), 404, { code: 'not_found' });
  });

  it('D-E8 refuses to verify a verified domain', async () => {
    const created = await owner.post(base(), { domain: fresh() });
    await harness.db.updateTable('organization_domains').set({ verified_at: new Date().toISOString() }).where('id', '=', created.body.id).execute();
    assertError(await owner.post(`${base()}${created.body.id}/verify/`, {}), 400, {
      type: 'validation_error',
      code: 'already_verified',
      detail: 'This domain has already been verified.',
      attr: null,
    });
  });

  for (const field of ['jit_provisioning_enabled', 'sso_enforcement', 'scim_enabled']) {
    it(`D-E9 refuses ${field} on an unverified domain, whatever its value`, async () => {
      const created = await owner.post(base(), { domain: fresh() });
      const value = field === 'sso_enforcement' ? '' : false;
      assertError(await owner.patch(`${base()}${created.body.id}/`, { [field]: value }), 400, {
        type: 'validation_error',
        code: 'verification_required',
        detail: 'This attribute cannot be updated until the domain is verified.',
        attr: field,
      });
    });
  }

  it('D-E13 refuses a SCIM token for a domain without SCIM', async () => {
    const created = await owner.post(base(), { domain: fresh() });
    assertError(await owner.post(`${base()}${created.body.id}/scim/token/`, {}), 400, { detail: 'SCIM is not enabled for this domain' });
  });

  it("D-E14 keeps the SCIM logs from members, in PostHog's words", async () => {
    const created = await owner.post(base(), { domain: fresh() });
    assertError(await member.get(`${base()}${created.body.id}/scim/logs/`), 403, {
      code: 'permission_denied',
      detail: 'Only organization admins can view SCIM logs.',
    });
  });

  it('D-E16 names the missing scope', async () => {
    const readOnly = client(
      harness.app,
      (
        await seedKey(
          harness.db,
          (
            await harness.db
              .selectFrom('organization_memberships')
              .select('user_id')
              .where('organization_id', '=', organizationId)
              .where('level', '=', 15)
              .executeTakeFirstOrThrow()
          ).user_id,
          ['organization:read'],
        )
      ).value,
    );
    assertError(await readOnly.post(base(), { domain: fresh() }), 403, { detail: "API key missing required scope 'organization:write'" });
    assert.equal((await readOnly.get(base())).status, 200);
  });
});

describe('domains: SCIM settings', () => {
  it('turns SCIM on with a token shown once, rotates it, and turns it off', async () => {
    const created = await owner.post(base(), { domain: fresh() });
    await harness.db.updateTable('organization_domains').set({ verified_at: new Date().toISOString() }).where('id', '=', created.body.id).execute();
    const on = await owner.patch(`${base()}${created.body.id}/`, { scim_enabled: true, jit_provisioning_enabled: true });
    assert.equal(on.status, 200);
    assert.match(on.body.scim_bearer_token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(on.body.has_scim, true);
    assert.match(on.body.scim_base_url, new RegExp(`/scim/v2/${created.body.id}$`));
    assert.equal((await owner.patch(`${base()}${created.body.id}/`, { scim_enabled: true })).body.scim_bearer_token, null);
    assert.equal((await owner.get(`${base()}${created.body.id}/`)).body.scim_bearer_token, null);
    const rotated = await owner.post(`${base()}${created.body.id}/scim/token/`, {});
    assert.equal(rotated.status, 200);
    assert.notEqual(rotated.body.scim_bearer_token, on.body.scim_bearer_token);
    const audit = await owner.get(`/api/organizations/${organizationId}/audit_log/?target_id=${created.body.id}`);
    assert.ok(!JSON.stringify(audit.body).includes(on.body.scim_bearer_token));
    assert.ok(!JSON.stringify(audit.body).includes(rotated.body.scim_bearer_token));
    assert.deepEqual(
      audit.body.results.map((row: { action: string }) => row.action),
      ['domain.scim_token_rotated', 'domain.updated', 'domain.created'],
    );
    const off = await owner.patch(`${base()}${created.body.id}/`, { scim_enabled: false });
    assert.equal(off.body.has_scim, false);
    assert.equal(off.body.scim_base_url, null);
    const row = await harness.db
      .selectFrom('organization_domains')
      .select('scim_bearer_token_hash')
      .where('id', '=', created.body.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.scim_bearer_token_hash, null);
  });

  it('deletes a domain (204) with an audit row', async () => {
    const created = await owner.post(base(), { domain: fresh() });
    assert.equal((await owner.delete(`${base()}${created.body.id}/`)).status, 204);
    assertError(await owner.get(`${base()}${created.body.id}/`), 404, { code: 'not_found' });
    const audit = await owner.get(`/api/organizations/${organizationId}/audit_log/?target_id=${created.body.id}&action=domain.deleted`);
    assert.equal(audit.body.count, 1);
  });
});

describe('domains: DNS verification against a real DNS server', () => {
  async function verify(txt?: string[][]) {
    const created = await owner.post(base(), { domain: fresh() });
    if (txt)
      dns.txt.set(
        `_posthog-challenge.${created.body.domain}`,
        txt.map((record) => record.map((chunk) => chunk.replace('CHALLENGE', created.body.verification_challenge))),
      );
    return { created, answer: await owner.post(`${base()}${created.body.id}/verify/`, {}) };
  }

  it('verifies when a TXT record holds the challenge', async () => {
    const { created, answer } = await verify([['unrelated'], ['CHALLENGE']]);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.is_verified, true);
    assert.ok(answer.body.verified_at);
    assert.ok(dns.queries.includes(`_posthog-challenge.${created.body.domain}`));
  });

  it('stays unverified (200) when the record holds another value', async () => {
    const { answer } = await verify([['not-the-challenge']]);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.is_verified, false);
  });

  it('stays unverified (200) when there is no record', async () => {
    const { created, answer } = await verify();
    assert.equal(answer.status, 200);
    assert.equal(answer.body.is_verified, false);
    const row = await harness.db
      .selectFrom('organization_domains')
      .select('last_verification_retry')
      .where('id', '=', created.body.id)
      .executeTakeFirstOrThrow();
    assert.ok(row.last_verification_retry);
  });

  it('stays unverified (not an error) when the resolver is down or silent, within the timeout', async () => {
    const silent = await startDnsServer();
    await silent.close();
    // Refused (a closed port answers at once) and unanswered (nothing listens: the timeout).
    for (const servers of [['127.0.0.1:9'], [silent.address]]) {
      const service = createDomainService({ writes: createWrites(harness.db), dns: { servers, timeoutMs: 300 } });
      const created = await owner.post(base(), { domain: fresh() });
      const started = Date.now();
      const answer = await service.verify(null, { organizationId, level: 15 }, created.body.id, 'http://orgbase.test');
      assert.equal(answer.is_verified, false);
      assert.ok(Date.now() - started < 3000, `verify took ${Date.now() - started} ms`);
    }
    // Over HTTP the same is a 200 with is_verified false: the test apps' default resolver is a
    // closed port, so the security matrix's verify cases (src/domains/security.test.ts) are this.
  });

  it('`orgbase domains verify --id ID --force` marks a domain verified without DNS', async () => {
    const created = await owner.post(base(), { domain: fresh() });
    const outcome = await execute({ db: harness.db, writes: createWrites(harness.db) }, 'domains verify', { id: created.body.id, force: 'true' });
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal((await owner.get(`${base()}${created.body.id}/`)).body.is_verified, true);
    const refused = await execute({ db: harness.db, writes: createWrites(harness.db) }, 'domains verify', { id: created.body.id });
    assert.deepEqual(refused, { ok: false, message: 'This domain has already been verified.' });
    assert.deepEqual(await execute({ db: harness.db, writes: createWrites(harness.db) }, 'domains verify', { id: 'nope', force: 'true' }), {
      ok: false,
      message: 'No domain with id nope.',
    });
  });
});
