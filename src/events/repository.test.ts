// The sequence promise the feed and the webhooks rest on: per organization, strictly
// increasing, no gaps among committed events, and commit order equals sequence order.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { appendEvent, readEvents } from './repository.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const actor = { user_uuid: null, key_id: null, via: 'cli' as const };

describe('events', () => {
  it('numbers each organization 1, 2, 3... without gaps, rolled-back appends included', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const appends = Array.from({ length: 24 }, (_, i) =>
      t.db
        .transaction()
        .execute(async (trx) => {
          await appendEvent(trx, { organizationId: i % 2 ? a : b, type: 'role.created', actor, data: { i } });
          if (i % 5 === 0) throw new Error('rolled back');
        })
        .catch(() => undefined),
    );
    await Promise.all(appends);
    for (const organizationId of [a, b]) {
      const events = await readEvents(t.db, organizationId, 0, 100);
      assert.deepEqual(
        events.map((event) => event.sequence),
        events.map((_, i) => i + 1),
      );
      assert.ok(events.every((event) => event.organization_id === organizationId && event.actor.via === 'cli'));
    }
    const tail = await readEvents(t.db, a, 3, 2, ['role.created']);
    assert.deepEqual(
      tail.map((event) => event.sequence),
      [4, 5],
    );
    assert.deepEqual(await readEvents(t.db, a, 0, 10, ['member.added']), []);
  });
});
