// Issue 25: two built orgbase processes on one PostgreSQL, no Redis. An identity provider
// deprovisions a person through A's SCIM endpoint; their personal API key is refused on A at
// once and on B within a second (measured from A's answer), and a reactivation through B gives
// it back on A as fast. The domain is verified with the real CLI (`domains verify --force`).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseEnv, call, cli, seedKey, sleep, startCluster, startOrgbase, type Cluster, type Orgbase } from './support.ts';

let cluster: Cluster;
let a: Orgbase;
let b: Orgbase;
let env: NodeJS.ProcessEnv;
let organizationId: string;
let domainId: string;
let token: string;
let personId: string;
let personKey: string;

async function scim(server: Orgbase, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/scim/v2/${domainId}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json', 'user-agent': 'Okta SCIM Client 1.0.0' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const deactivate = { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] };
const reactivate = { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { active: true } }] };

before(async () => {
  cluster = await startCluster();
  // A long key cache: only the invalidation channel and per-request membership reads can make B refuse in time.
  env = baseEnv({ DATABASE_URL: cluster.url(), LOG_LEVEL: 'warn', ORGBASE_KEY_CACHE_TTL: '600' });
  const owner = seedKey(env);
  [a, b] = await Promise.all([startOrgbase(env), startOrgbase(env)]);
  const organization = await call(a.url, 'POST', '/api/organizations/', owner.value, { name: 'Deprovisioning' });
  assert.equal(organization.status, 201);
  organizationId = organization.body.id;
  const domain = await call(a.url, 'POST', `/api/organizations/${organizationId}/domains/`, owner.value, { domain: 'deprovisioning.example.com' });
  assert.equal(domain.status, 201, JSON.stringify(domain.body));
  domainId = domain.body.id;
  const forced = cli(env, ['domains', 'verify', '--id', domainId, '--force']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.equal(JSON.parse(forced.stdout).is_verified, true);
  const enabled = await call(b.url, 'PATCH', `/api/organizations/${organizationId}/domains/${domainId}/`, owner.value, { scim_enabled: true });
  assert.equal(enabled.status, 200);
  token = enabled.body.scim_bearer_token;
  const person = await scim(a, 'POST', '/Users', {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName: 'leaver@deprovisioning.example.com',
    name: { givenName: 'Lee', familyName: 'Ver' },
    emails: [{ primary: true, value: 'leaver@deprovisioning.example.com', type: 'work' }],
    active: true,
  });
  assert.equal(person.status, 201, JSON.stringify(person.body));
  personId = person.body.id;
  const key = cli(env, ['keys', 'create', '--email', 'leaver@deprovisioning.example.com', '--label', 'leaver', '--scopes', '*']);
  assert.equal(key.code, 0, key.stderr);
  personKey = JSON.parse(key.stdout).value;
});
after(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  cluster?.destroy();
});

const figures: string[] = [];
after(() => console.log(`# SCIM deprovisioning across processes: ${figures.join('; ')}`));

/** Sends probes to `server` from the moment `change` was acknowledged until one gets `wanted`; the delay to the first such probe. */
async function until(server: Orgbase, wanted: number, acknowledged: number, label: string): Promise<number> {
  for (;;) {
    const sentAt = performance.now();
    const answer = await call(server.url, 'GET', `/api/organizations/${organizationId}/`, personKey);
    if (answer.status === wanted) {
      const delay = sentAt - acknowledged;
      figures.push(`${label}: ${Math.max(0, delay).toFixed(1)} ms`);
      return delay;
    }
    assert.ok(performance.now() - acknowledged < 5000, `${label}: still ${answer.status} after 5 s`);
  }
}

describe('SCIM deprovisioning across two processes', () => {
  it("a deactivated person's key loses the organization on both processes within a second", async () => {
    for (const server of [a, b])
      for (let i = 0; i < 5; i++) assert.equal((await call(server.url, 'GET', `/api/organizations/${organizationId}/`, personKey)).status, 200);
    const answer = await scim(a, 'PATCH', `/Users/${personId}`, deactivate);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.active, false);
    const acknowledged = performance.now();
    assert.equal((await call(a.url, 'GET', `/api/organizations/${organizationId}/`, personKey)).status, 404, 'A still admits the key');
    assert.ok((await until(b, 404, acknowledged, 'deactivation, B')) < 1000);
    await sleep(50);
    assert.equal((await call(b.url, 'GET', `/api/organizations/${organizationId}/`, personKey)).status, 404);
    // The person keeps their account and key; only this organization is gone.
    assert.equal((await call(b.url, 'GET', '/api/users/@me/', personKey)).status, 200);
  });

  it('a reactivation through B gives it back on A within a second', async () => {
    const answer = await scim(b, 'PATCH', `/Users/${personId}`, reactivate);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.active, true);
    assert.ok((await until(a, 200, performance.now(), 'reactivation, A')) < 1000);
  });

  it('a SCIM DELETE through B is refused on A within a second', async () => {
    assert.equal((await scim(b, 'DELETE', `/Users/${personId}`)).status, 204);
    const acknowledged = performance.now();
    assert.ok((await until(a, 404, acknowledged, 'delete, A')) < 1000);
    assert.equal((await scim(a, 'GET', `/Users/${personId}`)).status, 404);
  });
});
