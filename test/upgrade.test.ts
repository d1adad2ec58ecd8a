// Upgrading with data in the database: a database as each earlier release left it (its
// migrations, then rows written in that schema), migrated by this build, serves those rows and
// keys. Released migration files never change (pinned below), so the files here are exactly
// what the release applied.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildApp } from '../src/app/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.ts';
import { migrate, MIGRATIONS_DIRECTORY } from '../src/db/migrate.ts';
import { hashKeyValue } from '../src/personal-api-keys/key-format.ts';
import { client } from './support/app.ts';
import { POSTGRES_ADMIN_URL, TEST_DB, withAdminClient } from './support/database.ts';

/** sha256 of every migration file some release shipped. Changing one breaks upgrades: add a new file. */
const RELEASED_FILES: Record<string, string> = {
  '0001_initial_schema.sql': 'ae319054fe9f02d675360e5698540686cad0ed58dd57b8ca54a46d0cffde1644',
  '0005_audit_log.sql': '03b9ee927d62c469b034a403b84a7e9df0a277c240e83b953deb751dd37c7ce3',
  '0006_idempotency_keys.sql': '7efdaceae3d5bb801ec85730b0397edb592401bb906d810bfda255aaa698a5d5',
  '0007_key_scoping_arrays.sql': '3e39e1674b726207ef6225191d6147e1eaddddd8a2cc742efd7a2d818085344f',
  '0008_current_team.sql': '7594a96fc0f0d526719472fe972c03543f61333919e1cc1c81df9103bec3b382',
  '0016_member_list_index.sql': '04da0acad853e1976f04452251da7534d09ec1b46cdda3240d28fd4bb82fc2e8',
  '0017_member_list_covering_index.sql': '0ba4b0770ce2b613d31306a12cc03f248aea11d96d6d0dbf8131fe7844291760',
  '0018_membership_level_covering_index.sql': 'dc756d56c5369c0531d6492a9a7fc0dbb20dbe8119e10c4b8d8271b77fdb616c',
  // Released with 0.2.0 (tag v0.2.0).
  '0024_invites.sql': '01c293fb025e98ec7248a0a9f04d78d7f6818a356f490a0066027f713d3d0ac4',
  '0025_domains_scim.sql': '5e27f2f877a350dca62bb76c07064309141eea2d8d0fc8247ce7d42253d9535f',
};

/** The migrations each earlier release had applied. */
const RELEASES: Record<string, string[]> = {
  // 0.1.0 (commit 493ea8e): before 0007 rewrote key scoping and cleared the replay store.
  '0.1.0': ['0001_initial_schema.sql', '0005_audit_log.sql', '0006_idempotency_keys.sql'],
  // 1e9cf23, the commit before 0.2.0's work.
  '1e9cf23': Object.keys(RELEASED_FILES).filter((name) => name < '0019'),
};

