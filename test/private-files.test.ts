// The embedded database's files and sockets belong to the user orgbase runs as (issue 21,
// points 2, 4 and 9): created owner-only whatever the umask, tightened when found loose,
// never put where another user could have prepared the place, and a control socket that
// answers only its own commands and drops connections that say nothing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { orgbase, orgbaseJson } from './support/cli.ts';
import { TEST_DB } from './support/database.ts';
import { runServeExpectingFailure, startServerProcess, type ServerProcess } from './support/server-process.ts';

const skip = TEST_DB !== 'pglite';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'orgbase-private-'));
const NOBODY = 65534;
let env: NodeJS.ProcessEnv;

before(() => {
  // What a default shell gives: files 0644, directories 0755, unless orgbase says otherwise.
  process.umask(0o022);
  env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', TMPDIR: path.join(scratch, 'tmp') };
  delete env.DATABASE_URL;
  fs.mkdirSync(env.TMPDIR!, { recursive: true });
});
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Every path under `root` that group or others may use, with its mode. */
function openToOthers(root: string): string[] {
  const loose: string[] = [];
  const visit = (full: string) => {
    const stat = fs.lstatSync(full);
    if (!stat.isSymbolicLink() && (stat.mode & 0o077) !== 0) loose.push(`${(stat.mode & 0o777).toString(8)} ${path.relative(root, full) || '.'}`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(full)) visit(path.join(full, name));
  };
  visit(root);
  return loose;
}

async function stop(server: ServerProcess) {
  server.child.kill('SIGTERM');
  assert.equal(await server.exited, 0);
}

describe('the embedded data directory is owner-only', { skip }, () => {
  const dataDir = path.join(scratch, 'data');

  it('is created 0700 with files 0600 and its one socket 0600 under umask 022', async () => {
    const server = await startServerProcess({ ...env, ORGBASE_DATA_DIR: dataDir });
    try {
      // Writes through the control socket: new WAL and relation files appear as the server runs.
      const init = await orgbaseJson({ ...env, ORGBASE_DATA_DIR: dataDir }, 'init', '--email', 'ann@example.com', '--organization', 'Acme');
      const headers = { authorization: `Bearer ${init.key.value}`, 'content-type': 'application/json' };
      for (let i = 0; i < 20; i++) {
        const answer = await fetch(`${server.url}/api/organizations/`, { method: 'POST', headers, body: JSON.stringify({ name: `Org ${i}` }) });
        assert.equal(answer.status, 201);
      }
      assert.equal(fs.statSync(dataDir).mode & 0o777, 0o700);
      // The engine is reached inside the process only: no database socket for anyone to open.
      assert.equal(fs.existsSync(path.join(dataDir, '.s.PGSQL.5432')), false);
      assert.equal(fs.statSync(path.join(dataDir, 'orgbase.sock')).mode & 0o777, 0o600);
      assert.deepEqual(openToOthers(dataDir), []);
    } finally {
      await stop(server);
    }
  });

  it('is tightened at the next start when found open to others', async () => {
    const loosen = (full: string) => {
      const stat = fs.lstatSync(full);
      fs.chmodSync(full, stat.isDirectory() ? 0o777 : 0o666);
      if (stat.isDirectory()) for (const name of fs.readdirSync(full)) loosen(path.join(full, name));
    };
    loosen(dataDir);
    assert.ok(openToOthers(dataDir).length > 900);
    const server = await startServerProcess({ ...env, ORGBASE_DATA_DIR: dataDir });
    await stop(server);
    assert.deepEqual(openToOthers(dataDir), []);
  });

  it('is owner-only after restore; a truncated or foreign backup gets one line, no stack', async () => {
    const file = path.join(scratch, 'backup.tgz');
    await orgbaseJson({ ...env, ORGBASE_DATA_DIR: dataDir }, 'backup', file);
    const restoredDir = path.join(scratch, 'restored');
    const restored = await orgbaseJson({ ...env, ORGBASE_DATA_DIR: restoredDir }, 'restore', file);
    assert.equal(restored.organizations, 21);
    assert.deepEqual(openToOthers(restoredDir), []);

    const whole = fs.readFileSync(file);
    const broken = {
      truncated: whole.subarray(0, Math.floor(whole.length / 2)),
      garbage: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
      'gzip of not a tar': (await import('node:zlib')).gzipSync('hello'),
    };
    for (const [name, bytes] of Object.entries(broken)) {
      const bad = path.join(scratch, `${name}.tgz`);
      fs.writeFileSync(bad, bytes);
      const result = await orgbase({ ...env, ORGBASE_DATA_DIR: path.join(scratch, `bad-${name}`) }, 'restore', bad);
      assert.equal(result.code, 1, name);
      assert.match(result.stderr, /^orgbase: .* is not an orgbase backup: [^\n]+\n$/, `${name}: ${result.stderr}`);
    }
  });
});

