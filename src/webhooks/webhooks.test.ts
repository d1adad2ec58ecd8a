// Webhook endpoints and their deliveries, as a receiver sees them: every delivery is checked
// with the standardwebhooks package, Standard Webhooks' own verifier.
import { dumpDatabase } from '../../test/support/snapshot.ts';
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { client, startTestApp, TEST_SECRET_KEY, type TestApp } from '../../test/support/app.ts';
import { createOrganizationRow, createUserWithKey } from '../../test/support/fixtures.ts';
import { WebhookReceiver } from '../../test/support/webhook-receiver.ts';
import { randomUUID } from 'node:crypto';
import { auditChange } from '../audit/repository.ts';
import { Invalidation } from '../db/invalidation.ts';
import { createWrites } from '../writes/unit-of-work.ts';
import { appendEvent, EVENTS_TOPIC, readEvents } from '../events/repository.ts';
import type { EventType } from '../events/schemas.ts';
import { RETRY_DELAYS_SECONDS, retryDelayMs, WebhookDelivery, type WebhookDeliveryOptions } from './delivery.ts';
import { SecretBox, SecretKeyMissing } from './secrets.ts';
import { createWebhookService } from './service.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import type { Caller } from '../access/caller.ts';

let t: TestApp;
let receiver: WebhookReceiver;
const workers: WebhookDelivery[] = [];
const channel = Invalidation.local();
const quiet = { info() {}, warn() {} };

before(async () => {
  t = await startTestApp({ webhookAllowPrivate: true });
});
after(() => t.close());
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  await receiver?.close();
});

/** A sender as the server runs it, with a short schedule unless told otherwise. */
function startWorker(options: Partial<WebhookDeliveryOptions> = {}, writes = createWrites(t.db, [], channel)): WebhookDelivery {
  const worker = new WebhookDelivery(t.db, writes, channel, {
    secrets: new SecretBox(TEST_SECRET_KEY),
    timeoutMs: 2000,
    allowPrivate: true,
    retryScale: 1e-5,
    concurrency: 4,
    pollMs: 200,
    log: quiet,
    ...options,
  });
  worker.start();
  workers.push(worker);
  return worker;
}

async function organization() {
  const { user, key } = await createUserWithKey(t.db);
  const organizationId = await createOrganizationRow(t.db, user.id);
  const api = client(t.app, key);
  return { organizationId, api, url: `/api/organizations/${organizationId}/webhooks/` };
}

/** Commits an event the way a write does: appended in a transaction, announced on EVENTS_TOPIC. */
async function commitEvent(organizationId: string, type: EventType = 'role.created', data: unknown = { n: 1 }) {
  const event = await appendEvent(t.db, { organizationId, type, actor: { user_uuid: null, key_id: null, via: 'cli' }, data });
  channel.dispatchLocally(EVENTS_TOPIC, organizationId);
  return event;
}

async function endpointWithReceiver(body: Record<string, unknown> = {}) {
  const org = await organization();
  receiver = await WebhookReceiver.start();
  const created = await org.api.post(org.url, { url: receiver.url, ...body });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  receiver.secrets = [created.body.secret];
  return { ...org, endpoint: created.body };
}

const deliveriesOf = (w: { api: ReturnType<typeof client>; url: string; endpoint: { id: string } }) => w.api.get(`${w.url}${w.endpoint.id}/deliveries/`);

/**
 * The delivery log once it has `count` rows: an attempt is recorded after the receiver has it (the
 * last one while the next is sent). The page and its count are two reads, so a row recorded
 * between them shows in the count first; wait for the page itself.
 */
