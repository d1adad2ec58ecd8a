// Runs the whole suite against the embedded PGlite database and then against PostgreSQL.
// Usage: tsx scripts/run-tests.ts [--only pglite|postgres] [test files...]
// Without files: every *.test.ts under src/ and test/, except test/hard/ (npm run test:hard)
// test/real-use/ (npm run test:real-use) and test/browser/ (npm run test:browser).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args.splice(onlyIndex, 2)[1] : process.env.ORGBASE_TEST_ONLY;
const targets = (['pglite', 'postgres'] as const).filter((target) => !only || only === target);

function findTests(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'hard', 'real-use', 'browser'].includes(entry.name) ? [] : findTests(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const files = args.length ? args.map((file) => path.resolve(file)) : [...findTests(path.join(root, 'src')), ...findTests(path.join(root, 'test'))];
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

// The CLI and server tests run bin/orgbase.js, which runs the bundle when it is current.
await import('./build.ts');

// One migrated PGlite data directory, copied by every test file instead of running initdb.
async function prepareTemplate(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgbase-template-'));
  const handle = await openDatabase({ databaseUrl: undefined, dataDir: dir });
  await migrate(handle.db);
  await handle.close();
  return path.join(dir, 'pgdata');
}

let passed = 0;
let failed = 0;
const failedTargets: string[] = [];
for (const target of targets) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ORGBASE_TEST_DB: target,
    ORGBASE_TEST_FILE_COUNT: String(files.length),
    LOG_LEVEL: 'silent',
  };
  let template: string | undefined;
  if (target === 'pglite') {
    template = await prepareTemplate();
    env.ORGBASE_TEST_PGLITE_TEMPLATE = template;
  }
  console.log(`\n# ---- ${target}: ${files.length} test files ----`);
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      // Progress goes to stderr as each file ends; the spec report (stdout) follows at the end.
      `--test-reporter=${path.join(root, 'scripts/test-progress.mjs')}`,
      '--test-reporter-destination=stderr',
      ...files,
    ],
    {
      cwd: root,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  process.stdout.write(result.stdout);
  const pass = Number(/^ℹ pass (\d+)/m.exec(result.stdout)?.[1] ?? 0);
  const fail = Number(/^ℹ fail (\d+)/m.exec(result.stdout)?.[1] ?? 0);
  passed += pass;
  failed += fail;
  if (result.status !== 0 || pass === 0) failedTargets.push(target);
  if (template) fs.rmSync(path.dirname(template), { recursive: true, force: true });
}

console.log(`\n# targets: ${targets.join(', ')}${failedTargets.length ? `; failing: ${failedTargets.join(', ')}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedTargets.length ? 1 : 0);
