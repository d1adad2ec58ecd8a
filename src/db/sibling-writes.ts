// Read-your-writes across the workers of one `serve --workers N`. A client sees one address, but
// its next request may reach another worker, whose caches hear the write's notification only
// a few milliseconds after the commit. So, inside the write's transaction and before its
// commit, the writing worker tells its siblings (through the cluster's primary) what it is
// about to change and waits until each has marked it: a sibling then neither serves nor fills
// the entry until the commit's own notification reaches it. Outside a cluster this costs nothing.
import cluster from 'node:cluster';

export type SiblingWriteKind = 'organization' | 'key' | 'user' | 'roles';
type Apply = (kind: SiblingWriteKind, ids: string[], token: string) => void;

/** A worker that does not answer within this long (stuck, dying) no longer holds a write up. */
const ACK_TIMEOUT_MS = 1000;

export interface SiblingWriteMessage {
  orgbase: 'sibling-write';
  id: number;
  kind: SiblingWriteKind;
  ids: string[];
  token: string;
}
export interface SiblingAckMessage {
  orgbase: 'sibling-ack' | 'sibling-done';
  id: number;
}

/**
 * A channel that closes (the primary going away) must not throw out of a write: without a
 * callback, Node reports a failed send as an 'error' event, fatal when nobody listens.
 */
function sendToPrimary(message: SiblingWriteMessage | SiblingAckMessage, failed: () => void = () => {}): void {
  if (!process.connected || !process.send) return failed();
  process.send(message, undefined, undefined, (error) => {
    if (error) failed();
  });
}

const appliers = new Set<Apply>();
const waiting = new Map<number, () => void>();
let sequence = 0;
let installed = false;

function install(): void {
  if (installed || !cluster.isWorker) return;
  installed = true;
  process.on('message', (message: SiblingWriteMessage | SiblingAckMessage) => {
    if (message?.orgbase === 'sibling-write') {
      for (const apply of appliers) apply(message.kind, message.ids, message.token);
      sendToPrimary({ orgbase: 'sibling-ack', id: message.id } satisfies SiblingAckMessage);
    } else if (message?.orgbase === 'sibling-done') {
      waiting.get(message.id)?.();
    }
  });
}

/** A cache of this process marks `ids` as being written when a sibling worker says so. */
export function onSiblingWrite(apply: Apply): () => void {
  install();
  appliers.add(apply);
  return () => appliers.delete(apply);
}

/** Inside a write's transaction, before its commit: resolves once every sibling worker marked `ids`. */
export async function tellSiblings(kind: SiblingWriteKind, ids: string[], token: string): Promise<void> {
  if (!cluster.isWorker || !process.connected || ids.length === 0) return;
  install();
  const id = ++sequence;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, ACK_TIMEOUT_MS);
    function done() {
      clearTimeout(timer);
      waiting.delete(id);
      resolve();
    }
    waiting.set(id, done);
    sendToPrimary({ orgbase: 'sibling-write', id, kind, ids, token } satisfies SiblingWriteMessage, done);
  });
}

/** What the relay needs of a worker; node:cluster's Worker has it. */
export interface RelayPeer {
  send(message: SiblingWriteMessage | SiblingAckMessage, callback: (error: Error | null) => void): boolean;
  isConnected(): boolean;
}

/**
 * The primary's half: passes each worker's announced write to its siblings and tells the writer
 * once each has marked it. A sibling draining to exit closes its channel before the primary sees
 * it exit; it can mark nothing, so it is not waited for, and a send that fails on its way out
 * (EPIPE) only drops it: the error must not stop the primary, whose end is every worker's.
 */
export class SiblingRelay<Peer extends RelayPeer> {
  private relayed = 0;
  private readonly relays = new Map<number, { from: Peer; id: number; remaining: Set<Peer> }>();

  /** `siblings(of)`: the started workers other than `of`. */
  constructor(private readonly siblings: (of: Peer) => Iterable<Peer>) {}

  receive(from: Peer, message: SiblingWriteMessage | SiblingAckMessage | undefined): void {
    if (message?.orgbase === 'sibling-write') {
      const relayId = ++this.relayed;
      const remaining = new Set([...this.siblings(from)].filter((other) => other.isConnected()));
      this.relays.set(relayId, { from, id: message.id, remaining });
      for (const other of remaining) {
        other.send({ ...message, id: relayId }, (error) => {
          if (error) this.forgetFor(relayId, other);
        });
      }
      this.settle(relayId);
    } else if (message?.orgbase === 'sibling-ack') {
      this.forgetFor(message.id, from);
    }
  }

  /** A worker that disconnected or exited holds no write up any more. */
  forget(peer: Peer): void {
    for (const relayId of [...this.relays.keys()]) this.forgetFor(relayId, peer);
  }

  private forgetFor(relayId: number, peer: Peer): void {
    this.relays.get(relayId)?.remaining.delete(peer);
    this.settle(relayId);
  }

  private settle(relayId: number): void {
    const relay = this.relays.get(relayId);
    if (!relay || relay.remaining.size > 0) return;
    this.relays.delete(relayId);
    // The writer gone meanwhile: nobody waits for the answer, and its own timeout ended the wait.
    if (relay.from.isConnected()) relay.from.send({ orgbase: 'sibling-done', id: relay.id } satisfies SiblingAckMessage, () => {});
  }
}
