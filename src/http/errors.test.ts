import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../app/app.ts';
import { loadConfig } from '../config.ts';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { assertError, createUserWithKey } from '../../test/support/fixtures.ts';

let t: TestApp;
let key: string;
before(async () => {
  t = await startTestApp({ bodyLimitBytes: 4096 });
  ({ key } = await createUserWithKey(t.db));
});
after(() => t.close());

const KEYS = '/api/personal_api_keys/';

describe("PostHog's error body", () => {
  it('answers 404 in the error format for an unknown route', async () => {
    assertError(await client(t.app, key).get('/api/nowhere/'), 404, {
      type: 'invalid_request',
      code: 'not_found',
      detail: 'Not found.',
      attr: null,
    });
  });

  it('answers 405 for a known path with another method, naming the method', async () => {
    const response = await client(t.app, key).call('PUT', '/api/users/@me/', {});
    assertError(response, 405, { type: 'invalid_request', code: 'method_not_allowed', detail: 'Method "PUT" not allowed.' });
    assert.equal(response.headers.allow, 'GET, PATCH');
  });

  it('answers paths with and without the trailing slash alike', async () => {
    assert.equal((await client(t.app, key).get('/api/users/@me')).status, 200);
    assert.equal((await client(t.app, key).get('/api/users/@me/')).status, 200);
  });

  it('answers 400 parse_error to malformed JSON', async () => {
    assertError(await client(t.app, key).post(KEYS, '{"label": '), 400, { type: 'invalid_request', code: 'parse_error', detail: /^JSON parse error - / });
  });

  it('answers 400 to a body that is not a JSON object', async () => {
    assertError(await client(t.app, key).post(KEYS, [1, 2]), 400, {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'Invalid data. Expected a dictionary, but got list.',
      attr: null,
    });
    assertError(await client(t.app, key).post(KEYS, '"text"'), 400, { detail: 'Invalid data. Expected a dictionary, but got str.' });
  });

  it('names the field and DRF code for wrong types and nulls', async () => {
    assertError(await client(t.app, key).post(KEYS, { label: null, scopes: ['*'] }), 400, {
      code: 'null',
      detail: 'This field may not be null.',
      attr: 'label',
    });
    assertError(await client(t.app, key).post(KEYS, { label: true, scopes: ['*'] }), 400, {
      code: 'invalid_input',
      detail: 'Not a valid string.',
      attr: 'label',
    });
    assertError(await client(t.app, key).post(KEYS, { label: 'x', scopes: ['*'], scoped_organizations: ['nope'] }), 400, {
      detail: 'Must be a valid UUID.',
      attr: 'scoped_organizations__0',
    });
  });

  it('answers 413 to an over-large body', async () => {
    const response = await client(t.app, key).post(KEYS, { label: 'x'.repeat(10_000), scopes: ['*'] });
    assertError(response, 413, { type: 'invalid_request', code: 'request_too_large' });
  });

  it('answers 415 to a body it cannot parse', async () => {
    const response = await client(t.app, key).post(KEYS, 'label=x', { 'content-type': 'text/plain' });
    assertError(response, 415, { code: 'unsupported_media_type', detail: 'Unsupported media type "text/plain" in request.' });
  });

  it('answers 500 without a stack trace, and logs it with the request id', async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => lines.push(line) };
    const app = await buildApp({ db: t.db, config: { ...loadConfig({}), logLevel: 'error' }, logger: { level: 'error', stream } });
    app.get('/boom', async () => {
      throw new Error('secret internal detail');
    });
    await app.ready();
    try {
      const response = await app.inject({ method: 'GET', url: '/boom', headers: { 'x-request-id': 'req-123' } });
      assert.equal(response.statusCode, 500);
      assert.deepEqual(response.json(), { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null });
      assert.ok(!response.body.includes('secret internal detail'));
      assert.equal(response.headers['x-request-id'], 'req-123');
      const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unhandled error');
      assert.equal(logged?.reqId, 'req-123');
      assert.match(logged?.err?.message, /secret internal detail/);
    } finally {
      await app.close();
    }
  });
});

describe('every response', () => {
  it('carries a request id and security headers', async () => {
    const response = await client(t.app, key).get('/api/users/@me/');
    assert.match(String(response.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['x-frame-options'], 'DENY');
    assert.equal(response.headers['cache-control'], 'no-store');
  });
});
