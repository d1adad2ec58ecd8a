// Issue 24, as a property: random sequences of invite, re-invite (with and without
// combine_pending_invites), bulk, revoke and accept (new users anonymously, existing users with
// their key, wrong users, two accepts racing), by inviters of every level. After each sequence:
// - no address has two memberships, and no user two accounts;
// - nobody holds a level above the level of the invite they accepted, and no invite is above
//   the level its inviter had;
// - no accepted, revoked or replaced invite admits anyone (checked on every link ever issued),
//   and an accept of such a link during the sequence never succeeded;
// - no link token and no key value is in any row or any log line.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { Level } from '../../src/access/levels.ts';
import { buildApp } from '../../src/app/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/types.ts';
import type { App } from '../../src/http/app-types.ts';
import { loggerOptions } from '../../src/http/logging.ts';
import { client, type ApiResponse } from '../support/app.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { addMember, seedKey, createOrganizationRow, createUser } from '../support/fixtures.ts';

const NUM_RUNS = Number(process.env.INVITE_PROPERTY_RUNS ?? 15);
const SEED = process.env.INVITE_PROPERTY_SEED === undefined ? undefined : Number(process.env.INVITE_PROPERTY_SEED);

let database: TestDatabase;
let db: Db;
let app: App;
const logLines: string[] = [];

before(async () => {
  database = await createTestDatabase();
  db = database.handle.db;
  const config = { ...loadConfig({}), logLevel: 'info', rateLimitPerMinute: 0, rateLimitPerHour: 0 };
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await buildApp({ db, config, logger: { ...loggerOptions(config), stream } });
  await app.ready();
});
after(async () => {
  await app?.close();
  await database?.drop();
});

type Who = 'owner' | 'admin' | 'member';
const WHO: Who[] = ['owner', 'admin', 'member'];

/** Addresses 0-2 have no account; 3-4 belong to users outside the organization, with keys. */
const ADDRESSES = 5;

type Operation =
  | { kind: 'invite'; by: Who; address: number; level: Level; combine: boolean }
  | { kind: 'bulk'; by: Who; rows: { address: number; level: Level }[] }
  | { kind: 'revoke'; by: Who; link: number }
  | { kind: 'accept'; link: number; as: 'anonymous' | 'invitee' | 'stranger' }
  | { kind: 'race'; link: number };

const level = fc.constantFrom<Level>(Level.Member, Level.Admin, Level.Owner);
const who = fc.constantFrom<Who>(...WHO);
const address = fc.nat({ max: ADDRESSES - 1 });
// `link` picks among the links issued so far (modulo their number), live or dead.
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('invite' as const), by: who, address, level, combine: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('bulk' as const), by: who, rows: fc.array(fc.record({ address, level }), { minLength: 1, maxLength: 3 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revoke' as const), by: who, link: fc.nat({ max: 20 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('accept' as const),
      link: fc.nat({ max: 20 }),
      as: fc.constantFrom('anonymous' as const, 'invitee' as const, 'invitee' as const, 'stranger' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('race' as const), link: fc.nat({ max: 20 }) }) },
);

interface Link {
  token: string;
  inviteId: string;
  email: string;
  level: number;
  /** Accepted, revoked or replaced: it must never admit again. */
  dead: boolean;
}

interface World {
  organizationId: string;
  clients: Record<Who, ReturnType<typeof client>>;
  emails: string[];
  /** Keys of the users who own addresses 3 and 4. */
  existingKeys: Map<string, string>;
  strangerKey: string;
  links: Link[];
  /** Users who joined by accepting, with the level of the invite they accepted. */
  joined: Map<string, number>;
  secrets: Set<string>;
}

let runCounter = 0;
/** What the runs did, printed at the end: a property that never accepted proves nothing. */
const tally = { invites: 0, accepts: 0, raceWins: 0, refusedDeadLinks: 0 };
after(() => console.log(`# invites property: ${JSON.stringify(tally)}`));