describe('sockets only where nobody else could have prepared the place', { skip }, () => {
  // Deep enough that the sockets cannot live in it (unix socket paths are about 107 bytes).
  const deepDir = path.join(scratch, 'd'.repeat(60), 'e'.repeat(60));
  const runtimeDir = () => path.join(env.TMPDIR!, `orgbase-${process.getuid!()}`);

  it('refuses a runtime directory another user owns or others may write', async () => {
    fs.mkdirSync(runtimeDir(), { mode: 0o777 });
    fs.chmodSync(runtimeDir(), 0o777);
    const open = await runServeExpectingFailure({ ...env, ORGBASE_DATA_DIR: deepDir });
    assert.notEqual(open.code, 0);
    assert.match(open.stderr, /is open to other users \(mode 777\); orgbase refuses to put its sockets there/);

    fs.chmodSync(runtimeDir(), 0o700);
    fs.chownSync(runtimeDir(), NOBODY, NOBODY);
    const foreign = await runServeExpectingFailure({ ...env, ORGBASE_DATA_DIR: deepDir });
    assert.notEqual(foreign.code, 0);
    assert.match(foreign.stderr, /belongs to another user \(uid 65534\); orgbase refuses to put its sockets there/);
    // The CLI refuses the same place: it would otherwise send its command to whoever made it.
    const cli = await orgbase({ ...env, ORGBASE_DATA_DIR: deepDir }, 'users', 'list');
    assert.equal(cli.code, 1);
    assert.match(cli.stderr, /belongs to another user/);
    fs.rmSync(runtimeDir(), { recursive: true });
  });

  it('creates its own 0700 runtime directory and serves the CLI through it', async () => {
    const server = await startServerProcess({ ...env, ORGBASE_DATA_DIR: deepDir });
    try {
      assert.equal(fs.statSync(runtimeDir()).mode & 0o777, 0o700);
      const entries = fs.readdirSync(runtimeDir());
      // The control socket only: the database has none.
      assert.equal(entries.length, 1, entries.join(', '));
      assert.match(entries[0]!, /^[0-9a-f]{16}\.sock$/);
      assert.deepEqual(openToOthers(runtimeDir()), []);
      const created = await orgbaseJson({ ...env, ORGBASE_DATA_DIR: deepDir }, 'users', 'create', '--email', 'deep@example.com');
      assert.equal(created.email, 'deep@example.com');
    } finally {
      await stop(server);
    }
  });

  it('the CLI never sends a command to a control socket another user owns', async () => {
    const dataDir = path.join(scratch, 'squatted');
    fs.mkdirSync(dataDir, { mode: 0o700 });
    const socketPath = path.join(dataDir, 'orgbase.sock');
    let received = '';
    const impostor = net.createServer((socket) => {
      socket.on('data', (chunk) => (received += chunk));
      socket.end(`${JSON.stringify({ ok: true, result: { value: 'phx_forged' } })}\n`);
    });
    await new Promise<void>((resolve) => impostor.listen(socketPath, resolve));
    fs.chownSync(socketPath, NOBODY, NOBODY);
    try {
      const result = await orgbase({ ...env, ORGBASE_DATA_DIR: dataDir }, 'keys', 'create', '--email', 'x@example.com', '--label', 'l', '--scopes', '*');
      assert.equal(result.code, 1);
      assert.doesNotMatch(result.stdout, /phx_forged/);
      assert.match(result.stderr, /is not a control socket of this user's orgbase server \(owner uid 65534\)/);
      assert.equal(received, '', 'nothing was sent');
    } finally {
      impostor.close();
    }
  });
});

describe('the control socket', { skip }, () => {
  // The first suite's directory, already created: a fresh one costs an initdb.
  const dataDir = path.join(scratch, 'data');
  let server: ServerProcess;
  before(async () => {
    server = await startServerProcess({ ...env, ORGBASE_DATA_DIR: dataDir });
  });
  after(() => stop(server));

  function exchange(send: string | undefined, timeoutMs: number): Promise<{ answer: string; closedAfterMs: number }> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const socket = net.connect(path.join(dataDir, 'orgbase.sock'));
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (answer += chunk));
      socket.on('error', reject);
      socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
      if (send !== undefined) socket.write(send);
      setTimeout(() => {
        socket.destroy();
        reject(new Error(`still open after ${timeoutMs} ms`));
      }, timeoutMs).unref();
    });
  }

  it('treats inherited names as unknown commands', async () => {
    for (const command of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const { answer } = await exchange(`${JSON.stringify({ command, values: {} })}\n`, 5000);
      assert.deepEqual(JSON.parse(answer), { ok: false, message: `unknown command "${command}"` });
    }
  });

  it('drops a connection that sends nothing or half a request', async () => {
    for (const send of [undefined, '{"command":"users li']) {
      const { answer, closedAfterMs } = await exchange(send, 15_000);
      assert.equal(answer, '');
      assert.ok(closedAfterMs < 10_000, `closed after ${closedAfterMs} ms`);
    }
  });
});
