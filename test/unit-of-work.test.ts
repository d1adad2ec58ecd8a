// Every write of orgbase, one by one, through its real entry (API route, CLI command, SCIM
// call): each must leave its audit row, its events (with the actor's channel) and its
// invalidation notices. The lists are checked against the app's route table and the CLI's
// command table, so a new write cannot be left out; a service that forgets one `changed(...)`
// or `audited(...)` fails here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { CHANNEL } from '../src/db/invalidation.ts';
import { COMMANDS } from '../src/commands/table.ts';
import { execute } from '../src/commands/execute.ts';
import { client, startTestApp, type Client, type TestApp } from './support/app.ts';
import { startDnsServer, type TestDnsServer } from './support/dns-server.ts';
import { TEST_DB } from './support/database.ts';
import { createUser, createUserWithKey, uniqueEmail } from './support/fixtures.ts';
import { GROUP_SCHEMA, PATCH_SCHEMA, scimTenant, scimUser, type ScimTenant } from './support/scim.ts';

const ORG = 'organization-representation';
const KEY = 'personal-api-key';
const EVENTS = 'events';
const USER = 'user';
const ROLES = 'roles';

interface Expected {
  /** Whether the write records audit rows (every write does but `users create`, as ever). */
  audit: boolean;
  /** The types of the events it yields, in order. */
  events: string[];
  /** The channel its events name as their actor's. */
  via?: 'api' | 'cli' | 'scim';
  /** The invalidation topics its commit announces (PostgreSQL's LISTEN is the witness). */
  notices: string[];
}

/** Reads with no change, and `init`, which runs `users create`, `orgs create` and `keys create` on an empty database (test/cli.test.ts). */
const CLI_READS = new Set(['users list', 'keys list', 'orgs list', 'members list', 'integrations list', 'invites list', 'migrate', 'backup', 'init']);

let t: TestApp;
let dns: TestDnsServer;
let listener: pg.Client | undefined;
const heard: [string, string][] = [];
const covered = new Set<string>();

before(async () => {
  dns = await startDnsServer();
  t = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0, dnsServers: [dns.address], dnsTimeoutMs: 300 });
  if (TEST_DB === 'postgres') {
    listener = new pg.Client({ connectionString: t.database.connection.databaseUrl });
    await listener.connect();
    listener.on('notification', (message) => heard.push(JSON.parse(message.payload!) as [string, string]));
    await listener.query(`LISTEN ${CHANNEL}`);
  }
});
after(async () => {
  await listener?.end();
  await t.close();
  await dns.close();
});

const eventIds = async () => new Set((await t.db.selectFrom('events').select('id').execute()).map((row) => row.id));
const auditIds = async () => new Set((await t.db.selectFrom('audit_log').select('id').execute()).map((row) => row.id));

/** Runs one write and checks what it left; `name` is its route (`METHOD /path/`), command (`cli: ...`) or SCIM call (`scim: ...`). */
async function write<T>(name: string, expected: Expected, run: () => Promise<T>): Promise<T> {
  const [eventsBefore, auditBefore] = [await eventIds(), await auditIds()];
  heard.length = 0;
  const result = await run();
  const fresh = (await t.db.selectFrom('events').selectAll().orderBy('organization_id').orderBy('sequence').execute()).filter(
    (row) => !eventsBefore.has(row.id),
  );
  assert.deepEqual(
    fresh.map((row) => row.type),
    expected.events,
    `${name}: its events`,
  );
  for (const event of fresh) {
    assert.equal(event.actor.via, expected.via, `${name}: its events' actor`);
    assert.doesNotMatch(JSON.stringify(event.data), /phx_[0-9A-Za-z]{16}|whsec_|scim_bearer_token|secure_value/, `${name}: no secret in an event`);
  }
  const audit = (await t.db.selectFrom('audit_log').selectAll().execute()).filter((row) => !auditBefore.has(row.id));
  assert.equal(audit.length > 0, expected.audit, `${name}: its audit rows`);
  if (name.startsWith('cli: ')) {
    // One operator caller for every command: the same actor, and one request id per command.
    const actors = audit.map((row) => ({ user: row.actor_user_id, uuid: row.actor_user_uuid, email: row.actor_email, key: row.actor_key_id }));
    for (const actor of actors) assert.deepEqual(actor, { user: null, uuid: null, email: null, key: 'cli' }, `${name}: its audit rows' actor`);
    assert.ok(
      audit.every((row) => /^cli-[0-9a-f-]{36}$/.test(row.request_id ?? '')) && new Set(audit.map((row) => row.request_id)).size <= 1,
      `${name}: its request id`,
    );
    for (const event of fresh) assert.deepEqual(event.actor, { user_uuid: null, key_id: null, via: 'cli' }, `${name}: its events' actor`);
  }
  if (listener) {
    const wanted = [...new Set(expected.notices)].sort();
    const deadline = Date.now() + 2000;
    const topics = () => [...new Set(heard.map(([topic]) => topic))].sort();
    while (Date.now() < deadline && wanted.some((topic) => !topics().includes(topic))) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(topics(), wanted, `${name}: its invalidation notices`);
  }
  covered.add(name);
  return result;
}

