import path from 'node:path';
import { privateRuntimePath } from '../db/private-files.ts';

/**
 * Where a server on the embedded database listens for CLI commands: inside its data directory
 * (0700), or for a data directory too deep for a unix socket path (about 107 bytes) a name
 * derived from it inside this user's private runtime directory.
 */
export function controlSocketPath(dataDir: string): string {
  const inside = path.join(dataDir, 'orgbase.sock');
  if (inside.length < 100) return inside;
  return privateRuntimePath(dataDir, '.sock');
}