async function deliveryLog(w: { api: ReturnType<typeof client>; url: string; endpoint: { id: string } }, count: number) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const log = await deliveriesOf(w);
    if (log.body.results.length >= count || Date.now() > deadline) return log;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('webhook endpoints', () => {
  it('shows the secret on creation only, keeps it encrypted, and audits the change', async () => {
    const org = await organization();
    const created = await org.api.post(org.url, { url: 'https://hooks.example.com/x', description: 'CRM', event_types: ['member.added'] });
    assert.equal(created.status, 201);
    assert.match(created.body.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.equal(Buffer.from(created.body.secret.slice(6), 'base64').length, 32);
    // Not at rest in clear: no table holds the secret, in base64 or in hex.
    const secretBytes = Buffer.from(created.body.secret.slice(6), 'base64');
    const atRest = JSON.stringify(await dumpDatabase(t.db));
    for (const form of [created.body.secret.slice(6), secretBytes.toString('hex'), secretBytes.toString('base64url')])
      assert.ok(!atRest.includes(form), 'the secret is at rest');
    assert.deepEqual(Object.keys(created.body).sort(), ['created_at', 'description', 'enabled', 'event_types', 'id', 'secret', 'updated_at', 'url']);
    const read = await org.api.get(`${org.url}${created.body.id}/`);
    assert.equal(read.status, 200);
    assert.equal(read.body.secret, undefined);
    assert.deepEqual(
      (await org.api.get(org.url)).body.results.map((e: { id: string }) => e.id),
      [created.body.id],
    );
    const stored = await t.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(stored).includes(created.body.secret.slice(6)), 'the secret is not at rest in clear');
    assert.match(stored.secret_encrypted, /^v1:/);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', created.body.id).execute();
    assert.deepEqual(
      audit.map((row) => row.action),
      ['webhook.created'],
    );
    assert.ok(!JSON.stringify(audit).includes(created.body.secret.slice(6)));

    const changed = await org.api.patch(`${org.url}${created.body.id}/`, { enabled: false, event_types: [] });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.enabled, false);
    assert.equal(changed.body.secret, undefined);
    assert.equal((await org.api.delete(`${org.url}${created.body.id}/`)).status, 204);
    assert.equal((await org.api.get(`${org.url}${created.body.id}/`)).status, 404);
    const actions = await t.db.selectFrom('audit_log').select('action').where('target_id', '=', created.body.id).orderBy('id').execute();
    assert.deepEqual(
      actions.map((row) => row.action),
      ['webhook.created', 'webhook.updated', 'webhook.deleted'],
    );
  });

  it("refuses URLs that are not https:// or that name private addresses, in PostHog's error body", async () => {
    const org = await organization();
    t.config.webhookAllowPrivate = false;
    try {
      for (const bad of [
        'http://hooks.example.com/x',
        'http://127.0.0.1/x',
        'https://127.0.0.1/x',
        'https://[::1]/x',
        'https://10.1.2.3/x',
        'https://169.254.169.254/latest',
        'https://localhost/x',
        'https://[::ffff:127.0.0.1]/x',
        'https://224.0.0.1/x',
        'ftp://x.example.com/',
        'not a url',
        'https://user:pw@hooks.example.com/',
      ]) {
        const response = await org.api.post(org.url, { url: bad });
        assert.equal(response.status, 400, bad);
        assert.deepEqual(Object.keys(response.body).sort(), ['attr', 'code', 'detail', 'type']);
        assert.equal(response.body.type, 'validation_error');
        assert.equal(response.body.attr, 'url');
      }
      assert.equal((await org.api.post(org.url, { url: 'https://hooks.example.com/x' })).status, 201);
    } finally {
      t.config.webhookAllowPrivate = true;
    }
    // Allowed private: http:// only to private addresses.
    assert.equal((await org.api.post(org.url, { url: 'http://127.0.0.1:9/x' })).status, 201);
    assert.equal((await org.api.post(org.url, { url: 'http://93.184.216.34/x' })).status, 400);
  });

  it('refuses webhooks (503 webhooks_unavailable) when the server has no secret key', async () => {
    const org = await organization();
    const keyless = createWebhookService({ db: t.db, writes: createWrites(t.db), secrets: undefined, config: t.config });
    const access = { organizationId: org.organizationId } as OrganizationAccess;
    const caller = { user: { id: 1, uuid: '' }, key: { id: 'k' }, requestId: 'r' } as unknown as Caller;
    await assert.rejects(keyless.create(caller, access, { url: 'https://hooks.example.com/x' }), (error: SecretKeyMissing) => {
      assert.ok(error instanceof SecretKeyMissing);
      assert.equal(error.kind, 'unavailable');
      assert.match(error.detail, /ORGBASE_SECRET_KEY/);
      return true;
    });
  });
});

