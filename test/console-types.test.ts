// The console is typed from the OpenAPI document: src/console/ui/api.gen.ts is what
// openapi-typescript makes of /api/schema/. A route or schema change that the console's types
// do not follow fails here; `ORGBASE_UPDATE_CONSOLE_TYPES=1` rewrites the file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTestApp, type TestApp } from './support/app.ts';

const GENERATED = path.resolve(import.meta.dirname, '../src/console/ui/api.gen.ts');
const HEADER = '// Generated from /api/schema/ by test/console-types.test.ts (openapi-typescript); do not edit.\n/* eslint-disable */\n';

let harness: TestApp;
before(async () => (harness = await startTestApp()));
after(() => harness?.close());

describe('the console types', () => {
  it('are openapi-typescript of the live document', async () => {
    const response = await harness.app.inject({ method: 'GET', url: '/api/schema/', headers: { host: 'orgbase.invalid' } });
    assert.equal(response.statusCode, 200);
    const expected = HEADER + astToString(await openapiTS(response.json()));
    if (process.env.ORGBASE_UPDATE_CONSOLE_TYPES === '1') fs.writeFileSync(GENERATED, expected);
    assert.equal(fs.readFileSync(GENERATED, 'utf8'), expected, 'src/console/ui/api.gen.ts is stale: run this test with ORGBASE_UPDATE_CONSOLE_TYPES=1');
  });
});
