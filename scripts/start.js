// `npm start`: serves the current code. After `git pull` the sources are newer than dist/, and
// running the old bundle would serve old routes without the new migrations while --version
// read the new package.json: rebuild first, or refuse with one line saying what to do.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { bundleStaleness } from '../bin/bundle-state.js';

const root = new URL('../', import.meta.url);
const fail = (line) => {
  process.stderr.write(`orgbase: ${line}\n`);
  process.exit(1);
};

// New dependencies come with a new lock file; the old node_modules would fail at the first import.
const installed = new URL('node_modules/.package-lock.json', root);
if (!fs.existsSync(installed)) fail('node_modules is missing: run "npm ci", then "npm start"');
const lockFile = new URL('package-lock.json', root);
if (fs.statSync(lockFile).mtimeMs > fs.statSync(installed).mtimeMs + 1000 && !installedMatches(lockFile, installed)) {
  fail('package-lock.json is newer than node_modules (an upgrade?): run "npm ci", then "npm start"');
}

/**
 * Whether node_modules holds every package the lock file names, at its version: a newer lock
 * file that only bumped orgbase's own version needs no npm ci. (Optional packages are left
 * out, as those of other platforms are never installed, and so are the development ones,
 * which serving does not load and `npm ci --omit=dev` leaves out.)
 */
function installedMatches(lock, hidden) {
  try {
    const wanted = JSON.parse(fs.readFileSync(lock, 'utf8')).packages ?? {};
    const have = JSON.parse(fs.readFileSync(hidden, 'utf8')).packages ?? {};
    return Object.entries(wanted).every(([name, entry]) => name === '' || entry.optional || entry.dev || have[name]?.version === entry.version);
  } catch {
    return false;
  }
}

const stale = bundleStaleness();
if (stale !== undefined) {
  const why = stale === 'missing' ? 'there is no dist/main.js' : `${stale} is newer than dist/`;
  process.stderr.write(`orgbase: ${why}: rebuilding the bundle (npm run build)\n`);
  const started = Date.now();
  const build = spawnSync(process.execPath, ['--import', 'tsx', new URL('scripts/build.ts', root).pathname], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) fail(`the rebuild failed (see above): fix it or run "npm run build", then "npm start"`);
  process.stderr.write(`orgbase: rebuilt dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
