// The operator's first hour, through the real CLI: once with no server running (the CLI opens
// the database itself) and once while `orgbase serve` runs on the same data directory (the CLI
// reaches it through the control socket; on PostgreSQL both simply share the database). Both
// runs must print the same JSON and the same errors.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { orgbase, type CliResult } from './support/cli.ts';
import { createTestDatabase, handOver, TEST_DB, type TestDatabase } from './support/database.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

type Step = CliResult & { args: string[] };

/** Runs the scenario, each step's arguments possibly taken from the answers before it. */
async function firstHour(env: NodeJS.ProcessEnv): Promise<Step[]> {
  const steps: Step[] = [];
  const step = async (...args: string[]) => {
    const result = await orgbase(env, ...args);
    steps.push({ args, ...result });
    return result.code === 0 ? JSON.parse(result.stdout) : undefined;
  };
  const init = await step('init', '--email', 'ann@example.com', '--organization', 'Acme');
  await step('init', '--email', 'eve@example.com');
  await step('users', 'create', '--email', 'bob@example.com', '--first-name', 'Bob');
  await step('users', 'list');
  const beta = await step('orgs', 'create', '--name', 'Beta', '--email', 'bob@example.com');
  await step('orgs', 'create', '--name', 'Gamma', '--email', 'nobody@example.com');
  await step('orgs', 'list');
  await step('members', 'add', '--organization', beta.id, '--email', 'ann@example.com', '--level', '1');
  await step('members', 'list', '--organization', beta.id);
  await step('members', 'remove', '--organization', beta.id, '--email', 'ann@example.com');
  await step('members', 'remove', '--organization', beta.id, '--email', 'bob@example.com');
  await step('members', 'remove', '--organization', beta.id, '--email', 'ann@example.com');
  await step('members', 'list', '--organization', beta.id);
  await step('members', 'list', '--organization', 'not-a-uuid');
  await step(
    'integrations',
    'add',
    '--organization',
    init.organization.id,
    '--kind',
    'vercel',
    '--integration-id',
    'icfg_1',
    '--config',
    '{"type":"connectable"}',
  );
  await step('integrations', 'list', '--organization', init.organization.id);
  const extra = await step('keys', 'create', '--email', 'bob@example.com', '--label', 'ci', '--scopes', 'organization:read');
  await step('keys', 'list', '--email', 'bob@example.com');
  await step('keys', 'roll', '--id', extra.id);
  await step('keys', 'revoke', '--id', extra.id);
  await step('keys', 'revoke', '--id', extra.id);
  await step('keys', 'list', '--email', 'bob@example.com');
  await step('migrate');
  return steps;
}

/** Ids, times and key values differ between two runs; everything else must not. */
function normalize(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?/g, '<time>')
    .replace(/ph[xc]_(\.\.\.)?[A-Za-z0-9]+/g, '<secret>')
    .replace(/"[A-Za-z0-9_-]{32}"/g, '"<id>"')
    .replace(/id [A-Za-z0-9_-]{32}/g, 'id <id>');
}

let local: TestDatabase;
let served: TestDatabase;
let localEnv: NodeJS.ProcessEnv;
let servedEnv: NodeJS.ProcessEnv;
let server: ServerProcess | undefined;

before(async () => {
  [local, served] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  localEnv = await handOver(local, 'silent');
  servedEnv = await handOver(served, 'info');
});
after(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await Promise.all([local.drop(), served.drop()]);
});

describe('the CLI with and without a running server', () => {
  let withoutServer: Step[];
  let withServer: Step[];

  it('runs the first hour with no server', async () => {
    withoutServer = await firstHour(localEnv);
    const codes = withoutServer.map((step) => `${step.args.slice(0, 2).join(' ')}=${step.code}`);
    assert.deepEqual(
      withoutServer.filter((step) => step.code !== 0).map((step) => [step.args.slice(0, 2).join(' '), step.stderr]),
      [
        ['init --email', 'orgbase: This orgbase already has users; init only sets up an empty one. Use "orgbase users create" and "orgbase keys create".\n'],
        ['orgs create', 'orgbase: No user with email nobody@example.com.\n'],
        ['members remove', 'orgbase: Cannot leave the organization as its owner!\n'],
        [
          'members remove',
          `orgbase: ann@example.com is not a member of organization ${withoutServer[4]!.stdout && JSON.parse(withoutServer[4]!.stdout).id}.\n`,
        ],
        ['members list', 'orgbase: Organization not found.\n'],
        ['keys revoke', `orgbase: No personal API key with id ${JSON.parse(withoutServer[16]!.stdout).id}.\n`],
      ],
      codes.join(' '),
    );
    const [init] = withoutServer;
    const created = JSON.parse(init!.stdout);
    assert.equal(created.user.email, 'ann@example.com');
    assert.equal(created.organization.name, 'Acme');
    assert.equal(created.organization.membership_level, 15);
    assert.deepEqual(created.key.scopes, ['*']);
    assert.match(created.key.value, /^phx_/);
    const keysAfterRevoke = JSON.parse(withoutServer.at(-2)!.stdout);
    assert.deepEqual(keysAfterRevoke, []);
    const listed = JSON.parse(withoutServer[17]!.stdout);
    assert.equal(listed.length, 1);
    assert.equal(listed[0].value, undefined, 'keys list never shows a value');
    const rolled = JSON.parse(withoutServer[18]!.stdout);
    assert.notEqual(rolled.value, JSON.parse(withoutServer[16]!.stdout).value);
  });

  it('runs it again while the server runs, with the same output, and the server sees the changes at once', async () => {
    server = await startServerProcess(servedEnv);
    withServer = await firstHour(servedEnv);
    assert.deepEqual(
      withServer.map((step) => ({ args: normalize(step.args.join(' ')), code: step.code, stdout: normalize(step.stdout), stderr: normalize(step.stderr) })),
      withoutServer.map((step) => ({ args: normalize(step.args.join(' ')), code: step.code, stdout: normalize(step.stdout), stderr: normalize(step.stderr) })),
    );
    if (TEST_DB === 'pglite') {
      assert.equal((server.output().match(/"msg":"control command"/g) ?? []).length, withServer.length);
    }
    // The key init printed works on the running server; the revoked one stopped at once.
    const key = JSON.parse(withServer[0]!.stdout).key.value;
    const me = await fetch(`${server.url}/api/users/@me/`, { headers: { authorization: `Bearer ${key}` } });
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { email: string }).email, 'ann@example.com');
    const rolledValue = JSON.parse(withServer[18]!.stdout).value;
    const revoked = await fetch(`${server.url}/api/users/@me/`, { headers: { authorization: `Bearer ${rolledValue}` } });
    assert.equal(revoked.status, 401);
  });

  it('keeps the control socket owner-only and removes it on shutdown', { skip: TEST_DB !== 'pglite' }, async () => {
    const socket = path.join(servedEnv.ORGBASE_DATA_DIR!, 'orgbase.sock');
    assert.equal(fs.statSync(socket).mode & 0o777, 0o600);
    server!.child.kill('SIGTERM');
    assert.equal(await server!.exited, 0);
    assert.equal(fs.existsSync(socket), false);
    // With the server gone, the CLI opens the database itself again.
    const users = await orgbase(servedEnv, 'users', 'list');
    assert.equal(users.code, 0, users.stderr);
    assert.equal(JSON.parse(users.stdout).length, 2);
  });
});
