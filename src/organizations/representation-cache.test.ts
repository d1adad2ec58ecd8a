// The cache's rules, without timing: a read that began before an invalidation, or that ran
// while a write was open, is never cached; nothing is cached while the channel is down.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Invalidation } from '../db/invalidation.ts';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import type { ProcessCache } from '../db/process-cache.ts';
import { createWrites } from '../writes/unit-of-work.ts';
import { OrganizationRepresentations } from './representation-cache.ts';
import type { Organization } from './schemas.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const ID = '01900000-0000-7000-8000-000000000001';
const organization = (name: string) => ({ id: ID, name, membership_level: 15 }) as unknown as Organization;
// Any serializer that writes the level field as the route's does.
const serialize = (value: Organization) => JSON.stringify({ id: value.id, membership_level: value.membership_level, name: value.name });

function cacheWith(invalidation = Invalidation.local()) {
  return new OrganizationRepresentations(invalidation, { oneStatementAtATime: false });
}

describe('organization representation cache', () => {
  it('serves each level its own bytes and ETag from one fill', () => {
    const cache = cacheWith();
    const filled = cache.fill(organization('Acme'), cache.generation, serialize);
    assert.equal(filled.payload.toString(), '{"id":"01900000-0000-7000-8000-000000000001","membership_level":15,"name":"Acme"}');
    assert.equal(cache.get(ID, 15)?.etag, filled.etag);
    assert.equal(cache.get(ID, 1)?.payload.toString(), '{"id":"01900000-0000-7000-8000-000000000001","membership_level":1,"name":"Acme"}');
    assert.notEqual(cache.get(ID, 1)?.etag, filled.etag);
    cache.close();
  });

  it('drops the entry inside the write and fills nothing while the write is open or unheard', async () => {
    const cache = cacheWith();
    cache.fill(organization('Before'), cache.generation, serialize);
    const startedBefore = cache.generation;
    let startedInside = 0;
    // The unit tells the cache inside the transaction, before the commit: observed right then.
    const observed: ProcessCache = {
      kind: 'organization',
      beginWrite(ids, token) {
        cache.beginWrite(ids, token);
        assert.equal(cache.get(ID, 15), undefined);
        // A read on another connection sees the old row until the commit: it must not be cached.
        startedInside = cache.generation;
        cache.fill(organization('Before'), cache.generation, serialize);
        assert.equal(cache.get(ID, 15), undefined);
      },
      committed: (ids) => cache.committed(ids),
    };
    await createWrites(t.db, [observed]).run(null, async (unit) => unit.changed('organization', ID));
    // A read that began before the commit is not cached, nor one that began before the write.
    cache.fill(organization('Before'), startedInside, serialize);
    assert.equal(cache.get(ID, 15), undefined);
    const other = '01900000-0000-7000-8000-000000000002';
    cache.fill({ ...organization('Old'), id: other }, startedBefore, serialize);
    assert.equal(cache.get(other, 15), undefined);
    // Committed, but this process has not heard its notification back (a local channel never does).
    cache.fill(organization('After'), cache.generation, serialize);
    assert.equal(cache.get(ID, 15), undefined);
    cache.close();
  });

  it('caches nothing while the invalidation channel is down', () => {
    const invalidation = Invalidation.local();
    const cache = cacheWith(invalidation);
    invalidation.connected = false;
    cache.fill(organization('Acme'), cache.generation, serialize);
    assert.equal(cache.get(ID, 15), undefined);
    cache.close();
  });
});
