// Writes the document /api/schema/ serves and lints it with @redocly/cli (pinned here, fetched
// by npx so its large dependency tree stays out of npm ci). Zero errors or the script fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/db/types.ts';

const REDOCLY = '@redocly/cli@2.77.0';
const root = path.resolve(import.meta.dirname, '..');

// The document needs no database: the app is built and asked, never listening.
const app = await buildApp({ db: {} as Db, config: { ...loadConfig(), siteUrl: 'http://127.0.0.1:8000' }, logger: false });
const response = await app.inject({ method: 'GET', url: '/api/schema/' });
await app.close();
if (response.statusCode !== 200) throw new Error(`/api/schema/ answered ${response.statusCode}`);
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'orgbase-openapi-')), 'openapi.json');
fs.writeFileSync(file, response.body);
const lint = spawnSync('npx', ['--yes', REDOCLY, 'lint', file, '--config', path.join(root, 'redocly.yaml')], { stdio: 'inherit', cwd: root });
fs.rmSync(path.dirname(file), { recursive: true, force: true });
process.exit(lint.status ?? 1);
