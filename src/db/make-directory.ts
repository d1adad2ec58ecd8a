import fs from 'node:fs';
import path from 'node:path';

/**
 * `mkdir -p` that fails at once with the path and the reason. Node's recursive mkdirSync spins
 * forever under a directory that refuses new entries with ENOENT (/proc/nope: measured, 100% of
 * a core until killed), so each missing level is made on its own.
 */
export function makeDirectory(dir: string, what = 'directory'): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot use ${what} ${dir}: ${(error as Error).message}`);
    }
    if (stat) {
      if (!stat.isDirectory()) throw new Error(`cannot use ${what} ${dir}: ${current} is not a directory`);
      break;
    }
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing) {
    try {
      fs.mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new Error(`cannot create ${what} ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} at ${level}`);
    }
  }
}
