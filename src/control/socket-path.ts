import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

/**
 * Where a server on the embedded database listens for CLI commands: inside its data directory,
 * or for a data directory too deep for a unix socket path (about 107 bytes) a name derived
 * from it under the temp dir.
 */
export function controlSocketPath(dataDir: string): string {
  const inside = path.join(dataDir, 'orgbase.sock');
  if (inside.length < 100) return inside;
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), `orgbase-${digest}.sock`);
}
