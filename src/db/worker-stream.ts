import { Duplex } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import type { ToEngine } from './wire-sessions.ts';

/** What the engine's thread sends back about one client connection. */
export type FromEngine = { type: 'data'; id: number; bytes: Uint8Array };

/**
 * The wire between `pg` clients on the main thread and PGlite on its worker: each client gets
 * a stream (pg's `stream` option) whose writes are posted to the worker and whose reads are
 * the engine's answers. Bytes cross by transfer, not through a socket.
 */
export class EngineLink {
  private readonly streams = new Map<number, EngineStream>();
  private nextId = 1;
  private lost: Error | undefined;

  constructor(private readonly worker: Worker) {}

  /** For pg.Pool's `stream` option: a new client connection. */
  readonly stream = (): Duplex => new EngineStream(this);

  /** An answer from the engine (the caller routes the worker's other messages elsewhere). */
  deliver(message: FromEngine): void {
    this.streams.get(message.id)?.push(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength));
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
    this.post({ type: 'data', id, bytes }, [bytes.buffer]);
  }

  close(id: number): void {
    if (!this.streams.delete(id) || this.lost) return;
    this.post({ type: 'close', id });
  }

  private post(message: ToEngine, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
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
