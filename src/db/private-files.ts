// The embedded database's files hold every secret orgbase keeps (integration configs in the
// WAL, key hashes, emails), and its sockets accept commands and queries from whoever can open
// them. Like PostgreSQL's initdb, orgbase keeps them to the user it runs as.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDirectory } from './make-directory.ts';

/** Bits no file of the data directory may have: any access by group or others. */
const OTHERS = 0o077;

function uid(): number | undefined {
  return process.getuid?.();
}

/**
 * Files created from now on by this process are owner-only. Set before the embedded engine
 * starts: it runs in this process, and the WAL segments and relation files it creates later
 * must not be readable by other users.
 */
export function restrictNewFiles(): void {
  process.umask(OTHERS);
}

/**
 * A mode with group and other access removed: what the embedded engine's own `chmod` calls
 * (PGlite's file system sets 0666 on the files it extracts and creates) are narrowed to.
 */
export function ownerOnlyMode(mode: number): number {
  return mode & ~OTHERS;
}

/**
 * The data directory, created 0700 or, when it exists, tightened to 0700 (an older orgbase
 * left it 0755). One owned by another user is refused: its owner controls what is in it.
 */
export function ownDataDir(dir: string): void {
  makeDirectory(dir, 'data directory (ORGBASE_DATA_DIR)');
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) throw new Error(`data directory ${dir} is not a directory`);
  const me = uid();
  if (me !== undefined && stat.uid !== me) throw new Error(`data directory ${dir} belongs to another user (uid ${stat.uid}); orgbase refuses to use it`);
  if ((stat.mode & OTHERS) !== 0) fs.chmodSync(dir, 0o700);
}

/** Every directory under `root` to 0700 and every file to 0600, where looser; symbolic links are left alone. */
export function tightenTree(root: string): void {
  if (!fs.existsSync(root)) return;
  const visit = (dir: string) => {
    const stat = fs.lstatSync(dir);
    if ((stat.mode & OTHERS) !== 0) fs.chmodSync(dir, 0o700);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (!entry.isSymbolicLink() && (fs.lstatSync(full).mode & OTHERS) !== 0) fs.chmodSync(full, 0o600);
    }
  };
  visit(root);
}

/**
 * Refuses a directory another user could have prepared or can write into: it must be a real
 * directory (not a link), owned by this user, with no group or other access.
 */
export function assertPrivateDir(dir: string): void {
  const stat = fs.lstatSync(dir);
  if (!stat.isDirectory()) throw new Error(`${dir} is not a directory; orgbase refuses to put its sockets there`);
  const me = uid();
  if (me !== undefined && stat.uid !== me) throw new Error(`${dir} belongs to another user (uid ${stat.uid}); orgbase refuses to put its sockets there`);
  if ((stat.mode & OTHERS) !== 0) {
    throw new Error(`${dir} is open to other users (mode ${(stat.mode & 0o777).toString(8)}); orgbase refuses to put its sockets there`);
  }
}

/**
 * Where the sockets of a data directory too deep for a socket path (about 107 bytes) live:
 * `orgbase-<uid>` under the temp dir, created 0700. A name in a shared temp dir can be taken
 * first by anyone, so an existing one is used only if it passes `assertPrivateDir`.
 */
export function privateRuntimeDir(): string {
  const dir = path.join(os.tmpdir(), `orgbase-${uid() ?? 'user'}`);
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  assertPrivateDir(dir);
  return dir;
}

/** `name` for the data directory `dataDir` inside the private runtime directory (for a socket). */
export function privateRuntimePath(dataDir: string, name: string): string {
  const digest = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  return path.join(privateRuntimeDir(), `${digest}${name}`);
}
