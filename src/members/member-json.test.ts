import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import Fastify from 'fastify';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { addMember, seedKey, createOrganizationRow, createUser } from '../../test/support/fixtures.ts';
import { Paginated } from '../http/pagination.ts';
import { memberJson, type MemberListRow } from './member-json.ts';
import { toOrganizationMember } from './repository.ts';
import { OrganizationMember } from './schemas.ts';

// The route's own serializer (Fastify's, from the response schema), as the member list used it
// before it wrote its bytes itself.
const serializer = Fastify({ logger: false });
let next: unknown;
serializer.get('/member', { schema: { response: { 200: OrganizationMember } } }, async () => next);
serializer.get('/page', { schema: { response: { 200: Paginated(OrganizationMember) } } }, async () => next);
after(() => serializer.close());
async function serialized(path: string, value: unknown): Promise<string> {
  next = value;
  return (await serializer.inject({ method: 'GET', url: path })).body;
}

const text = fc.string({ unit: 'binary', maxLength: 60 });
const timestamp = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((date) => fc.integer({ min: 0, max: 999 }).map((micros) => `${date.toISOString().slice(0, 23)}${String(micros).padStart(3, '0')}Z`));
const row: fc.Arbitrary<MemberListRow> = fc.record({
  membership_id: fc.uuid(),
  id: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  uuid: fc.uuid(),
  distinct_id: fc.option(text),
  first_name: text,
  last_name: text,
  email: text,
  is_email_verified: fc.option(fc.boolean()),
  hedgehog_config: fc.option(fc.dictionary(text, fc.jsonValue())),
  role_at_organization: fc.option(text),
  level: fc.constantFrom(1, 8, 15),
  joined_at: timestamp,
  updated_at: timestamp,
  is_2fa_enabled: fc.boolean(),
  has_social_auth: fc.boolean(),
  last_login: fc.option(timestamp),
});

describe('memberJson', () => {
  it("writes what the route's serializer writes for the member, byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(row, async (member) => {
        assert.equal(memberJson(member), await serialized('/member', toOrganizationMember(member)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps quotes, backslashes, control characters, lone surrogates and emoji as JSON.stringify does', async () => {
    const member = await fc.sample(row, 1)[0]!;
    const odd = {
      ...member,
      first_name: 'a"b\\c\n\u0001\u2028',
      last_name: '\ud800x',
      email: 'ü😀@x',
      hedgehog_config: { '1': 2, b: [1.5, null, 'x"'], a: {} },
    };
    assert.equal(memberJson(odd), await serialized('/member', toOrganizationMember(odd)));
  });
});

describe('GET /api/organizations/:organization_id/members/ bytes', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('answers the bytes the schema serializer writes for the same page, hedgehogs and logins included', async () => {
    const owner = await createUser(t.db, { firstName: 'Zoë "the owner"', lastName: 'O\\Brien\t' });
    const organization = await createOrganizationRow(t.db, owner.id);
    const member = await createUser(t.db, { firstName: '日本', lastName: '😀' });
    await addMember(t.db, organization, member.id, 8);
    await t.db
      .updateTable('users')
      .set({
        hedgehog_config: JSON.stringify({ color: 'blue', '10': true, nested: { a: [1, 2.5, null] } }),
        last_login: '2024-02-29T23:59:59.000001Z',
        role_at_organization: 'engineering',
        distinct_id: 'd"1',
      })
      .where('id', '=', member.id)
      .execute();
    const headers = { authorization: `Bearer ${(await seedKey(t.db, owner.id, ['organization_member:read'])).value}` };
    const get = (query: string) => t.app.inject({ method: 'GET', url: `/api/organizations/${organization}/members/${query}`, headers });
    const whole = await get('?limit=2');
    assert.equal(whole.statusCode, 200);
    assert.equal(whole.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(whole.headers.etag, undefined, 'a list carries no ETag');
    const body = JSON.parse(whole.body);
    const [newest, oldest] = body.results;
    assert.deepEqual(newest.user.hedgehog_config, { color: 'blue', '10': true, nested: { a: [1, 2.5, null] } });
    assert.equal(newest.last_login, '2024-02-29T23:59:59.000001Z');
    assert.equal(oldest.user.first_name, 'Zoë "the owner"');
    assert.equal(whole.body, await serialized('/page', body));
    const second = await get('?limit=1&offset=1');
    assert.deepEqual(JSON.parse(second.body).results, [oldest]);
    assert.equal(second.body, await serialized('/page', JSON.parse(second.body)));
  });

  it("shows a user's change on the next read, however it was written: its row version is read with every page", async () => {
    const owner = await createUser(t.db, { firstName: 'Before' });
    const organization = await createOrganizationRow(t.db, owner.id);
    const headers = { authorization: `Bearer ${(await seedKey(t.db, owner.id, ['organization_member:read'])).value}` };
    const firstName = async () =>
      JSON.parse((await t.app.inject({ method: 'GET', url: `/api/organizations/${organization}/members/`, headers })).body).results[0].user.first_name;
    assert.equal(await firstName(), 'Before');
    await t.db.updateTable('users').set({ first_name: 'After' }).where('id', '=', owner.id).execute();
    assert.equal(await firstName(), 'After');
    await t.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ first_name: 'Twice' }).where('id', '=', owner.id).execute();
      await trx.updateTable('users').set({ last_login: '2030-01-01T00:00:00Z' }).where('id', '=', owner.id).execute();
    });
    assert.equal(await firstName(), 'Twice');
  });
});
