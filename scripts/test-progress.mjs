// A node:test reporter that prints one line as each test file finishes, so a run of several
// minutes per database shows where it is; scripts/run-tests.ts adds it next to the spec reporter.
// Plain JavaScript: the test runner loads reporters before tsx's loader is in place.
import path from 'node:path';

const root = process.cwd();
const target = process.env.ORGBASE_TEST_DB ?? 'test';
const total = Number(process.env.ORGBASE_TEST_FILE_COUNT ?? 0);

/** @param {AsyncIterable<{type: string, data: any}>} source */
export default async function* progress(source) {
  const counts = new Map();
  let finished = 0;
  for await (const event of source) {
    const { name, file, details } = event.data ?? {};
    if (!file) continue;
    const count = counts.get(file) ?? { pass: 0, fail: 0 };
    counts.set(file, count);
    if ((event.type === 'test:pass' || event.type === 'test:fail') && name !== file && details?.type !== 'suite') {
      count[event.type === 'test:pass' ? 'pass' : 'fail'] += 1;
    } else if (event.type === 'test:complete' && name === file) {
      finished += 1;
      const seconds = ((details?.duration_ms ?? 0) / 1000).toFixed(1);
      const mark = count.fail ? `✖ ${count.fail} failed,` : '✔';
      yield `# [${target} ${finished}/${total || '?'}] ${mark} ${count.pass} passed  ${path.relative(root, file)} (${seconds} s)\n`;
    }
  }
}
