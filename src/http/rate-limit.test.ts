import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryCounterStore } from './rate-limit.ts';

describe("the in-process rate limit's counters", () => {
  const windows = [
    { seconds: 60, limit: 2 },
    { seconds: 3600, limit: 3 },
  ];

  it('count in every window only while all have room, and start a window afresh', () => {
    const store = new MemoryCounterStore();
    assert.deepEqual(store.hit('u', windows, 0), { allowed: true, counts: [1, 1] });
    assert.deepEqual(store.hit('u', windows, 1), { allowed: true, counts: [2, 2] });
    assert.deepEqual(store.hit('u', windows, 2), { allowed: false, counts: [2, 2] });
    assert.deepEqual(store.hit('u', windows, 61), { allowed: true, counts: [1, 3] });
    assert.deepEqual(store.hit('u', windows, 121), { allowed: false, counts: [0, 3] });
    assert.deepEqual(store.hit('other', windows, 121), { allowed: true, counts: [1, 1] });
  });

  it('drop subjects whose windows are all past when full, and keep the current ones', () => {
    const store = new MemoryCounterStore(2);
    store.hit('old', windows, 0);
    store.hit('current', windows, 3600);
    store.hit('new', windows, 3601);
    // 'current' kept its counts, 'old' started over.
    assert.deepEqual(store.hit('current', windows, 3602).counts, [2, 2]);
    assert.deepEqual(store.hit('old', windows, 3602).counts, [1, 1]);
  });
});
