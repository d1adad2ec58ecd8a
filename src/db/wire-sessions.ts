import type { PGlite } from '@electric-sql/pglite';

/** What the main thread sends the engine's thread about one client connection. */
export type ToEngine = { type: 'open'; id: number } | { type: 'data'; ids: number[]; bytes: Uint8Array[] } | { type: 'close'; id: number };

/** The engine's answers of one drain, in order: `bytes[i]` is for client `ids[i]`. */
export interface Answers {
  ids: number[];
  bytes: Uint8Array[];
}

const encoder = new TextEncoder();

/** One frontend message: type byte, length (itself included), body. */
function message(type: string, body: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(5 + body.length);
  bytes[0] = type.charCodeAt(0);
  new DataView(bytes.buffer).setInt32(1, 4 + body.length);
  bytes.set(body, 5);
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

const cString = (text: string) => concat([encoder.encode(text), new Uint8Array(1)]);
const SYNC = message('S', new Uint8Array(0));
/** A simple Query message, as `pg` sends a statement without parameters. */
export const simpleQuery = (text: string) => message('Q', cString(text));
const ROLLBACK = simpleQuery('ROLLBACK');
const P = 'P'.charCodeAt(0);

/**
 * Several `pg` clients over PGlite's one session, the way PostgreSQL's own sessions would
 * look to them: each client's write (its whole Parse/Bind/Execute/Sync batch) runs as one
 * pass through the engine, and while a client's transaction is open only that client's
 * writes run; the others wait their turn, as they would for a lock. More than one client
 * lets the main thread build the next statement while the engine runs this one.
 *
 * The session is shared, so what a client leaves in it is undone when it goes: its open
 * transaction is rolled back and its prepared statements (each client names them apart,
 * see SharedSessionClient) are closed.
 */
export class WireSessions {
  /** Writes in arrival order; `bytes` undefined: the client went, undo what it left. */
  private readonly queue: Array<{ id: number; bytes: Uint8Array | undefined; names?: Set<string> }> = [];
  /** The open clients, with the statements each has prepared. */
  private readonly statements = new Map<number, Set<string>>();
  /** The client whose transaction is open: nothing else runs until it ends. */
  private owner: number | undefined;
  private paused = 0;
  private scheduled = false;
  /** Work waiting for a moment with no client's transaction open (betweenTransactions). */
  private readonly waitingForNoTransaction: Array<() => void> = [];

  /** `reply` gets every answer of one drain at once: one message back, not one per statement. */
  constructor(
    private readonly db: PGlite,
    private readonly reply: (answers: Answers) => void,
  ) {}

  receive(message: ToEngine): void {
    if (message.type === 'open') this.statements.set(message.id, new Set());
    else if (message.type === 'close') this.close(message.id);
    else {
      message.ids.forEach((id, index) => {
        if (this.statements.has(id)) this.queue.push({ id, bytes: message.bytes[index] });
      });
      this.schedule();
    }
  }

  /**
   * Runs the queue once the messages already delivered to this thread are all in it (a port
   * delivers what is waiting in one go, before immediates): what arrived together is answered
   * together.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.drain();
    });
  }

  /** Runs `work` (a backup) with no client statement in between. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.paused++;
    return this.whilePaused(work);
  }

  /**
   * Runs `work` alone at the first moment no client's transaction is open: maintenance
   * (embedded-maintenance.ts) runs statements VACUUM refuses inside a transaction block, and
   * on the one session a client's open transaction would be theirs.
   */
  async betweenTransactions<T>(work: () => Promise<T>): Promise<T> {
    if (this.owner === undefined) this.paused++;
    // Paused by the drain that ends the transaction, before any other client's write runs.
    else await new Promise<void>((resolve) => this.waitingForNoTransaction.push(resolve));
    return this.whilePaused(work);
  }

  /** `work`, with the clients already paused for it; they resume after it. */
  private async whilePaused<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      this.paused--;
      this.drain();
    }
  }

  /** Undoes what every client left, now (the engine closes next). */
  closeAll(): void {
    for (const id of [...this.statements.keys()]) this.close(id);
    this.drain();
  }

  private drain(): void {
    const answers: Answers = { ids: [], bytes: [] };
    for (;;) {
      if (this.owner === undefined) this.pauseForBetweenTransactions();
      if (this.paused > 0 || this.queue.length === 0) break;
      const index = this.owner === undefined ? 0 : this.queue.findIndex((entry) => entry.id === this.owner);
      if (index < 0) break;
      const { id, bytes, names } = this.queue.splice(index, 1)[0]!;
      if (bytes === undefined) {
        this.cleanUp(id, names!);
        continue;
      }
      this.notePrepared(id, bytes);
      const answer = this.run(bytes);
      this.owner = this.db.isInTransaction() ? id : undefined;
      if (answer.length > 0) {
        answers.ids.push(id);
        answers.bytes.push(answer);
      }
    }
    if (answers.ids.length > 0) this.reply(answers);
  }

  /** No transaction is open: the work waiting for that moment runs before the next client write. */
  private pauseForBetweenTransactions(): void {
    for (const resume of this.waitingForNoTransaction.splice(0)) {
      this.paused++;
      resume();
    }
  }

  private run(bytes: Uint8Array): Uint8Array {
    // Through execProtocolRawStream's callback, not execProtocolRawSync's answer: the default
    // collector also parses every answer into a result list PGlite keeps (a leak of 25 MB a
    // minute at the get-organization load). The engine runs synchronously inside the call
    // (syncToFs is off, and a no-op on Node's file system anyway); the chunks are views into
    // the engine's memory, so copied.
    const chunks: Uint8Array[] = [];
    this.db.execProtocolRawStream(bytes, { syncToFs: false, onRawData: (chunk) => chunks.push(chunk.slice()) }).catch(() => {});
    return chunks.length === 1 ? chunks[0]! : concat(chunks);
  }

  /** Named statements this client prepares (Parse messages), to close when it goes. */
  private notePrepared(id: number, bytes: Uint8Array): void {
    if (bytes[0] === 0) return; // the startup packet
    const names = this.statements.get(id)!;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let offset = 0; offset + 5 <= bytes.length; offset += 1 + view.getInt32(offset + 1)) {
      if (bytes[offset] !== P || bytes[offset + 5] === 0) continue;
      const end = bytes.indexOf(0, offset + 5);
      names.add(Buffer.from(bytes.buffer, bytes.byteOffset + offset + 5, end - offset - 5).toString('utf8'));
    }
  }

  private close(id: number): void {
    const names = this.statements.get(id);
    if (!names) return;
    this.statements.delete(id);
    for (let index = this.queue.length - 1; index >= 0; index--) {
      if (this.queue[index]!.id === id) this.queue.splice(index, 1);
    }
    this.queue.push({ id, bytes: undefined, names });
    this.schedule();
  }

  private cleanUp(id: number, names: Set<string>): void {
    const batch: Uint8Array[] = [];
    if (this.owner === id && this.db.isInTransaction()) batch.push(ROLLBACK);
    for (const name of names) batch.push(message('C', concat([new Uint8Array(['S'.charCodeAt(0)]), cString(name)])));
    if (batch.length > 0) this.run(concat([...batch, SYNC]));
    if (this.owner === id) this.owner = undefined;
  }
}
