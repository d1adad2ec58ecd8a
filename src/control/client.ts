import fs from 'node:fs';
import net from 'node:net';
import type { Outcome } from '../commands/execute.ts';

/** A server that accepts the connection takes well under this to read one line. */
const CONNECT_TIMEOUT_MS = 5_000;
/** Longer than any command runs (a backup of a large database); a server that says nothing for this long is stuck. */
const ANSWER_TIMEOUT_MS = 10 * 60_000;

/**
 * Commands carry secrets out (a new key's value) and their answers are trusted: a socket at
 * the path that is not this user's (another user got there first) is never spoken to.
 */
function assertOwnSocket(socketPath: string): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(socketPath);
  } catch {
    return false; // nobody listens: the CLI opens the database itself
  }
  const me = process.getuid?.();
  if (!stat.isSocket() || (me !== undefined && stat.uid !== me)) {
    throw new Error(`${socketPath} is not a control socket of this user's orgbase server (owner uid ${stat.uid}); refusing to send it a command`);
  }
  return true;
}

/**
 * Sends one command to the server listening on `socketPath`. Resolves undefined when no server
 * listens there (no socket, or one left by a killed server), so the CLI opens the database itself.
 */
export async function sendToServer(socketPath: string, command: string, values: Record<string, string | undefined>): Promise<Outcome | undefined> {
  if (!assertOwnSocket(socketPath)) return undefined;
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath);
    let answer = '';
    let connected = false;
    socket.setEncoding('utf8');
    socket.setTimeout(CONNECT_TIMEOUT_MS);
    socket.on('timeout', () => {
      socket.destroy();
      reject(
        new Error(connected ? 'the running server did not answer the command in time; see its log' : 'the running server did not accept the command in time'),
      );
    });
    socket.on('connect', () => {
      connected = true;
      socket.setTimeout(ANSWER_TIMEOUT_MS);
      socket.write(`${JSON.stringify({ command, values })}\n`);
    });
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (!connected && ['ENOENT', 'ECONNREFUSED'].includes(error.code ?? '')) resolve(undefined);
      else reject(new Error(`lost the running server while it ran the command: ${error.message}`));
    });
    socket.on('end', () => {
      try {
        resolve(JSON.parse(answer) as Outcome);
      } catch {
        reject(new Error('the running server closed the control socket without an answer; see its log'));
      }
    });
  });
}