const api = (method: string, path: string, body?: unknown) => ({ method, path, body });

describe('the unit of work: every write records its audit row, its events and its notices', () => {
  let owner: Client;
  let ownerUuid: string;
  let organizationId: string;
  let org: string;

  it('API writes', async () => {
    const founder = await createUserWithKey(t.db);
    owner = client(t.app, founder.key);
    ownerUuid = founder.user.uuid;
    const call = async ({ method, path, body }: ReturnType<typeof api>, status: number) => {
      const response = await owner.call(method, path, body);
      assert.equal(response.status, status, `${method} ${path}: ${JSON.stringify(response.body)}`);
      return response.body;
    };
    const E = (events: string[], notices: string[]) => ({ audit: true, events, via: 'api' as const, notices });

    // The creator's cached organization list goes with it (organizations/list-cache.ts).
    const created = await write('POST /api/organizations/', E(['organization.created'], [EVENTS, ORG]), () =>
      call(api('POST', '/api/organizations/', { name: 'Unit of work' }), 201),
    );
    organizationId = created.id;
    org = `/api/organizations/${organizationId}`;
    await write('PATCH /api/organizations/:id/', E(['organization.updated'], [EVENTS, ORG]), () => call(api('PATCH', `${org}/`, { name: 'Renamed' }), 200));
    await write('PUT /api/organizations/:id/', E(['organization.updated'], [EVENTS, ORG]), () => call(api('PUT', `${org}/`, { name: 'Renamed again' }), 200));

    const project = await write('POST /api/organizations/:organization_id/projects/', E(['project.created'], [EVENTS, ORG]), () =>
      call(api('POST', `${org}/projects/`, { name: 'P' }), 201),
    );
    await write('PATCH /api/organizations/:organization_id/projects/:id/', E(['project.updated'], [EVENTS, ORG]), () =>
      call(api('PATCH', `${org}/projects/${project.id}/`, { name: 'Q' }), 200),
    );
    await write('DELETE /api/organizations/:organization_id/projects/:id/', E(['project.deleted'], [EVENTS, ORG]), () =>
      call(api('DELETE', `${org}/projects/${project.id}/`), 204),
    );

    // The roles page is cached per organization (roles/role-pages.ts): a change of a role or
    // of its members names the organization's roles; a role deleted, the organization.
    const role = await write('POST /api/organizations/:organization_id/roles/', E(['role.created'], [EVENTS, ROLES]), () =>
      call(api('POST', `${org}/roles/`, { name: 'Engineers' }), 201),
    );
    await write('PATCH /api/organizations/:organization_id/roles/:id/', E(['role.updated'], [EVENTS, ROLES]), () =>
      call(api('PATCH', `${org}/roles/${role.id}/`, { name: 'Engineering' }), 200),
    );
    await write('PUT /api/organizations/:organization_id/roles/:id/', E(['role.updated'], [EVENTS, ROLES]), () =>
      call(api('PUT', `${org}/roles/${role.id}/`, { name: 'Builders' }), 200),
    );

    const colleague = await createUser(t.db);
    await write('cli: members add', { audit: true, events: ['member.added'], via: 'cli', notices: [EVENTS, ORG] }, () =>
      run('members add', { organization: organizationId, email: colleague.email, level: '1' }),
    );
    const members = `${org}/members/${colleague.uuid}/`;
    await write('PATCH /api/organizations/:organization_id/members/:user_uuid/', E(['member.updated'], [EVENTS, ORG]), () =>
      call(api('PATCH', members, { level: 8 }), 200),
    );
    await write('PUT /api/organizations/:organization_id/members/:user_uuid/', E(['member.updated'], [EVENTS, ORG]), () =>
      call(api('PUT', members, { level: 1 }), 200),
    );

    const memberships = `${org}/roles/${role.id}/role_memberships/`;
    const membership = await write(
      'POST /api/organizations/:organization_id/roles/:role_id/role_memberships/',
      E(['role_membership.created'], [EVENTS, ROLES]),
      () => call(api('POST', memberships, { user_uuid: colleague.uuid }), 201),
    );
    await write('DELETE /api/organizations/:organization_id/roles/:role_id/role_memberships/:id/', E(['role_membership.deleted'], [EVENTS, ROLES]), () =>
      call(api('DELETE', `${memberships}${membership.id}/`), 204),
    );
    await write(
      'PUT /api/organizations/:organization_id/roles/:role_id/role_memberships/',
      E(['role_membership.created', 'role_membership.created'], [EVENTS, ROLES]),
      () => call(api('PUT', memberships, { user_uuids: [colleague.uuid, ownerUuid] }), 200),
    );
    await write('DELETE /api/organizations/:organization_id/roles/:id/', E(['role.deleted'], [EVENTS, ORG]), () =>
      call(api('DELETE', `${org}/roles/${role.id}/`), 204),
    );

    const integration = await write('cli: integrations add', { audit: true, events: ['integration.created'], via: 'cli', notices: [EVENTS] }, () =>
      run('integrations add', { organization: organizationId, kind: 'vercel', 'integration-id': 'icfg_unit', config: '{"type":"connectable"}' }),
    );
    const teamId = (await owner.get(`${org}/`)).body.teams[0].id;
    await write('PATCH /api/organizations/:organization_id/integrations/:id/environment-mapping/', E(['integration.updated'], [EVENTS]), () =>
      call(api('PATCH', `${org}/integrations/${(integration as { id: string }).id}/environment-mapping/`, { production: teamId }), 200),
    );

    const invite = await write('POST /api/organizations/:organization_id/invites/', E(['invite.created'], [EVENTS]), () =>
      call(api('POST', `${org}/invites/`, { target_email: uniqueEmail('invitee') }), 201),
    );
    await write('DELETE /api/organizations/:organization_id/invites/:id/', E(['invite.deleted'], [EVENTS]), () =>
      call(api('DELETE', `${org}/invites/${invite.id}/`), 204),
    );
    const [bulk] = await write('POST /api/organizations/:organization_id/invites/bulk/', E(['invite.created'], [EVENTS]), () =>
      call(api('POST', `${org}/invites/bulk/`, [{ target_email: uniqueEmail('bulk') }]), 201),
    );
    const token = new URL(bulk.accept_url).pathname.split('/').filter(Boolean).pop()!;
    await write('POST /api/signup/:token/', E(['invite.accepted', 'member.added'], [EVENTS, ORG]), async () => {
      const response = await client(t.app).post(`/api/signup/${token}/`, { first_name: 'New', password: 'irrelevant-here' });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      return response.body;
    });

    const domainName = `unit-${Date.now()}.example.com`;
    const domain = await write('POST /api/organizations/:organization_id/domains/', E(['domain.created'], [EVENTS]), () =>
      call(api('POST', `${org}/domains/`, { domain: domainName }), 201),
    );
    const domains = `${org}/domains/${domain.id}/`;
    await write('PATCH /api/organizations/:organization_id/domains/:id/', E(['domain.updated'], [EVENTS]), () =>
      call(api('PATCH', domains, { saml_entity_id: 'https://idp.example.com' }), 200),
    );
    await write('PUT /api/organizations/:organization_id/domains/:id/', E(['domain.updated'], [EVENTS]), () =>
      call(api('PUT', domains, { domain: domainName, saml_entity_id: 'https://idp.example.com/2' }), 200),
    );
    dns.txt.set(`_posthog-challenge.${domainName}`, [[domain.verification_challenge]]);
    await write('POST /api/organizations/:organization_id/domains/:id/verify/', E(['domain.verified'], [EVENTS]), () =>
      call(api('POST', `${domains}verify/`), 200),
    );
    await call(api('PATCH', domains, { scim_enabled: true }), 200);
    await write('POST /api/organizations/:organization_id/domains/:id/scim/token/', E(['domain.updated'], [EVENTS]), () =>
      call(api('POST', `${domains}scim/token/`), 200),
    );
    await write('DELETE /api/organizations/:organization_id/domains/:id/', E(['domain.deleted'], [EVENTS]), () => call(api('DELETE', domains), 204));

    // Webhook endpoints are the organization's configuration, not its life: audited, no event.
    const hook = await write('POST /api/organizations/:organization_id/webhooks/', E([], []), () =>
      call(api('POST', `${org}/webhooks/`, { url: 'https://hooks.example.com/orgbase' }), 201),
    );
    const hooks = `${org}/webhooks/${hook.id}/`;
    await write('PATCH /api/organizations/:organization_id/webhooks/:id/', E([], []), () => call(api('PATCH', hooks, { description: 'audit' }), 200));
    await write('POST /api/organizations/:organization_id/webhooks/:id/rotate_secret/', E([], []), () => call(api('POST', `${hooks}rotate_secret/`), 200));
    await write('DELETE /api/organizations/:organization_id/webhooks/:id/', E([], []), () => call(api('DELETE', hooks), 204));

    // A user's own things concern no organization: audited, no event.
    const key = await write('POST /api/personal_api_keys/', { audit: true, events: [], notices: [] }, () =>
      call(api('POST', '/api/personal_api_keys/', { label: 'spare', scopes: ['*'] }), 201),
    );
    await write('PATCH /api/personal_api_keys/:id/', { audit: true, events: [], notices: [KEY] }, () =>
      call(api('PATCH', `/api/personal_api_keys/${key.id}/`, { label: 'renamed' }), 200),
    );
    await write('POST /api/personal_api_keys/:id/roll/', { audit: true, events: [], notices: [KEY] }, () =>
      call(api('POST', `/api/personal_api_keys/${key.id}/roll/`), 200),
    );
    await write('DELETE /api/personal_api_keys/:id/', { audit: true, events: [], notices: [KEY] }, () =>
      call(api('DELETE', `/api/personal_api_keys/${key.id}/`), 204),
    );
    // The names show in the member lists of the user's organizations; @me is the user's own (tenancy/me-cache.ts).
    await write('PATCH /api/users/@me/', { audit: true, events: [], notices: [ORG, USER] }, () =>
      call(api('PATCH', '/api/users/@me/', { first_name: 'Renamed' }), 200),
    );

    await write('DELETE /api/organizations/:organization_id/members/:user_uuid/', E(['member.removed'], [EVENTS, ORG]), () =>
      call(api('DELETE', members), 204),
    );
    await write('DELETE /api/organizations/:id/', E(['organization.deleted'], [EVENTS, ORG]), () => call(api('DELETE', `${org}/`), 204));
  });

  async function run(command: string, values: Record<string, string | undefined>): Promise<unknown> {
    const outcome = await execute({ db: t.db, writes: t.app.writes }, command, values);
    assert.ok(outcome.ok, `${command}: ${JSON.stringify(outcome)}`);
    return outcome.result;
  }

  it('CLI writes', async () => {
    const E = (events: string[], notices: string[]) => ({ audit: true, events, via: 'cli' as const, notices });
    const email = uniqueEmail('operator');
    await write('cli: users create', { audit: false, events: [], notices: [] }, () => run('users create', { email }));
    const created = (await write('cli: orgs create', E(['organization.created'], [EVENTS, ORG]), () => run('orgs create', { email, name: 'Operated' }))) as {
      id: string;
    };
    const key = (await write('cli: keys create', { audit: true, events: [], notices: [] }, () => run('keys create', { email, label: 'cli', scopes: '*' }))) as {
      id: string;
    };
    await write('cli: keys roll', { audit: true, events: [], notices: [KEY] }, () => run('keys roll', { id: key.id }));
    await write('cli: keys revoke', { audit: true, events: [], notices: [KEY] }, () => run('keys revoke', { id: key.id }));
    const invite = (await write('cli: invites create', E(['invite.created'], [EVENTS]), () =>
      run('invites create', { organization: created.id, email: uniqueEmail('cli-invitee'), 'send-email': 'false' }),
    )) as { id: string };
    await write('cli: invites revoke', E(['invite.deleted'], [EVENTS]), () => run('invites revoke', { organization: created.id, id: invite.id }));
    const colleague = await createUser(t.db);
    await run('members add', { organization: created.id, email: colleague.email, level: '1' });
    await write('cli: members remove', E(['member.removed'], [EVENTS, ORG]), () => run('members remove', { organization: created.id, email: colleague.email }));
    const tenant = await scimTenant(t.app, t.db);
    const fresh = await tenant.api.post(`/api/organizations/${tenant.organizationId}/domains/`, { domain: `cli-${Date.now()}.example.com` });
    await write('cli: domains verify', E(['domain.verified'], [EVENTS]), () => run('domains verify', { id: fresh.body.id, force: 'true' }));
  });

  it('SCIM writes', async () => {
    const tenant: ScimTenant = await scimTenant(t.app, t.db);
    const E = (events: string[], notices: string[]) => ({ audit: true, events, via: 'scim' as const, notices });
    const provisioned = await write('scim: POST /Users', E(['member.added'], [EVENTS, ORG]), () =>
      tenant.scim.post('/Users', scimUser(`ada@${tenant.domain}`)),
    );
    assert.equal(provisioned.status, 201, JSON.stringify(provisioned.body));
    const id = provisioned.body.id as string;
    const deactivate = { schemas: [PATCH_SCHEMA], Operations: [{ op: 'replace', path: 'active', value: false }] };
    await write('scim: PATCH /Users/:id', E(['member.removed'], [EVENTS, ORG]), () => tenant.scim.patch(`/Users/${id}`, deactivate));
    await write('scim: PUT /Users/:id', E(['member.added'], [EVENTS, ORG]), () => tenant.scim.put(`/Users/${id}`, scimUser(`ada@${tenant.domain}`)));
    const group = await write('scim: POST /Groups', E(['role.created', 'role_membership.created'], [EVENTS, ORG]), () =>
      tenant.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Readers', members: [{ value: id }] }),
    );
    assert.equal(group.status, 201, JSON.stringify(group.body));
    const groupId = group.body.id as string;
    await write('scim: PATCH /Groups/:id', E(['role.updated'], [EVENTS, ORG]), () =>
      tenant.scim.patch(`/Groups/${groupId}`, { schemas: [PATCH_SCHEMA], Operations: [{ op: 'replace', path: 'displayName', value: 'Writers' }] }),
    );
    await write('scim: PUT /Groups/:id', E(['role_membership.deleted'], [EVENTS, ORG]), () =>
      tenant.scim.put(`/Groups/${groupId}`, { schemas: [GROUP_SCHEMA], displayName: 'Writers', members: [] }),
    );
    await write('scim: DELETE /Groups/:id', E(['role.deleted'], [EVENTS, ORG]), () => tenant.scim.delete(`/Groups/${groupId}`));
    await write('scim: DELETE /Users/:id', E(['member.removed'], [EVENTS, ORG]), () => tenant.scim.delete(`/Users/${id}`));
  });

  it('covered every write the API, the CLI and SCIM offer', () => {
    const apiWrites = t.app.routeTable
      .filter((route) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method))
      .map((route) => `${route.method} ${route.url}`)
      // A delivery retried by hand records an attempt, bookkeeping like an Idempotency-Key replay:
      // no resource changes, so no audit row and no event (test/architecture.test.ts lists these).
      .filter((name) => name !== 'POST /api/organizations/:organization_id/webhooks/:id/deliveries/:delivery_id/retry/');
    const cliWrites = Object.keys(COMMANDS)
      .filter((command) => !CLI_READS.has(command))
      .map((command) => `cli: ${command}`);
    const scimWrites = [
      'POST /Users',
      'PATCH /Users/:id',
      'PUT /Users/:id',
      'DELETE /Users/:id',
      'POST /Groups',
      'PATCH /Groups/:id',
      'PUT /Groups/:id',
      'DELETE /Groups/:id',
    ].map((call) => `scim: ${call}`);
    const missing = [...apiWrites, ...cliWrites, ...scimWrites].filter((name) => !covered.has(name));
    assert.deepEqual(missing, [], 'writes no test above made');
  });
});
