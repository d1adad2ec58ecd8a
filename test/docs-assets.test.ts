// The reference pages load nothing from another host, the favicon exists, and the large
// documents go gzipped to clients that accept it (the API's own answers do not).
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './support/app.ts';
import { createUserWithKey } from './support/fixtures.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('documentation assets', () => {
  it("serves Redoc's bundle with its logo pointed here, and the logo", async () => {
    const bundle = await get('/api/schema/redoc/redoc.standalone.js');
    assert.equal(bundle.statusCode, 200);
    assert.ok(!bundle.body.includes('cdn.redoc.ly'), 'the bundle still loads from cdn.redoc.ly');
    assert.ok(bundle.body.includes('"/api/schema/redoc/logo-mini.svg"'));
    const logo = await get('/api/schema/redoc/logo-mini.svg');
    assert.equal(logo.statusCode, 200);
    assert.equal(logo.headers['content-type'], 'image/svg+xml');
    assert.match(logo.body, /^<svg /);
  });

  it('answers /favicon.ico with an icon', async () => {
    const icon = await get('/favicon.ico');
    assert.equal(icon.statusCode, 200);
    assert.equal(icon.headers['content-type'], 'image/x-icon');
    const bytes = icon.rawPayload;
    assert.deepEqual([...bytes.subarray(0, 6)], [0, 0, 1, 0, 1, 0], 'an ICO header with one image');
    const offset = bytes.readUInt32LE(18);
    assert.equal(bytes.subarray(offset, offset + 8).toString('latin1'), '\x89PNG\r\n\x1a\n');
    assert.equal(bytes.readUInt32LE(14), bytes.length - offset);
  });

  it("gzips the schema and the pages' bundles for clients that accept it, and only those", async () => {
    for (const url of [
      '/api/schema/',
      '/api/schema/?format=yaml',
      '/api/schema/swagger-ui/static/swagger-ui-bundle.js',
      '/api/schema/redoc/redoc.standalone.js',
    ]) {
      const plain = await get(url);
      const packed = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(plain.statusCode, 200, url);
      assert.equal(plain.headers['content-encoding'], undefined, url);
      assert.equal(packed.headers['content-encoding'], 'gzip', url);
      assert.match(String(packed.headers.vary), /accept-encoding/i, url);
      assert.ok(packed.rawPayload.length < plain.rawPayload.length / 2, `${url}: ${packed.rawPayload.length} of ${plain.rawPayload.length} bytes`);
      assert.ok(zlib.gunzipSync(packed.rawPayload).equals(plain.rawPayload), `${url} unpacks to the plain answer`);
    }
  });

  it("leaves the API's answers uncompressed", async () => {
    const { key } = await createUserWithKey(t.db);
    const me = await get('/api/users/@me/', { authorization: `Bearer ${key}`, 'accept-encoding': 'gzip' });
    assert.equal(me.statusCode, 200);
    assert.equal(me.headers['content-encoding'], undefined);
  });
});
