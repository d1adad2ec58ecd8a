// The member list's cache keeps pages and totals per organization and drops them with it, under
// the freshness rules of every per-organization cache (db/process-cache.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { Invalidation } from '../db/invalidation.ts';
import { createWrites } from '../writes/unit-of-work.ts';
import { MemberPageCache } from './page-cache.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const ID = '01900000-0000-7000-8000-000000000001';

function cacheWith(invalidation = Invalidation.local()) {
  return new MemberPageCache(invalidation, { oneStatementAtATime: false });
}

describe('member page cache', () => {
  it("keeps the member list's pages with the organization and drops them with it, on every organization a write names", async () => {
    const cache = cacheWith();
    const other = '01900000-0000-7000-8000-000000000002';
    const third = '01900000-0000-7000-8000-000000000003';
    for (const id of [ID, other, third]) cache.fillPage(id, '|100|0', Buffer.from(`[${id}]`), cache.generation);
    assert.equal(cache.page(ID, '|100|0')?.toString(), `[${ID}]`);
    assert.equal(cache.page(ID, '-joined_at|100|0'), undefined);
    const generation = cache.generation;
    // A user in two of the three organizations was renamed.
    await createWrites(t.db, [cache]).run(null, async (unit) => unit.changed('organization', [ID, other]));
    cache.fillPage(ID, '|100|0', Buffer.from('[stale]'), generation);
    assert.equal(cache.page(ID, '|100|0'), undefined);
    assert.equal(cache.page(other, '|100|0'), undefined);
    assert.equal(cache.page(third, '|100|0')?.toString(), `[${third}]`);
    cache.close();
  });

  it('drops a total with its organization and keeps none from a read that began before', async () => {
    const cache = cacheWith();
    const other = '01900000-0000-7000-8000-000000000002';
    const generation = cache.generation;
    cache.fillCount(ID, 3, generation);
    assert.equal(cache.count(ID), 3);
    await createWrites(t.db, [cache]).run(null, async (unit) => unit.changed('organization', ID));
    assert.equal(cache.count(ID), undefined);
    cache.fillCount(other, 3, generation);
    assert.equal(cache.count(other), undefined, 'a read begun before the write');
    cache.fillCount(other, 4, cache.generation);
    assert.equal(cache.count(other), 4);
    cache.close();
  });

  it('keeps the whole answer to a URL with its page, and drops it with the page', async () => {
    const cache = cacheWith();
    const results = Buffer.from('[1,2]');
    cache.fillCount(ID, 2, cache.generation);
    cache.fillPage(ID, '|100|0', results, cache.generation);
    const answer = Buffer.from('{"count":2,"next":null,"previous":null,"results":[1,2]}');
    cache.keepAnswer(ID, '|100|0', results, 2, 'http://a/members/', answer);
    assert.equal(cache.answer(ID, '|100|0', 'http://a/members/'), answer);
    assert.equal(cache.answer(ID, '|100|0', 'http://b/members/'), undefined, 'links are built from the URL');
    assert.equal(cache.page(ID, '|100|0')?.toString(), '[1,2]', 'the results are a view into the answer');
    // An answer around results or a total the cache no longer holds is not kept.
    cache.keepAnswer(ID, '|100|0', Buffer.from('[1,2]'), 2, 'http://b/members/', answer);
    assert.equal(cache.answer(ID, '|100|0', 'http://b/members/'), undefined);
    cache.keepAnswer(ID, '|100|0', cache.page(ID, '|100|0')!, 3, 'http://b/members/', answer);
    assert.equal(cache.answer(ID, '|100|0', 'http://b/members/'), undefined);
    await createWrites(t.db, [cache]).run(null, async (unit) => unit.changed('organization', ID));
    assert.equal(cache.answer(ID, '|100|0', 'http://a/members/'), undefined);
    cache.close();
  });
});