const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** An empty database of the kind under test. */
async function emptyDatabase(): Promise<DatabaseHandle> {
  if (TEST_DB === 'postgres') {
    const name = `orgbase_upgrade_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withAdminClient((admin) => admin.query(`CREATE DATABASE ${name}`));
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
    cleanups.push(async () => {
      await handle.close();
      await withAdminClient((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    });
    return handle;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgbase-upgrade-'));
  const handle = await openDatabase({ databaseUrl: undefined, dataDir });
  cleanups.push(async () => {
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return handle;
}

const ORG = '0190f7a0-0000-7000-8000-000000000001';
const OTHER_ORG = '0190f7a0-0000-7000-8000-000000000002';
const KEY = `phx_upgrade${'x'.repeat(40)}`;
const NARROW_KEY = `phx_narrow${'y'.repeat(40)}`;

/** Rows as that release's code wrote them; only columns its schema had. */
async function seedOldRelease(handle: DatabaseHandle, release: string): Promise<void> {
  // 0.1.0 stored "unrestricted" as NULL, later releases as {}.
  const unrestricted = sql.raw(release === '0.1.0' ? 'NULL' : "'{}'");
  await sql`INSERT INTO users (id, uuid, email, first_name, current_organization_id) VALUES
    (1, '0190f7a0-0000-7000-8000-0000000000a1', 'ann@example.com', 'Ann', NULL),
    (2, '0190f7a0-0000-7000-8000-0000000000b2', 'bob@example.com', 'Bob', NULL)`.execute(handle.db);
  await sql`SELECT setval('users_id_seq', 2)`.execute(handle.db);
  await sql`INSERT INTO organizations (id, name, slug) VALUES (${ORG}, 'Acme', 'acme'), (${OTHER_ORG}, 'Other', 'other')`.execute(handle.db);
  await sql`UPDATE users SET current_organization_id = ${ORG}`.execute(handle.db);
  await sql`INSERT INTO organization_memberships (id, organization_id, user_id, level) VALUES
    ('0190f7a0-0000-7000-8000-0000000000c1', ${ORG}, 1, 15),
    ('0190f7a0-0000-7000-8000-0000000000c2', ${ORG}, 2, 1),
    ('0190f7a0-0000-7000-8000-0000000000c3', ${OTHER_ORG}, 1, 15)`.execute(handle.db);
  await sql`INSERT INTO roles (id, organization_id, name, created_by_id) VALUES ('0190f7a0-0000-7000-8000-0000000000d1', ${ORG}, 'Engineers', 1)`.execute(
    handle.db,
  );
  await sql`INSERT INTO role_memberships (id, role_id, user_id, organization_member_id) VALUES
    ('0190f7a0-0000-7000-8000-0000000000e1', '0190f7a0-0000-7000-8000-0000000000d1', 2, '0190f7a0-0000-7000-8000-0000000000c2')`.execute(handle.db);
  // A 31-character id, as 0.1.0 could make.
  await sql`INSERT INTO personal_api_keys (id, user_id, label, secure_value, mask_value, scopes, scoped_teams, scoped_organizations) VALUES
    ('k0000000000000000000000000000001', 1, 'all', ${hashKeyValue(KEY)}, 'phx_...xxxx', '{*}', ${unrestricted}, ${unrestricted}),
    ('k000000000000000000000000000002', 1, 'narrow', ${hashKeyValue(NARROW_KEY)}, 'phx_...yyyy', '{organization:read,organization_member:read}', ${unrestricted}, ${sql.raw(`'{${OTHER_ORG}}'`)})`.execute(
    handle.db,
  );
  await sql`INSERT INTO audit_log (id, organization_id, actor_user_id, action, target_type, target_id, after) VALUES
    ('0190f7a0-0000-7000-8000-0000000000f1', ${ORG}, 1, 'organization.create', 'organization', ${ORG}, '{"name":"Acme"}')`.execute(handle.db);
  await sql`INSERT INTO idempotency_keys (user_id, key, fingerprint, status_code, response_body) VALUES
    (1, 'retry-1', ${'0'.repeat(64)}, 201, '{"value":"phx_kept_in_clear"}')`.execute(handle.db);
}

describe('upgrading a database with data', () => {
  it('pins every released migration file (a released file is never edited)', () => {
    for (const [name, digest] of Object.entries(RELEASED_FILES)) {
      const actual = createHash('sha256')
        .update(fs.readFileSync(path.join(MIGRATIONS_DIRECTORY, name)))
        .digest('hex');
      assert.equal(actual, digest, `${name} changed since it was released`);
    }
  });

  for (const [release, files] of Object.entries(RELEASES)) {
    it(`from ${release}: applies the newer migrations and serves the old rows and keys`, async () => {
      const handle = await emptyDatabase();
      const old = await migrate(handle.db, { only: files });
      assert.deepEqual(old.applied, files);
      await seedOldRelease(handle, release);

      const upgrade = await migrate(handle.db);
      const all = fs
        .readdirSync(MIGRATIONS_DIRECTORY)
        .filter((name) => name.endsWith('.sql'))
        .sort();
      assert.deepEqual(
        upgrade.applied,
        all.filter((name) => !files.includes(name)),
      );
      assert.deepEqual((await migrate(handle.db)).applied, [], 'a second run applies nothing');

      const app = await buildApp({ db: handle.db, config: { ...loadConfig({}), logLevel: 'silent' }, logger: false });
      try {
        const ann = client(app, KEY);
        const organization = await ann.get(`/api/organizations/${ORG}/`);
        assert.equal(organization.status, 200, JSON.stringify(organization.body));
        assert.equal(organization.body.name, 'Acme');
        const members = await ann.get(`/api/organizations/${ORG}/members/`);
        assert.equal(members.status, 200, JSON.stringify(members.body));
        assert.deepEqual(members.body.results.map((member: any) => [member.user.email, member.level]).sort(), [
          ['ann@example.com', 15],
          ['bob@example.com', 1],
        ]);
        const roles = await ann.get(`/api/organizations/${ORG}/roles/`);
        assert.deepEqual(
          roles.body.results.map((role: any) => role.name),
          ['Engineers'],
        );
        const audit = await ann.get(`/api/organizations/${ORG}/audit_log/`);
        assert.ok(
          audit.body.results.some((row: any) => row.action === 'organization.create'),
          JSON.stringify(audit.body),
        );
        const me = await ann.get('/api/users/@me/');
        assert.equal(me.status, 200);
        assert.equal(me.body.organization.id, ORG);

        // 0007: NULL scoping became [] (unrestricted), a restriction stayed one.
        const keys = await ann.get('/api/personal_api_keys/');
        const byLabel = Object.fromEntries((Array.isArray(keys.body) ? keys.body : keys.body.results).map((key: any) => [key.label, key]));
        assert.deepEqual(byLabel.all.scoped_organizations, []);
        assert.deepEqual(byLabel.all.scoped_teams, []);
        assert.deepEqual(byLabel.narrow.scoped_organizations, [OTHER_ORG]);
        const narrow = client(app, NARROW_KEY);
        assert.equal((await narrow.get(`/api/organizations/${OTHER_ORG}/`)).status, 200);
        assert.equal((await narrow.get(`/api/organizations/${ORG}/`)).status, 404);
        // 0007 cleared the replay store, which held key values in clear.
        const kept = await sql<{ count: string }>`SELECT count(*) AS count FROM idempotency_keys WHERE response_body LIKE '%phx_%'`.execute(handle.db);
        assert.equal(Number(kept.rows[0]!.count), release === '0.1.0' ? 0 : 1);
      } finally {
        await app.close();
      }
    });
  }
});
