// Every launcher of the server runs node with the same flags (bin/node-flags.js says why): a
// flag missing from one of them would leave that deployment with the memory the bench does not
// measure.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SERVER_NODE_FLAGS } from '../bin/node-flags.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const flags = SERVER_NODE_FLAGS.join(' ');

test('npm start, the image, the systemd unit and the orgbase command give node the server flags', () => {
  const launchers: [string, string][] = [
    ['package.json start', JSON.parse(read('package.json')).scripts.start],
    [
      'Dockerfile CMD',
      read('Dockerfile')
        .match(/^CMD \[(.*)\]$/m)?.[1]
        ?.replace(/", "/g, ' ')
        .replace(/"/g, '') ?? '',
    ],
    ['deploy/orgbase.service ExecStart', read('deploy/orgbase.service').match(/^ExecStart=(.*)$/m)?.[1] ?? ''],
    ['bin/orgbase.js shebang', read('bin/orgbase.js').split('\n')[0]!],
  ];
  for (const [where, line] of launchers) {
    assert.ok(line.includes(`node ${flags} `) || line.endsWith(`node ${flags}`), `${where} runs node without ${flags}: ${line}`);
  }
});
