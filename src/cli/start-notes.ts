// What the start log tells an operator beyond "listening": what runs, whether the network sees
// it in clear text, and the exact command that reaches this server's database.
import net from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import { countUsers } from '../users/repository.ts';
import type { RunningServer } from '../app/server.ts';
import { commit, version } from '../version.ts';
import { commandFor } from './invocation.ts';

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (net.isIPv4(host)) return host.startsWith('127.');
  return host === '::1' || host === '[::1]';
}

/** The fields the "orgbase listening" line carries about the code that runs. */
export function runningFields(): { version: string; commit: string } {
  return { version: version(), commit: commit() };
}

export async function logStartNotes(config: Config, server: RunningServer, log: FastifyBaseLogger): Promise<void> {
  if (!isLoopback(config.host) && !config.trustProxy) {
    log.warn(
      { host: config.host },
      `serving ${config.host} over plain HTTP: API keys cross the network in clear text. Put a TLS-terminating proxy in front and set ORGBASE_TRUST_PROXY to its address (README, "Production")`,
    );
  }
  if ((await countUsers(server.database.db)) === 0) {
    log.info(
      { command: commandFor(config, 'init --email you@example.com') },
      `no users yet: run "${commandFor(config, 'init --email you@example.com')}" (the server may keep running) to create the first user, an organization and an API key`,
    );
  }
}
