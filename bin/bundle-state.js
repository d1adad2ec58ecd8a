// Whether dist/ is the build of the sources beside it: shared by bin/orgbase.js (which runs the
// sources through tsx when it is not) and scripts/start.js (which rebuilds).
import fs from 'node:fs';

const root = new URL('../', import.meta.url);
export const bundle = new URL('dist/main.js', root);
const sources = new URL('src/', root);

/** The first file under `dir` modified after `time`, or undefined. */
function newerThan(dir, time) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory()) {
      const found = newerThan(url, time);
      if (found) return found;
    } else if (fs.statSync(url).mtimeMs > time) return url;
  }
  return undefined;
}

/**
 * Why the bundle cannot be run as the current code: "missing", or the path of a source file (or
 * package.json) newer than it; undefined when it is current. An install without src/ (the
 * container image) runs its bundle.
 */
export function bundleStaleness() {
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return 'missing';
  }
  if (!fs.existsSync(sources)) return undefined;
  const packageJson = new URL('package.json', root);
  if (fs.statSync(packageJson).mtimeMs > built) return 'package.json';
  const newer = newerThan(sources, built);
  return newer && newer.pathname.slice(root.pathname.length);
}