describe('webhook deliveries', () => {
  it('delivers every event after the endpoint was created, in order, verified by standardwebhooks', async () => {
    const org = await organization();
    await commitEvent(org.organizationId); // before the endpoint: not delivered
    receiver = await WebhookReceiver.start();
    const created = await org.api.post(org.url, { url: receiver.url });
    receiver.secrets = [created.body.secret];
    startWorker();
    const events = [];
    for (let i = 0; i < 12; i++) events.push(await commitEvent(org.organizationId, 'member.added', { i }));
    await receiver.waitFor((d) => d.length >= 12);
    assert.deepEqual(
      receiver.deliveries.map((d) => d.id),
      events.map((e) => e.id),
    );
    assert.deepEqual(
      receiver.deliveries.map((d) => d.body.sequence),
      events.map((e) => e.sequence),
    );
    const first = receiver.deliveries[0]!;
    assert.equal(first.body.type, 'member.added');
    assert.deepEqual(first.body.data, { i: 0 });
    assert.equal(first.body.organization_id, org.organizationId);
    assert.deepEqual(Object.keys(first.body).slice(0, 3), ['type', 'timestamp', 'data']);
    assert.ok(Math.abs(first.timestamp - Date.now() / 1000) < 30);
    assert.equal(receiver.unverified.length, 0);
    const log = await deliveryLog({ ...org, endpoint: created.body }, 12);
    assert.equal(log.body.count, 12);
    assert.ok(log.body.results.every((d: { outcome: string; status_code: number }) => d.outcome === 'delivered' && d.status_code === 204));
  });

  it("wakes on the unit of work's commit, not on a poll", async () => {
    const w = await endpointWithReceiver();
    const writes = createWrites(t.db, [], channel);
    startWorker({ pollMs: 600_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const roleId = randomUUID();
    await writes.run(null, async (unit) => unit.audited(auditChange('role', 'created', w.organizationId, roleId, undefined, { id: roleId, name: 'x' })));
    await receiver.waitFor((d) => d.length >= 1, 3000);
    assert.equal(receiver.deliveries[0]!.body.type, 'role.created');
    assert.deepEqual(receiver.deliveries[0]!.body.data, { id: roleId, name: 'x' });
  });

  it('sends only the listed event types, and the skipped ones do not hold the others back', async () => {
    const w = await endpointWithReceiver({ event_types: ['member.removed'] });
    startWorker();
    await commitEvent(w.organizationId, 'member.added');
    const wanted = await commitEvent(w.organizationId, 'member.removed');
    await commitEvent(w.organizationId, 'role.created');
    await receiver.waitFor((d) => d.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      receiver.deliveries.map((d) => d.id),
      [wanted.id],
    );
  });

  it('signs with the old and the new secret for a day after a rotation; both verify', async () => {
    const w = await endpointWithReceiver();
    const old = w.endpoint.secret;
    const rotated = await w.api.post(`${w.url}${w.endpoint.id}/rotate_secret/`);
    assert.equal(rotated.status, 200);
    assert.notEqual(rotated.body.secret, old);
    receiver.secrets = [rotated.body.secret, old];
    startWorker();
    await commitEvent(w.organizationId);
    await receiver.waitFor((d) => d.length >= 1);
    const delivery = receiver.deliveries[0]!;
    assert.deepEqual(delivery.verifiedWith.sort(), [rotated.body.secret, old].sort());
    assert.equal(delivery.signature.split(' ').length, 2);
    assert.ok(delivery.signature.split(' ').every((part) => part.startsWith('v1,')));
    // A day later only the new secret signs.
    await t.db
      .updateTable('webhook_endpoints')
      .set({ previous_secret_expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', w.endpoint.id)
      .execute();
    await commitEvent(w.organizationId);
    await receiver.waitFor((d) => d.length >= 2);
    assert.deepEqual(receiver.deliveries[1]!.verifiedWith, [rotated.body.secret]);
    assert.equal(receiver.unverified.length, 0);
  });

  it('retries a failing event with backoff, and the next event waits for it', async () => {
    const w = await endpointWithReceiver();
    receiver.answer = (_d, index) => (index < 3 ? { status: 500, body: 'boom' } : { status: 200 });
    startWorker();
    const first = await commitEvent(w.organizationId);
    const second = await commitEvent(w.organizationId);
    await receiver.waitFor((d) => d.length >= 5);
    assert.deepEqual(
      receiver.deliveries.map((d) => d.id),
      [first.id, first.id, first.id, first.id, second.id],
    );
    const log = (await deliveryLog(w, 5)).body.results.reverse();
    assert.deepEqual(
      log.map((d: { outcome: string }) => d.outcome),
      ['retrying', 'retrying', 'retrying', 'delivered', 'delivered'],
    );
    assert.deepEqual(
      log.map((d: { attempt: number }) => d.attempt),
      [1, 2, 3, 4, 1],
    );
    assert.equal(log[0].response_body, 'boom');
    assert.equal(log[0].error, 'HTTP 500');
  });

  it("waits as long as the receiver's Retry-After asks", async () => {
    const w = await endpointWithReceiver();
    receiver.answer = (_d, index) => (index === 0 ? { status: 503, headers: { 'retry-after': '1' } } : { status: 200 });
    startWorker();
    await commitEvent(w.organizationId);
    await receiver.waitFor((d) => d.length >= 2, 5000);
    const gap = receiver.deliveries[1]!.at - receiver.deliveries[0]!.at;
    assert.ok(gap >= 950, `retried after ${gap} ms`);
  });

  it('disables the endpoint on 410 Gone and records an endpoint.disabled event', async () => {
    const w = await endpointWithReceiver();
    receiver.answer = () => ({ status: 410 });
    startWorker();
    await commitEvent(w.organizationId);
    await commitEvent(w.organizationId);
    await receiver.waitFor((d) => d.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(receiver.deliveries.length, 1);
    assert.equal((await w.api.get(`${w.url}${w.endpoint.id}/`)).body.enabled, false);
    const events = await readEvents(t.db, w.organizationId, 0, 100, ['endpoint.disabled']);
    assert.equal(events.length, 1);
    assert.deepEqual((events[0]!.data as { id: string }).id, w.endpoint.id);
    assert.equal((await deliveriesOf(w)).body.results[0].outcome, 'disabled');
    // Enabled again, it resumes with the event it was refused.
    await w.api.patch(`${w.url}${w.endpoint.id}/`, { enabled: true });
    receiver.answer = () => ({ status: 200 });
    await commitEvent(w.organizationId);
    await receiver.waitFor((d) => d.length >= 5);
    assert.equal(receiver.deliveries[1]!.id, receiver.deliveries[0]!.id);
  });

  it('gives an event up after the last attempt and disables an endpoint failing for five days', async () => {
    const w = await endpointWithReceiver();
    receiver.answer = () => ({ status: 500 });
    // Scaled: the whole schedule takes about 2.7 s and five days about 4.3 s.
    startWorker({ retryScale: 1e-5 });
    const first = await commitEvent(w.organizationId);
    await commitEvent(w.organizationId);
    await receiver.waitFor((d) => d.length >= RETRY_DELAYS_SECONDS.length + 1);
    assert.ok(receiver.deliveries.slice(0, RETRY_DELAYS_SECONDS.length + 1).every((d) => d.id === first.id));
    const deadline = Date.now() + 15_000;
    while ((await w.api.get(`${w.url}${w.endpoint.id}/`)).body.enabled && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const outcomes = (await deliveriesOf(w)).body.results.map((d: { outcome: string }) => d.outcome);
    assert.ok(outcomes.includes('given_up'));
    assert.equal(outcomes[0], 'disabled');
    assert.equal((await readEvents(t.db, w.organizationId, 0, 100, ['endpoint.disabled'])).length, 1);
  });

  it('times out a receiver that does not answer, and does not follow redirects', async () => {
    const w = await endpointWithReceiver();
    let redirected = 0;
    receiver.answer = (_d, index) =>
      index === 0 ? 'hang' : index === 1 ? { status: 302, headers: { location: `${receiver.url}?redirected` } } : { status: 200 };
    startWorker({ timeoutMs: 300 });
    await commitEvent(w.organizationId);
    await receiver.waitFor((d) => d.length >= 3);
    redirected = receiver.deliveries.length;
    const log = (await deliveryLog(w, 3)).body.results.reverse();
    assert.equal(log[0].status_code, null);
    assert.match(log[0].error, /timed out after 300 ms/);
    assert.ok(log[0].duration_ms >= 290);
    assert.equal(log[1].status_code, 302);
    assert.match(log[1].error, /redirect \(302\) not followed/);
    assert.equal(log[2].outcome, 'delivered');
    assert.equal(redirected, 3);
  });

  it('reads at most 64 KB of an answer', async () => {
    const w = await endpointWithReceiver();
    receiver.answer = () => ({ status: 200, body: 'x'.repeat(200_000) });
    startWorker();
    await commitEvent(w.organizationId);
    await receiver.waitFor((d) => d.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const log = (await deliveriesOf(w)).body.results;
    assert.equal(log[0].response_body.length, 64 * 1024);
  });

  it('checks the resolved address on every attempt: a loopback host is refused when private addresses are not allowed', async () => {
    const org = await organization();
    receiver = await WebhookReceiver.start();
    const created = await org.api.post(org.url, { url: `https://localhost:${receiver.port}/hook` });
    assert.equal(created.status, 201);
    startWorker({ allowPrivate: false });
    await commitEvent(org.organizationId);
    const deadline = Date.now() + 5000;
    let log;
    do {
      await new Promise((resolve) => setTimeout(resolve, 50));
      log = (await deliveriesOf({ ...org, endpoint: created.body })).body.results;
    } while (log.length === 0 && Date.now() < deadline);
    assert.match(log[0].error, /refused: localhost resolves to .* private or loopback address/);
    assert.equal(receiver.deliveries.length + receiver.unverified.length, 0);
  });

  it('shares the work between senders without sending an event twice', async () => {
    const w = await endpointWithReceiver();
    const others = await Promise.all(
      [1, 2, 3].map(async () => {
        const org = await organization();
        const created = await org.api.post(org.url, { url: receiver.url });
        receiver.secrets.push(created.body.secret);
        return org.organizationId;
      }),
    );
    for (let i = 0; i < 3; i++) startWorker();
    const organizations = [w.organizationId, ...others];
    const committed = [];
    for (let i = 0; i < 60; i++) committed.push(await commitEvent(organizations[i % 4]!, 'role.created', { i }));
    await receiver.waitFor((d) => d.length >= 60);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(receiver.deliveries.length, 60);
    assert.deepEqual(new Set(receiver.deliveries.map((d) => d.id)).size, 60);
    for (const organizationId of organizations) {
      const sequences = receiver.deliveries.filter((d) => d.body.organization_id === organizationId).map((d) => d.body.sequence);
      assert.deepEqual(
        sequences,
        [...sequences].sort((a, b) => a - b),
      );
    }
  });

  it('starts on another endpoint at once while a slow receiver keeps one sender busy', async () => {
    const slow = await endpointWithReceiver();
    const other = await organization();
    const created = await other.api.post(other.url, { url: receiver.url });
    receiver.secrets.push(created.body.secret);
    receiver.answer = (d) => (d.body.organization_id === slow.organizationId ? { status: 204, delayMs: 150 } : { status: 204 });
    for (let i = 0; i < 30; i++) await commitEvent(slow.organizationId, 'role.created', { i });
    startWorker({ pollMs: 600_000 });
    await receiver.waitFor((d) => d.length >= 1);
    await commitEvent(other.organizationId);
    // The slow endpoint's 30 events take 4.5 s; the other endpoint's event does not wait for them.
    await receiver.waitFor((d) => d.some((one) => one.body.organization_id === other.organizationId), 2000);
    assert.ok(receiver.deliveries.filter((one) => one.body.organization_id === slow.organizationId).length < 30);
    await receiver.waitFor((d) => d.length >= 31);
  });

  it('waits out a database away for a moment to record an attempt, instead of sending the event twice', async () => {
    const w = await endpointWithReceiver();
    // The first two records fail as a PostgreSQL restart fails them; the sends went through.
    let failures = 2;
    const flaky = t.db.withPlugin({
      transformQuery(args) {
        if (failures > 0) {
          failures -= 1;
          throw new Error('Connection terminated unexpectedly');
        }
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    startWorker({}, createWrites(flaky, [], channel));
    const events = [];
    for (let i = 0; i < 3; i++) events.push(await commitEvent(w.organizationId, 'role.created', { i }));
    await receiver.waitFor((d) => d.length >= 3, 5000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(failures, 0);
    assert.deepEqual(
      receiver.deliveries.map((d) => d.id),
      events.map((e) => e.id),
    );
  });

  it('retries a delivery by hand: one attempt now, recorded as manual', async () => {
    const w = await endpointWithReceiver();
    receiver.answer = (_d, index) => (index === 0 ? { status: 500 } : { status: 200 });
    startWorker({ retryScale: 1 });
    await commitEvent(w.organizationId);
    await receiver.waitFor((d) => d.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [failed] = (await deliveriesOf(w)).body.results;
    const retried = await w.api.post(`${w.url}${w.endpoint.id}/deliveries/${failed.id}/retry/`);
    assert.equal(retried.status, 200);
    assert.equal(retried.body.manual, true);
    assert.equal(retried.body.outcome, 'delivered');
    assert.equal(receiver.deliveries[1]!.id, receiver.deliveries[0]!.id);
  });
});

describe('the retry schedule', () => {
  it('makes at least 10 attempts over at least 72 hours, jittered, honouring Retry-After', () => {
    const lowest = RETRY_DELAYS_SECONDS.reduce((sum, _delay, i) => sum + retryDelayMs(i + 1, 1, undefined, () => 0)!, 0);
    assert.ok(RETRY_DELAYS_SECONDS.length + 1 >= 10);
    assert.ok(lowest >= 72 * 3600_000, `${lowest / 3600_000} h`);
    assert.ok(retryDelayMs(1, 1, undefined, () => 0.99)! > retryDelayMs(1, 1, undefined, () => 0)!);
    assert.equal(
      retryDelayMs(1, 1, 120, () => 0),
      120_000,
    );
    assert.equal(retryDelayMs(RETRY_DELAYS_SECONDS.length + 1, 1), undefined);
  });
});
