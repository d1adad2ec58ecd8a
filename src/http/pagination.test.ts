import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyRequest } from 'fastify';
import { pageOf, paginate } from './pagination.ts';

function request(url: string): FastifyRequest {
  return { url, protocol: 'http', host: 'orgbase.test' } as FastifyRequest;
}

describe('limit/offset pagination, as DRF answers it', () => {
  it('uses 100 for a missing, zero or negative limit and floors offset at 0', () => {
    assert.deepEqual(pageOf({}), { limit: 100, offset: 0 });
    assert.deepEqual(pageOf({ limit: 0, offset: -5 }), { limit: 100, offset: 0 });
    assert.deepEqual(pageOf({ limit: -1, offset: 3 }), { limit: 100, offset: 3 });
    assert.deepEqual(pageOf({ limit: 100_000 }), { limit: 100_000, offset: 0 });
  });

  it('links the next page with sorted absolute URLs and no previous on the first page', () => {
    const page = paginate(request('/api/organizations/?limit=1'), pageOf({ limit: 1 }), 3, ['a']);
    assert.equal(page.next, 'http://orgbase.test/api/organizations/?limit=1&offset=1');
    assert.equal(page.previous, null);
    assert.equal(page.count, 3);
  });

  it('drops offset from the previous link when it would be 0, keeps other params', () => {
    const page = paginate(request('/api/organizations/?offset=1&limit=1&search=x'), pageOf({ limit: 1, offset: 1 }), 3, ['b']);
    assert.equal(page.previous, 'http://orgbase.test/api/organizations/?limit=1&search=x');
    assert.equal(page.next, 'http://orgbase.test/api/organizations/?limit=1&offset=2&search=x');
  });

  it('has no next link on the last page, and a previous link past the end', () => {
    assert.equal(paginate(request('/x/?limit=1&offset=2'), pageOf({ limit: 1, offset: 2 }), 3, ['c']).next, null);
    const past = paginate(request('/x/?limit=10&offset=50'), pageOf({ limit: 10, offset: 50 }), 3, []);
    assert.equal(past.next, null);
    assert.equal(past.previous, 'http://orgbase.test/x/?limit=10&offset=40');
  });

  it('uses SITE_URL as the base when it is configured', () => {
    const page = paginate(request('/x/?limit=1'), pageOf({ limit: 1 }), 2, ['a'], 'https://orgbase.example.com');
    assert.equal(page.next, 'https://orgbase.example.com/x/?limit=1&offset=1');
  });
});