async function buildWorld(): Promise<World> {
  const run = `${process.pid}-${runCounter++}-${Date.now().toString(36)}`;
  const owner = await createUser(db, { email: `owner-${run}@prop.example.com` });
  const admin = await createUser(db, { email: `admin-${run}@prop.example.com` });
  const member = await createUser(db, { email: `member-${run}@prop.example.com` });
  const organizationId = await createOrganizationRow(db, owner.id, `Prop ${run}`);
  await addMember(db, organizationId, admin.id, Level.Admin);
  await addMember(db, organizationId, member.id, Level.Member);
  const secrets = new Set<string>();
  const keyOf = async (userId: number) => {
    const value = (await seedKey(db, userId, ['*'])).value;
    secrets.add(value);
    return value;
  };
  const clients = { owner: client(app, await keyOf(owner.id)), admin: client(app, await keyOf(admin.id)), member: client(app, await keyOf(member.id)) };
  const emails = Array.from({ length: ADDRESSES }, (_, index) => `person${index}-${run}@prop.example.com`);
  const existingKeys = new Map<string, string>();
  for (const email of emails.slice(3)) existingKeys.set(email, await keyOf((await createUser(db, { email })).id));
  const strangerKey = await keyOf((await createUser(db, { email: `stranger-${run}@prop.example.com` })).id);
  return { organizationId, clients, emails, existingKeys, strangerKey, links: [], joined: new Map(), secrets };
}

const invitesUrl = (world: World) => `/api/organizations/${world.organizationId}/invites/`;
const tokenOf = (url: string) => new URL(url).pathname.split('/').filter(Boolean).at(-1)!;

function issued(world: World, invites: { id: string; target_email: string; level: number; accept_url: string }[]): void {
  for (const invite of invites) {
    tally.invites++;
    // A new invite replaces this organization's invites for the address.
    for (const link of world.links) if (link.email === invite.target_email) link.dead = true;
    const token = tokenOf(invite.accept_url);
    world.secrets.add(token);
    world.links.push({ token, inviteId: invite.id, email: invite.target_email, level: invite.level, dead: false });
  }
}

function accepted(world: World, link: Link, response: ApiResponse, context: string): void {
  assert.ok(!link.dead, `${context}: a dead link admitted someone`);
  tally.accepts++;
  for (const other of world.links) if (other.email === link.email) other.dead = true;
  world.joined.set(response.body.uuid, link.level);
  if (response.body.personal_api_key?.value) world.secrets.add(response.body.personal_api_key.value);
}

function acceptCall(world: World, link: Link, as: 'anonymous' | 'invitee' | 'stranger') {
  const key = as === 'anonymous' ? undefined : as === 'stranger' ? world.strangerKey : (world.existingKeys.get(link.email) ?? world.strangerKey);
  return client(app, key).post(`/api/signup/${link.token}/`, { first_name: 'Prop' });
}

async function step(world: World, operation: Operation, index: number): Promise<void> {
  const context = `step ${index} ${JSON.stringify(operation)}`;
  const ok = (response: ApiResponse) => assert.ok(response.status < 500, `${context}: ${response.status} ${JSON.stringify(response.body)}`);
  switch (operation.kind) {
    case 'invite': {
      const response = await world.clients[operation.by].post(invitesUrl(world), {
        target_email: world.emails[operation.address],
        level: operation.level,
        combine_pending_invites: operation.combine,
      });
      ok(response);
      if (response.status === 201) issued(world, [response.body]);
      return;
    }
    case 'bulk': {
      const response = await world.clients[operation.by].post(
        `${invitesUrl(world)}bulk/`,
        operation.rows.map((row) => ({ target_email: world.emails[row.address], level: row.level })),
      );
      ok(response);
      if (response.status === 201) issued(world, response.body);
      return;
    }
    case 'revoke': {
      const link = world.links[operation.link % Math.max(1, world.links.length)];
      if (!link) return;
      const response = await world.clients[operation.by].delete(`${invitesUrl(world)}${link.inviteId}/`);
      ok(response);
      if (response.status === 204) {
        assert.ok(!link.dead, `${context}: a dead invite was still there to revoke`);
        link.dead = true;
      }
      return;
    }
    case 'accept': {
      const link = world.links[operation.link % Math.max(1, world.links.length)];
      if (!link) return;
      const response = await acceptCall(world, link, operation.as);
      ok(response);
      if (response.status === 201) accepted(world, link, response, context);
      return;
    }
    case 'race': {
      const link = world.links[operation.link % Math.max(1, world.links.length)];
      if (!link) return;
      const as = world.existingKeys.has(link.email) ? 'invitee' : 'anonymous';
      const responses = await Promise.all([acceptCall(world, link, as), acceptCall(world, link, as)]);
      for (const response of responses) ok(response);
      const winners = responses.filter((response) => response.status === 201);
      assert.ok(winners.length <= 1, `${context}: two accepts of one link both succeeded`);
      if (winners[0]) {
        tally.raceWins++;
        accepted(world, link, winners[0], context);
      }
    }
  }
}

