import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;
let cachedCommit: string | undefined;

/** orgbase's version from package.json, found above this module from src/ and dist/ alike. */
export function version(): string {
  if (cached) return cached;
  for (let dir = import.meta.dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'orgbase') return (cached = pkg.version ?? 'unknown');
  }
  return 'unknown';
}

/**
 * The git commit this code was built from: stamped into dist/build-info.json by
 * scripts/build.ts (from git, or ORGBASE_COMMIT where there is no .git, as in the image);
 * running from the sources, asked of git. "unknown" when neither knows.
 */
export function commit(): string {
  if (cachedCommit) return cachedCommit;
  try {
    const info = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'build-info.json'), 'utf8')) as { commit?: string };
    if (info.commit) return (cachedCommit = info.commit);
  } catch {
    // not running from a bundle
  }
  return (cachedCommit = gitCommit(import.meta.dirname) ?? process.env.ORGBASE_COMMIT ?? 'unknown');
}

/** HEAD of the checkout around `dir`, with `-dirty` when tracked files differ from it. */
export function gitCommit(dir: string): string | undefined {
  try {
    const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    const head = run('rev-parse', 'HEAD');
    return run('status', '--porcelain', '--untracked-files=no') === '' ? head : `${head}-dirty`;
  } catch {
    return undefined;
  }
}
