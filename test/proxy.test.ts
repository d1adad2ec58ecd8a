// Behind a TLS-terminating proxy: forwarded headers count only from ORGBASE_TRUST_PROXY's
// addresses, and then give the links, the logged client address and HSTS.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../src/app/app.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import type { App } from '../src/http/app-types.ts';
import { loggerOptions } from '../src/http/logging.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';
import { createOrganizationRow, createUserWithKey } from './support/fixtures.ts';

let database: TestDatabase;
let key: string;

before(async () => {
  database = await createTestDatabase();
  const owner = await createUserWithKey(database.handle.db);
  key = owner.key;
  await createOrganizationRow(database.handle.db, owner.user.id, 'First');
  await createOrganizationRow(database.handle.db, owner.user.id, 'Second');
});
after(() => database.drop());

/** An app with this ORGBASE_TRUST_PROXY, keeping its log lines. */
async function appTrusting(trustProxy: string | undefined): Promise<{ app: App; logs: Array<Record<string, any>> }> {
  const config = { ...loadConfig(trustProxy === undefined ? {} : { ORGBASE_TRUST_PROXY: trustProxy }), logLevel: 'info' };
  const logs: Array<Record<string, any>> = [];
  const logger = { ...loggerOptions(config), stream: { write: (line: string) => logs.push(JSON.parse(line)) } };
  const app = await buildApp({ db: database.handle.db, config, logger });
  await app.ready();
  return { app, logs };
}

const FORWARDED = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'orgbase.example.com', 'x-forwarded-for': '203.0.113.7' };

async function listThroughProxy(app: App) {
  // light-my-request's connections come from 127.0.0.1, as from a proxy on the same host.
  const response = await app.inject({
    method: 'GET',
    url: '/api/organizations/?limit=1',
    headers: { authorization: `Bearer ${key}`, host: '127.0.0.1:8000', ...FORWARDED },
  });
  assert.equal(response.statusCode, 200, response.body);
  return response;
}

describe('ORGBASE_TRUST_PROXY', () => {
  it("takes the trusted proxy's scheme, host and client address for links, HSTS and logs", async () => {
    const { app, logs } = await appTrusting('127.0.0.1');
    try {
      const response = await listThroughProxy(app);
      assert.equal(response.json().next, 'https://orgbase.example.com/api/organizations/?limit=1&offset=1');
      assert.equal(response.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');
      const incoming = logs.find((line) => line.msg === 'incoming request');
      assert.equal(incoming?.req.remoteAddress, '203.0.113.7');
      assert.equal(incoming?.req.host, 'orgbase.example.com');
    } finally {
      await app.close();
    }
  });

  it('ignores forwarded headers by default: the connection says http, no HSTS, the peer address', async () => {
    const { app, logs } = await appTrusting(undefined);
    try {
      const response = await listThroughProxy(app);
      assert.equal(response.json().next, 'http://127.0.0.1:8000/api/organizations/?limit=1&offset=1');
      assert.equal(response.headers['strict-transport-security'], undefined);
      assert.equal(logs.find((line) => line.msg === 'incoming request')?.req.remoteAddress, '127.0.0.1');
    } finally {
      await app.close();
    }
  });

  it('ignores forwarded headers from an address it does not trust', async () => {
    const { app, logs } = await appTrusting('10.0.0.0/8, ::1');
    try {
      const response = await listThroughProxy(app);
      assert.match(response.json().next, /^http:\/\/127\.0\.0\.1:8000\//);
      assert.equal(response.headers['strict-transport-security'], undefined);
      assert.equal(logs.find((line) => line.msg === 'incoming request')?.req.remoteAddress, '127.0.0.1');
    } finally {
      await app.close();
    }
  });

  it('accepts addresses, CIDR ranges and the named ranges, and refuses trusting everyone', () => {
    assert.deepEqual(loadConfig({ ORGBASE_TRUST_PROXY: ' 10.0.0.1, 172.16.0.0/12,fd00::/8, loopback ' }).trustProxy, [
      '10.0.0.1',
      '172.16.0.0/12',
      'fd00::/8',
      'loopback',
    ]);
    assert.equal(loadConfig({}).trustProxy, undefined);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example.com', '10.0.0.1/8/2', ',']) {
      assert.throws(
        () => loadConfig({ ORGBASE_TRUST_PROXY: bad }),
        (error: unknown) => error instanceof ConfigError && /^ORGBASE_TRUST_PROXY must be/.test(error.message),
        bad,
      );
    }
  });
});