async function secretsAtRest(world: World): Promise<string[]> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(db);
  const patterns = [...world.secrets].map((value) => `%${value}%`);
  const found: string[] = [];
  for (const { table_name } of tables.rows) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table_name)} t WHERE t::text LIKE ANY(${patterns})`.execute(db);
    if (rows[0]!.n > 0) found.push(table_name);
  }
  return found;
}

async function checkInvariants(world: World): Promise<void> {
  const duplicates = await sql<{ email: string }>`
    SELECT lower(u.email) AS email FROM organization_memberships m JOIN users u ON u.id = m.user_id
    WHERE m.organization_id = ${world.organizationId} GROUP BY lower(u.email) HAVING count(*) > 1`.execute(db);
  assert.deepEqual(duplicates.rows, [], 'an address with two memberships');
  const accounts = await sql<{ email: string }>`SELECT lower(email) AS email FROM users GROUP BY lower(email) HAVING count(*) > 1`.execute(db);
  assert.deepEqual(accounts.rows, [], 'an address with two accounts');
  const levels = await db
    .selectFrom('organization_memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.uuid', 'm.level'])
    .where('m.organization_id', '=', world.organizationId)
    .execute();
  for (const { uuid, level: held } of levels) {
    const invited = world.joined.get(uuid);
    if (invited !== undefined) assert.ok(held <= invited, `${uuid} holds ${held} after accepting an invite of level ${invited}`);
  }
  const aboveInviter = await sql<{ id: string }>`
    SELECT i.id FROM organization_invites i JOIN organization_memberships m ON m.user_id = i.created_by_id AND m.organization_id = i.organization_id
    WHERE i.organization_id = ${world.organizationId} AND i.level > m.level`.execute(db);
  assert.deepEqual(aboveInviter.rows, [], "an invite above its inviter's level");
  for (const link of world.links.filter((candidate) => candidate.dead)) {
    const preview = await client(app).get(`/api/signup/${link.token}/`);
    assert.equal(preview.status, 400, `a dead link still previews: ${JSON.stringify(preview.body)}`);
    assert.equal(preview.body.detail, 'The provided invite ID is not valid.');
    tally.refusedDeadLinks++;
  }
  assert.deepEqual(await secretsAtRest(world), [], 'a token or key value at rest');
  const logged = logLines.join('');
  for (const secret of world.secrets) assert.ok(!logged.includes(secret), 'a token or key value in a log line');
}

describe('invites and their acceptance, as a property', () => {
  it('keep memberships single, levels within invites, dead links dead and secrets nowhere at rest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 14 }), async (operations) => {
        const world = await buildWorld();
        for (const [index, operation] of operations.entries()) await step(world, operation, index);
        await checkInvariants(world);
      }),
      { numRuns: NUM_RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: false },
    );
    assert.ok(
      logLines.some((line) => line.includes('/api/signup/[redacted]/')),
      'signup requests were logged, redacted',
    );
  });
});
