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
      process.send?.({ orgbase: 'sibling-ack', id: message.id } satisfies SiblingAckMessage);
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
  if (!cluster.isWorker || !process.send || ids.length === 0) return;
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
    process.send!({ orgbase: 'sibling-write', id, kind, ids, token } satisfies SiblingWriteMessage);
  });
}
