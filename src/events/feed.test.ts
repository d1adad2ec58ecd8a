// The pull feed: what an integrator reads, how the cursor resumes, and that a reader racing
// concurrent writers in several organizations never misses or repeats an event.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type Client, type TestApp } from '../../test/support/app.ts';
import { assertError, createUserWithKey } from '../../test/support/fixtures.ts';
import { appendEvent } from './repository.ts';
import { EventRetention } from './retention.ts';
import { decodeCursor, encodeCursor } from './service.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({ rateLimitPerMinute: 0, rateLimitPerHour: 0 });
});
after(() => t.close());

async function organization(): Promise<{ api: Client; id: string; owner: { uuid: string } }> {
  const { user, key } = await createUserWithKey(t.db);
  const api = client(t.app, key);
  const created = await api.post('/api/organizations/', { name: 'Feed' });
  assert.equal(created.status, 201);
  return { api, id: created.body.id, owner: user };
}

const feed = (id: string, query = '') => `/api/organizations/${id}/events/${query}`;

describe('GET /api/organizations/:organization_id/events/', () => {
  it('answers the changes oldest first, as the API answered them, with who made them', async () => {
    const { api, id, owner } = await organization();
    await api.patch(`/api/organizations/${id}/`, { name: 'Feed renamed' });
    const role = await api.post(`/api/organizations/${id}/roles/`, { name: 'Readers' });
    const page = await api.get(feed(id));
    assert.equal(page.status, 200, JSON.stringify(page.body));
    assert.deepEqual(
      page.body.results.map((event: { type: string; sequence: number }) => [event.type, event.sequence]),
      [
        ['organization.created', 1],
        ['organization.updated', 2],
        ['role.created', 3],
      ],
    );
    const [created, updated, roleCreated] = page.body.results;
    assert.equal(created.organization_id, id);
    assert.equal(created.data.name, 'Feed');
    assert.equal(updated.data.before.name, 'Feed');
    assert.equal(updated.data.after.name, 'Feed renamed');
    assert.equal(roleCreated.data.id, role.body.id);
    assert.equal(created.actor.via, 'api');
    assert.equal(created.actor.user_uuid, owner.uuid);
    assert.match(created.actor.key_id, /\S/);
    assert.ok(!Number.isNaN(Date.parse(created.timestamp)));
    // Resuming from the cursor: nothing new yet, and the same cursor back.
    const resumed = await api.get(feed(id, `?after=${page.body.cursor}`));
    assert.deepEqual(resumed.body.results, []);
    assert.equal(resumed.body.cursor, page.body.cursor);
    assert.equal(new URL(page.body.next).searchParams.get('after'), page.body.cursor);
  });

  it('pages by limit, filters by type, and resumes exactly after the last event read', async () => {
    const { api, id } = await organization();
    for (const name of ['a', 'b', 'c']) await api.post(`/api/organizations/${id}/roles/`, { name });
    const first = await api.get(feed(id, '?limit=2'));
    assert.deepEqual(
      first.body.results.map((event: { sequence: number }) => event.sequence),
      [1, 2],
    );
    const second = await api.get(first.body.next.replace(/^https?:\/\/[^/]+/, ''));
    assert.deepEqual(
      second.body.results.map((event: { sequence: number }) => event.sequence),
      [3, 4],
    );
    const roles = await api.get(feed(id, '?types=role.created,role.deleted'));
    assert.deepEqual(
      roles.body.results.map((event: { type: string }) => event.type),
      ['role.created', 'role.created', 'role.created'],
    );
  });

  it('refuses a cursor it did not make and an unknown type with 400', async () => {
    const { api, id } = await organization();
    assertError(await api.get(feed(id, '?after=nonsense')), 400, { code: 'invalid', attr: 'after' });
    assertError(await api.get(feed(id, `?after=${Buffer.from('v1:-3').toString('base64url')}`)), 400, { code: 'invalid', attr: 'after' });
    assertError(await api.get(feed(id, '?types=role.exploded')), 400, { code: 'invalid_choice', attr: 'types' });
    assert.equal(decodeCursor(encodeCursor(41)), 41);
  });

  it('a reader that reads to the end and resumes, while writers commit in several organizations, sees every event once and in order', async () => {
    const organizations = await Promise.all([organization(), organization(), organization()]);
    const writersPerOrganization = 4;
    const writesPerWriter = 12;
    let writing = true;
    const writers = organizations.flatMap(({ api, id }) =>
      Array.from({ length: writersPerOrganization }, async (_, writer) => {
        for (let index = 0; index < writesPerWriter; index++) {
          const created = await api.post(`/api/organizations/${id}/roles/`, { name: `w${writer}-${index}` });
          assert.equal(created.status, 201, JSON.stringify(created.body));
        }
      }),
    );
    const readers = organizations.map(async ({ api, id }) => {
      const seen: { id: string; sequence: number }[] = [];
      let cursor = '';
      for (;;) {
        const stillWriting = writing;
        const page = await api.get(feed(id, `?limit=7${cursor ? `&after=${cursor}` : ''}`));
        assert.equal(page.status, 200);
        seen.push(...page.body.results.map((event: { id: string; sequence: number }) => ({ id: event.id, sequence: event.sequence })));
        cursor = page.body.cursor;
        // Read to the end after the writers finished: then nothing can come any more.
        if (!stillWriting && page.body.results.length === 0) break;
      }
      return seen;
    });
    await Promise.all(writers);
    writing = false;
    const seenByOrganization = await Promise.all(readers);
    for (const [index, seen] of seenByOrganization.entries()) {
      const expected = 1 + writersPerOrganization * writesPerWriter;
      assert.deepEqual(
        seen.map((event) => event.sequence),
        Array.from({ length: expected }, (_, at) => at + 1),
        'every sequence once, in order',
      );
      const all = await organizations[index]!.api.get(feed(organizations[index]!.id, '?limit=1000'));
      assert.deepEqual(
        seen.map((event) => event.id),
        all.body.results.map((event: { id: string }) => event.id),
      );
    }
  });
});

describe('event retention', () => {
  it('deletes events older than the retention and keeps numbering after them', async () => {
    const { api, id } = await organization();
    await t.db
      .updateTable('events')
      .set({ created_at: new Date(Date.now() - 91 * 86_400_000).toISOString() })
      .where('organization_id', '=', id)
      .execute();
    const swept = await new EventRetention(t.db, 90, { warn() {} }).sweep();
    assert.ok(swept >= 1);
    await api.post(`/api/organizations/${id}/roles/`, { name: 'after the sweep' });
    const page = await api.get(feed(id));
    assert.deepEqual(
      page.body.results.map((event: { sequence: number; type: string }) => [event.sequence, event.type]),
      [[2, 'role.created']],
    );
    // appendEvent keeps counting from the kept sequence row.
    await t.db
      .transaction()
      .execute((trx) => appendEvent(trx, { organizationId: id, type: 'role.deleted', actor: { user_uuid: null, key_id: null, via: 'cli' }, data: {} }));
    assert.equal((await api.get(feed(id))).body.results.at(-1).sequence, 3);
  });
});
