import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hashKeyValue } from '../src/personal-api-keys/key-format.ts';
import { createTestDatabase, handOver, type TestDatabase, inspect as inspectDatabase } from './support/database.ts';
import { orgbase as runOrgbase } from './support/cli.ts';
import { createOrganizationRow, createUser } from './support/fixtures.ts';

let database: TestDatabase;
let env: NodeJS.ProcessEnv;
let organizationId: string;

/** Runs `orgbase ...` in its own process against this file's database. */
const orgbase = (...args: string[]) => runOrgbase(env, ...args);

const inspect = <T>(look: Parameters<typeof inspectDatabase<T>>[1]) => inspectDatabase(database, look);

before(async () => {
  database = await createTestDatabase();
  const owner = await createUser(database.handle.db, { email: 'owner@example.com' });
  organizationId = await createOrganizationRow(database.handle.db, owner.id, 'CLI org');
  env = await handOver(database, 'silent');
});
after(() => database.drop());

describe('orgbase command line', () => {
  it('creates a user and prints it as JSON', async () => {
    const result = await orgbase('users', 'create', '--email', 'ann@example.com', '--first-name', 'Ann', '--last-name', 'Lee');
    assert.equal(result.code, 0, result.stderr);
    const user = JSON.parse(result.stdout);
    assert.equal(user.email, 'ann@example.com');
    assert.equal(user.first_name, 'Ann');
    const stored = await inspect((db) => db.selectFrom('users').selectAll().where('uuid', '=', user.uuid).executeTakeFirst());
    assert.equal(stored?.last_name, 'Lee');
  });

  it('refuses a duplicate email with a one-line error and a non-zero exit', async () => {
    const result = await orgbase('users', 'create', '--email', 'ANN@example.com');
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'orgbase: email: A user with this email already exists.\n');
  });

  it('creates a key whose value is printed once and stored only as a hash', async () => {
    const result = await orgbase('keys', 'create', '--email', 'ann@example.com', '--label', 'ops', '--scopes', 'organization:read,user:read');
    assert.equal(result.code, 0, result.stderr);
    const key = JSON.parse(result.stdout);
    assert.match(key.value, /^phx_/);
    assert.deepEqual(key.scopes, ['organization:read', 'user:read']);
    // PostHog's clients need lists: `[]` is unrestricted, never null (issue 14).
    assert.deepEqual(key.scoped_organizations, []);
    assert.deepEqual(key.scoped_teams, []);
    const stored = await inspect((db) => db.selectFrom('personal_api_keys').selectAll().where('id', '=', key.id).executeTakeFirstOrThrow());
    assert.equal(stored.secure_value, hashKeyValue(key.value));
  });

  it('refuses an unknown scope and an unknown user', async () => {
    const badScope = await orgbase('keys', 'create', '--email', 'ann@example.com', '--label', 'x', '--scopes', 'everything');
    assert.equal(badScope.code, 1);
    assert.equal(
      badScope.stderr,
      'orgbase: scopes: Invalid scope: everything. A scope is "*" or <object>:read|write (write implies read); "orgbase scopes" lists them.\n',
    );
    // The help's own example was once refused: a near miss names the scope meant.
    const nearMiss = await orgbase('keys', 'create', '--email', 'ann@example.com', '--label', 'x', '--scopes', 'organization:read,member:write');
    assert.equal(nearMiss.code, 1);
    assert.match(nearMiss.stderr, /Invalid scope: member:write \(did you mean organization_member:write\?\)/);
    const nobody = await orgbase('keys', 'create', '--email', 'nobody@example.com', '--label', 'x', '--scopes', '*');
    assert.equal(nobody.code, 1);
    assert.match(nobody.stderr, /^orgbase: No user with email nobody@example.com\.\n$/);
  });

  it('refuses a key with no scopes, which would act as a legacy full-access key (issue 12)', async () => {
    for (const scopes of [',', ' , ']) {
      const result = await orgbase('keys', 'create', '--email', 'ann@example.com', '--label', 'empty', '--scopes', scopes);
      assert.equal(result.code, 1, result.stdout);
      assert.equal(result.stderr, 'orgbase: scopes: This list may not be empty.\n');
    }
    const rows = await inspect((db) => db.selectFrom('personal_api_keys').select('id').where('label', '=', 'empty').execute());
    assert.equal(rows.length, 0);
  });

  it('adds a member at a level, and refuses other levels', async () => {
    const result = await orgbase('members', 'add', '--organization', organizationId, '--email', 'ann@example.com', '--level', '8');
    assert.equal(result.code, 0, result.stderr);
    const member = JSON.parse(result.stdout);
    assert.equal(member.level, 8);
    assert.equal(member.user.email, 'ann@example.com');
    const bad = await orgbase('members', 'add', '--organization', organizationId, '--email', 'owner@example.com', '--level', '3');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^orgbase: level: /);
    const twice = await orgbase('members', 'add', '--organization', organizationId, '--email', 'ann@example.com', '--level', '1');
    assert.equal(twice.code, 1);
    const levels = await inspect((db) => db.selectFrom('organization_memberships').select('level').where('organization_id', '=', organizationId).execute());
    assert.deepEqual(
      levels.map((row) => row.level).sort((a, b) => a - b),
      [8, 15],
    );
  });

  it('adds an integration with its config', async () => {
    const result = await orgbase(
      'integrations',
      'add',
      '--organization',
      organizationId,
      '--kind',
      'vercel',
      '--integration-id',
      'icfg_1',
      '--config',
      '{"type":"connectable"}',
    );
    assert.equal(result.code, 0, result.stderr);
    const integration = JSON.parse(result.stdout);
    assert.equal(integration.kind, 'vercel');
    assert.deepEqual(integration.config, { type: 'connectable' });
    const badConfig = await orgbase('integrations', 'add', '--organization', organizationId, '--kind', 'vercel', '--integration-id', 'x', '--config', '{nope');
    assert.equal(badConfig.code, 1);
    assert.match(badConfig.stderr, /^orgbase: config: /);
  });

  it('applies migrations idempotently', async () => {
    const result = await orgbase('migrate');
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).applied, []);
  });

  it('explains usage errors on stderr with the synopsis, exit code 2', async () => {
    const unknown = await orgbase('users', 'explode');
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /^orgbase: unknown command "users explode"\nusage: orgbase users <command>\n/);
    const missing = await orgbase('users', 'create');
    assert.equal(missing.code, 2);
    assert.equal(
      missing.stderr,
      'orgbase: users create: --email is required\n' +
        'usage: orgbase users create --email EMAIL [--first-name FIRST_NAME] [--last-name LAST_NAME]\n' +
        'run "orgbase users create --help" for more.\n',
    );
    const unknownOption = await orgbase('keys', 'list', '--email', 'a@example.com', '--colour', 'red');
    assert.equal(unknownOption.code, 2);
    assert.match(unknownOption.stderr, /^orgbase: keys list: Unknown option '--colour'/);
    const nothing = await orgbase();
    assert.equal(nothing.code, 2);
    assert.match(nothing.stderr, /^orgbase: no command given\nusage: orgbase <command>/);
  });

  it('prints help for every command and group, and the version', async () => {
    const { COMMAND_USAGE, GROUPS } = await import('../src/commands/spec.ts');
    for (const name of [...Object.keys(COMMAND_USAGE), ...GROUPS]) {
      for (const flag of ['--help', '-h']) {
        const result = await orgbase(...name.split(' '), flag);
        assert.equal(result.code, 0, `${name} ${flag}: ${result.stderr}`);
        assert.match(result.stdout, new RegExp(`^usage: orgbase ${name}`), name);
        assert.equal(result.stderr, '');
      }
    }
    const version = await orgbase('--version');
    assert.equal(version.code, 0);
    const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8'));
    assert.equal(version.stdout, `${pkg.version}\n`);
    const help = await orgbase('--help');
    assert.equal(help.code, 0);
    for (const name of Object.keys(COMMAND_USAGE)) assert.ok(help.stdout.includes(`  ${name} `), name);
  });
});
