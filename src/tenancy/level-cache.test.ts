// The level cache's own rules, without a database: what it may keep and when it must forget.
// The two-process behaviour is test/real-use/representation-freshness.test.ts's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Level } from '../access/levels.ts';
import { Invalidation } from '../db/invalidation.ts';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { Database, Executor } from '../db/types.ts';
import { invalidateLevels, MembershipLevels } from './level-cache.ts';

const ORG = '01a24ade-6853-7039-ad39-8a1354d8a639';
/** A database that sends nothing and records each statement's parameters. */
function recordingTrx(): { trx: Executor; sent: unknown[][] } {
  const sent: unknown[][] = [];
  const trx = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => void sent.push([...event.query.parameters]),
  });
  return { trx, sent };
}

describe('the level cache', () => {
  it('keeps a level read before no invalidation, and forgets it on its organization\'s notification', () => {
    const channel = Invalidation.local();
    const levels = new MembershipLevels(channel);
    levels.fill(1, ORG, Level.Admin, levels.generation);
    assert.equal(levels.get(1, ORG), Level.Admin);
    channel.dispatchLocally('membership-levels', `${ORG} other-process.1`);
    assert.equal(levels.get(1, ORG), undefined);
    levels.close();
  });

  it('does not keep a level read before an invalidation', () => {
    const channel = Invalidation.local();
    const levels = new MembershipLevels(channel);
    const generation = levels.generation;
    channel.dispatchLocally('membership-levels', `${ORG} other-process.1`);
    levels.fill(1, ORG, Level.Admin, generation);
    assert.equal(levels.get(1, ORG), undefined);
    levels.close();
  });

  it('keeps nothing while the channel is not proven, and forgets everything when it goes down', () => {
    const channel = Invalidation.local();
    const levels = new MembershipLevels(channel);
    channel.connected = false;
    levels.fill(1, ORG, Level.Owner, levels.generation);
    assert.equal(levels.get(1, ORG), undefined);
    levels.close();
  });

  it('on the writing process: forgets at once and fills nothing until its own notification comes back', async () => {
    const channel = Invalidation.local();
    const levels = new MembershipLevels(channel);
    levels.fill(1, ORG, Level.Admin, levels.generation);
    const { trx, sent } = recordingTrx();
    await invalidateLevels(trx, ORG.toUpperCase());
    assert.equal(levels.get(1, ORG), undefined, 'forgotten inside the transaction');
    levels.fill(1, ORG, Level.Admin, levels.generation);
    assert.equal(levels.get(1, ORG), undefined, 'a read between the write and its commit is not kept');
    // The notification the commit delivers back to this process lifts the mark.
    const [topicAndPayload] = (sent[0] as string[]).filter((parameter) => typeof parameter === 'string' && parameter.includes(ORG));
    const [topic, payload] = JSON.parse(topicAndPayload!) as [string, string];
    channel.dispatchLocally(topic, payload);
    levels.fill(1, ORG, Level.Member, levels.generation);
    assert.equal(levels.get(1, ORG), Level.Member);
    levels.close();
  });
});
