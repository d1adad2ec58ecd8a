// Item 8: a client trickling its request body is cut off after ORGBASE_REQUEST_TIMEOUT while
// other clients are served.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import { after, describe, it } from 'node:test';
import { baseEnv, call, seedKey, sleep, startOrgbase, tempDir, type Orgbase } from './support.ts';

const dir = tempDir('slow');
let server: Orgbase | undefined;
after(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('slow clients', () => {
  it('a trickled body is ended by the request timeout while others are served', { timeout: 240_000 }, async () => {
    const env = baseEnv({ ORGBASE_DATA_DIR: dir, LOG_LEVEL: 'warn', ORGBASE_REQUEST_TIMEOUT: '2' });
    const key = seedKey(env);
    server = await startOrgbase(env);

    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const opened = Date.now();
    let response = '';
    socket.on('data', (chunk) => (response += chunk));
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - opened)));
    socket.on('error', () => {});
    socket.write(
      `POST /api/organizations/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key.value}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"name":"',
    );
    // One byte every 200 ms, for up to 15 s; meanwhile other clients are answered.
    let open = true;
    void closed.then(() => (open = false));
    let served = 0;
    for (let i = 0; i < 75 && open; i++) {
      if (!socket.destroyed) socket.write('a');
      assert.equal((await call(server.url, 'GET', '/api/users/@me/', key.value)).status, 200);
      served++;
      await sleep(200);
    }
    assert.ok(!open, 'the trickling connection was still open after 15 s');
    const lifetime = await closed;
    console.log(
      `# slow client: trickling connection closed after ${lifetime} ms (timeout 2 s), ${served} other requests served meanwhile; answer ${JSON.stringify(response.split('\r\n')[0])}`,
    );
    assert.ok(lifetime >= 2000 && lifetime < 5000, `closed after ${lifetime} ms`);
    assert.match(response, /^HTTP\/1\.1 408/);
  });
});
