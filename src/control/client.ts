import net from 'node:net';
import type { Outcome } from '../commands/execute.ts';

/**
 * Sends one command to the server listening on `socketPath`. Resolves undefined when no server
 * listens there (no socket, or one left by a killed server), so the CLI opens the database itself.
 */
export async function sendToServer(socketPath: string, command: string, values: Record<string, string | undefined>): Promise<Outcome | undefined> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath);
    let answer = '';
    let connected = false;
    socket.setEncoding('utf8');
    socket.on('connect', () => {
      connected = true;
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
