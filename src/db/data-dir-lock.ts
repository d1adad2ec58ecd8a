import fs from 'node:fs';
import path from 'node:path';
import { makeDirectory } from './make-directory.ts';

export class DataDirLockedError extends Error {}

/**
 * When a process started, in clock ticks since boot (/proc/<pid>/stat field 22); undefined
 * where /proc is not available. A pid is reused by unrelated processes (in a container, pid 1
 * or a low pid often comes back after kill -9); the pid and its start time together are not.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command name) is in parentheses and may hold spaces: count after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19]; // field 22 overall
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process that wrote `content` ("<pid> <start time>") still runs. */
function ownerStillRuns(content: string): number | undefined {
  const [pidText, startTime] = content.trim().split(/\s+/);
  const owner = Number.parseInt(pidText ?? '', 10);
  if (!Number.isInteger(owner) || owner <= 0 || owner === process.pid || !isRunning(owner)) return undefined;
  // The pid runs; it is the lock's owner only if it started when the owner did. Without a
  // recorded or readable start time (another OS, an old lock file) the pid alone decides.
  const now = processStartTime(owner);
  if (startTime !== undefined && now !== undefined && now !== startTime) return undefined;
  return owner;
}

/**
 * PGlite does not lock its data directory, and two engines writing one directory corrupt
 * it; this lock file (holding the owner's pid and start time) refuses a second process. A
 * lock whose owner no longer runs (kill -9), or whose pid now belongs to another process, is
 * taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  makeDirectory(dataDir, 'data directory (ORGBASE_DATA_DIR)');
  const lockPath = path.join(dataDir, 'orgbase.lock');
  const content = `${process.pid} ${processStartTime(process.pid) ?? ''}`.trim();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, content, { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === content) fs.unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let existing: string;
      try {
        existing = fs.readFileSync(lockPath, 'utf8');
      } catch {
        continue; // released between our write and our read
      }
      const owner = ownerStillRuns(existing);
      if (owner !== undefined) {
        throw new DataDirLockedError(`data directory ${dataDir} is in use by another orgbase process (pid ${owner}); stop it or set ORGBASE_DATA_DIR`);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`could not lock data directory ${dataDir}`);
}
