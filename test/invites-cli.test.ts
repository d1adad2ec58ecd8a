// `orgbase invites create|list|revoke` in its own process, against this file's database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashInviteToken } from '../src/invites/token.ts';
import { orgbase as runOrgbase } from './support/cli.ts';
import { createTestDatabase, handOver, type TestDatabase, inspect as inspectDatabase } from './support/database.ts';
import { addMember, createOrganizationRow, createUser } from './support/fixtures.ts';

let database: TestDatabase;
let env: NodeJS.ProcessEnv;
let organizationId: string;
const orgbase = (...args: string[]) => runOrgbase({ ...env, SITE_URL: 'https://orgbase.example.com' }, ...args);

const inspect = <T>(look: Parameters<typeof inspectDatabase<T>>[1]) => inspectDatabase(database, look);

before(async () => {
  database = await createTestDatabase();
  const owner = await createUser(database.handle.db, { email: 'cli-owner@example.com' });
  const member = await createUser(database.handle.db, { email: 'cli-member@example.com', firstName: 'Mem' });
  organizationId = await createOrganizationRow(database.handle.db, owner.id, 'CLI invites');
  await addMember(database.handle.db, organizationId, member.id, 1);
  env = await handOver(database, 'silent');
});
after(() => database.drop());

describe('orgbase invites', () => {
  it('creates an invite and prints its link once; lists without links; revokes', async () => {
    const created = await orgbase(
      'invites',
      'create',
      '--organization',
      organizationId,
      '--email',
      'Newbie@Example.com',
      '--level',
      '8',
      '--first-name',
      'Newt',
    );
    assert.equal(created.code, 0, created.stderr);
    const invite = JSON.parse(created.stdout);
    assert.equal(invite.target_email, 'newbie@example.com');
    assert.equal(invite.level, 8);
    assert.equal(invite.created_by, null);
    assert.match(invite.accept_url, /^https:\/\/orgbase\.example\.com\/signup\/[A-Za-z0-9_-]{43}$/);
    const token = invite.accept_url.split('/').at(-1);
    const stored = await inspect((db) => db.selectFrom('organization_invites').select('token_hash').where('id', '=', invite.id).executeTakeFirst());
    assert.equal(stored?.token_hash, hashInviteToken(token));

    const listed = await orgbase('invites', 'list', '--organization', organizationId);
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(
      JSON.parse(listed.stdout).map((row: { id: string; accept_url?: string }) => [row.id, row.accept_url]),
      [[invite.id, undefined]],
    );

    const revoked = await orgbase('invites', 'revoke', '--organization', organizationId, '--id', invite.id);
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.deepEqual(JSON.parse(revoked.stdout), { id: invite.id, revoked: true });
    assert.equal(await inspect(async (db) => (await db.selectFrom('organization_invites').select('id').execute()).length), 0);
  });

  it("invites on behalf of a member within the member's level, with one-line errors", async () => {
    const asMember = await orgbase(
      'invites',
      'create',
      '--organization',
      organizationId,
      '--email',
      'friend@example.com',
      '--inviter',
      'cli-member@example.com',
    );
    assert.equal(asMember.code, 0, asMember.stderr);
    assert.equal(JSON.parse(asMember.stdout).created_by.email, 'cli-member@example.com');
    const above = await orgbase(
      'invites',
      'create',
      '--organization',
      organizationId,
      '--email',
      'boss@example.com',
      '--inviter',
      'cli-member@example.com',
      '--level',
      '8',
    );
    assert.equal(above.code, 1);
    assert.equal(above.stderr, 'orgbase: You cannot invite a user with a higher permission level than your own.\n');
    const unknown = await orgbase('invites', 'revoke', '--organization', organizationId, '--id', '01890000-0000-7000-8000-000000000000');
    assert.equal(unknown.code, 1);
    assert.equal(unknown.stderr, 'orgbase: Not found.\n');
  });
});
