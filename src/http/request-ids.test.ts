import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requestIdSource } from './request-ids.ts';

describe('request ids', () => {
  it("are UUID-shaped, never repeat in a process, and differ between processes' sources", () => {
    const next = requestIdSource();
    const ids = Array.from({ length: 1000 }, next);
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(new Set(ids).size, ids.length);
    assert.notEqual(requestIdSource()().slice(0, 23), ids[0]!.slice(0, 23));
  });
});
