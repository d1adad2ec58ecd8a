// The channel through which the CLI reaches a running server on the embedded database (which
// admits one process): a unix socket only the data directory's owner can open. One JSON line
// in ({command, values}), one JSON line out (the command's outcome), then the socket closes.
import fs from 'node:fs';
import net from 'node:net';
import type { CommandContext } from '../commands/handler.ts';
import { execute, type Outcome } from '../commands/execute.ts';
import { COMMAND_USAGE } from '../commands/spec.ts';

const MAX_REQUEST_BYTES = 64 * 1024;
/** The CLI writes its one line at once; a connection that has not sent it by then is dropped. */
const REQUEST_TIMEOUT_MS = 5_000;

export interface ControlServer {
  path: string;
  close(): Promise<void>;
}

function parseRequest(line: string): { command: string; values: Record<string, string | undefined> } | string {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return 'malformed request';
  }
  const { command, values } = (request ?? {}) as { command?: unknown; values?: unknown };
  // Own names only: `__proto__` or `constructor` are found on every object.
  if (typeof command !== 'string' || !Object.hasOwn(COMMAND_USAGE, command) || COMMAND_USAGE[command]!.local) return `unknown command "${String(command)}"`;
  if (typeof values !== 'object' || values === null || Object.values(values).some((value) => typeof value !== 'string')) return 'malformed request';
  return { command, values: values as Record<string, string> };
}

export async function startControlServer(
  socketPath: string,
  context: Omit<CommandContext, 'operator'>,
  log: (command: string) => void,
): Promise<ControlServer> {
  fs.rmSync(socketPath, { force: true }); // left by a killed server; the data dir lock says we own it now
  const server = net.createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('error', () => {}); // the CLI went away; nothing to answer
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => socket.destroy());
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (buffer.length > MAX_REQUEST_BYTES) return socket.destroy();
      const end = buffer.indexOf('\n');
      if (end < 0) return;
      socket.removeAllListeners('data');
      socket.setTimeout(0); // the command may run long (a backup); the CLI waits for it
      const request = parseRequest(buffer.slice(0, end));
      const answer = (outcome: Outcome) => socket.end(`${JSON.stringify(outcome)}\n`);
      if (typeof request === 'string') return answer({ ok: false, message: request });
      log(request.command);
      void execute(context, request.command, request.values).then(answer);
    });
  });
  // The socket is created owner-only (no window where others could connect), then checked.
  const umask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => resolve());
    });
  } finally {
    process.umask(umask);
  }
  fs.chmodSync(socketPath, 0o600);
  return {
    path: socketPath,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(socketPath, { force: true });
      }),
  };
}
