import { Duplex } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import type { Answers, ToEngine } from './wire-sessions.ts';

/** What the engine's thread sends back: the answers of one drain, to their clients. */
export type FromEngine = { type: 'data' } & Answers;

/**
 * The wire between `pg` clients on the main thread and PGlite on its worker: each client gets
 * a stream (pg's `stream` option) whose writes are posted to the worker and whose reads are
 * the engine's answers. Bytes cross by transfer, not through a socket.
 */
export class EngineLink {
  private readonly streams = new Map<number, EngineStream>();
  private nextId = 1;
  private lost: Error | undefined;
  /** Writes not posted yet: every write of one turn of the event loop goes in one message. */
  private pending: { ids: number[]; bytes: Uint8Array[] } = { ids: [], bytes: [] };
  private flushing = false;

  constructor(private readonly worker: Worker) {}

  /** For pg.Pool's `stream` option: a new client connection. */
  readonly stream = (): Duplex => new EngineStream(this);

  /** An answer from the engine (the caller routes the worker's other messages elsewhere). */
  deliver(message: FromEngine): void {
    message.ids.forEach((id, index) => {
      const bytes = message.bytes[index]!;
      this.streams.get(id)?.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  }

  /** The worker is gone: every connection fails, as a lost socket would. */
  fail(error: Error): void {
    this.lost = error;
    for (const stream of this.streams.values()) stream.destroy(error);
    this.streams.clear();
  }

  open(stream: EngineStream): number {
    if (this.lost) throw this.lost;
    const id = this.nextId++;
    this.streams.set(id, stream);
    this.post({ type: 'open', id });
    return id;
  }

  send(id: number, chunks: Uint8Array[]): void {
    // One fresh buffer, transferred: pg's chunks may be slices of Node's shared pool.
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    this.pending.ids.push(id);
    this.pending.bytes.push(bytes);
    if (this.flushing) return;
    this.flushing = true;
    // After the I/O callbacks of this turn: the writes of every request they started go
    // together (postMessage costs both threads about as much as a statement's own transport).
    setImmediate(() => this.flush());
  }

  close(id: number): void {
    if (!this.streams.delete(id) || this.lost) return;
    this.post({ type: 'close', id });
  }

  private flush(): void {
    this.flushing = false;
    const { ids, bytes } = this.pending;
    if (ids.length === 0 || this.lost) return;
    this.pending = { ids: [], bytes: [] };
    this.worker.postMessage(
      { type: 'data', ids, bytes } satisfies ToEngine,
      bytes.map((part) => part.buffer as ArrayBuffer),
    );
  }

  /** Opening and closing keep their place after the writes before them. */
  private post(message: ToEngine): void {
    this.flush();
    this.worker.postMessage(message);
  }
}

/** One client connection: what pg expects of a socket, over the link. */
class EngineStream extends Duplex {
  private id = 0;

  constructor(private readonly link: EngineLink) {
    super();
  }

  connect(): this {
    try {
      this.id = this.link.open(this);
      process.nextTick(() => this.emit('connect'));
    } catch (error) {
      process.nextTick(() => this.destroy(error as Error));
    }
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  // The pool unrefs idle clients' sockets; the worker, not these streams, holds the process.
  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.link.send(this.id, [chunk]);
    callback();
  }

  override _writev(chunks: Array<{ chunk: Buffer }>, callback: (error?: Error | null) => void): void {
    this.link.send(
      this.id,
      chunks.map((entry) => entry.chunk),
    );
    callback();
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.link.close(this.id);
    this.push(null);
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.link.close(this.id);
    callback(error);
  }
}
