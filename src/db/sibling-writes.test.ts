// The primary's relay of read-your-writes announcements, over real IPC channels (forked
// processes, the transport cluster workers use). The case that mattered: on SIGTERM one worker
// drains and closes its channel while another still writes; the primary used to send to the
// closed channel, died of the unheard EPIPE, and took the other worker's requests with it.
import assert from 'node:assert/strict';
import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type RelayPeer, SiblingRelay, type SiblingWriteMessage } from './sibling-writes.ts';

// A worker's side of the protocol, as little as it takes: it marks (acks) every announcement,
// reports each "done" it is told, and closes its channel when asked while it stays alive.
const WORKER = `
process.on('message', (message) => {
  if (message?.orgbase === 'sibling-write') process.send({ orgbase: 'sibling-ack', id: message.id });
  else if (message?.orgbase === 'sibling-done') process.send({ told: 'done', id: message.id });
  else if (message === 'close your channel') process.disconnect();
});
setInterval(() => {}, 1000);
`;

let dir: string;
const children: ChildProcess[] = [];

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgbase-relay-'));
  fs.writeFileSync(path.join(dir, 'worker.mjs'), WORKER);
});
after(() => {
  for (const child of children) child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Peer extends RelayPeer {
  child: ChildProcess;
}

async function worker(): Promise<Peer> {
  const child = fork(path.join(dir, 'worker.mjs'), { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return { child, send: (message, callback) => child.send(message, callback), isConnected: () => child.connected };
}

/** Closes the child's channel from its side; the child lives on, as a draining worker does. */
async function closeChannel(peer: Peer): Promise<void> {
  const closed = new Promise((resolve) => peer.child.once('disconnect', resolve));
  peer.child.send('close your channel');
  await closed;
  assert.equal(peer.child.exitCode, null, 'the worker is still alive');
}

function toldDone(peer: Peer, id: number, withinMs = 5000): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), withinMs);
    peer.child.on('message', (message: { told?: string; id?: number }) => {
      if (message.told === 'done' && message.id === id) {
        clearTimeout(timer);
        resolve(true);
      }
    });
  });
}

const announcement = (id: number): SiblingWriteMessage => ({ orgbase: 'sibling-write', id, kind: 'organization', ids: ['o1'], token: 't' });

/** Runs `body` and fails on any error the process would otherwise only hear as uncaught. */
async function withoutUncaught(body: () => Promise<void>): Promise<void> {
  const uncaught: unknown[] = [];
  const listener = (error: unknown) => uncaught.push(error);
  process.on('uncaughtException', listener);
  try {
    await body();
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    process.off('uncaughtException', listener);
  }
  assert.deepEqual(uncaught.map(String), []);
}

/**
 * A write announced while its one sibling has closed its channel (seen by the primary as `seen`
 * makes it): the writer is still told "done", and nothing goes uncaught.
 */
async function toldPastClosedSibling(id: number, seen: (sibling: Peer) => Peer, message: string): Promise<void> {
  const [writer, sibling] = [await worker(), await worker()];
  await closeChannel(sibling);
  const closed = seen(sibling);
  const relay = new SiblingRelay<Peer>((of) => [writer, closed].filter((other) => other !== of));
  await withoutUncaught(async () => {
    const done = toldDone(writer, id);
    relay.receive(writer, announcement(id));
    assert.ok(await done, message);
  });
}

describe('the primary relays sibling writes', () => {
  it('tells the writer "done" only once each sibling has marked the write', async () => {
    const [writer, sibling] = [await worker(), await worker()];
    const relay = new SiblingRelay<Peer>((of) => [writer, sibling].filter((other) => other !== of));
    const acks: number[] = [];
    sibling.child.on('message', (message: { orgbase?: string; id: number }) => {
      if (message.orgbase === 'sibling-ack') {
        acks.push(message.id);
        relay.receive(sibling, message as never);
      }
    });
    const done = toldDone(writer, 41);
    relay.receive(writer, announcement(41));
    assert.ok(await done);
    assert.equal(acks.length, 1, 'the sibling marked it before the writer heard');
  });

  it('does not wait for, nor die sending to, a sibling whose channel closed while it drains', async () => {
    // The primary has not seen the sibling exit (it has not): it is still among the siblings.
    await toldPastClosedSibling(42, (draining) => draining, 'the writer is told at once');
  });

  it('drops a sibling whose send fails on its way out (EPIPE), without an uncaught error', async () => {
    // The primary's view lags the channel: it still thinks the sibling connected.
    await toldPastClosedSibling(43, (leaving) => ({ ...leaving, isConnected: () => true }), 'the writer is told once the send failed');
  });

  it('forgets a worker that disconnected while a write waited for it', async () => {
    const [writer, silent] = [await worker(), await worker()];
    silent.child.removeAllListeners('message');
    // A sibling that never answers (it swallows the announcement): only forgetting it ends the wait.
    const mute: Peer = { ...silent, send: (_message, callback) => (callback(null), true) };
    const relay = new SiblingRelay<Peer>((of) => [writer, mute].filter((other) => other !== of));
    relay.receive(writer, announcement(44));
    assert.equal(await toldDone(writer, 44, 200), false, 'still waiting for the silent sibling');
    const done = toldDone(writer, 44);
    relay.forget(mute);
    assert.ok(await done);
  });
});
