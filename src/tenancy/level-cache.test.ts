// The level cache's own rules, without a database: what it may keep and when it must forget.
// The two-process behaviour is test/real-use/representation-freshness.test.ts's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Level } from '../access/levels.ts';
import { Invalidation } from '../db/invalidation.ts';
import { CHANGE_TOPICS } from '../db/process-cache.ts';
import { MembershipLevels } from './level-cache.ts';

const ORG = '01a24ade-6853-7039-ad39-8a1354d8a639';
describe('the level cache', () => {
  it("keeps a level read before no invalidation, and forgets it on its organization's notification", () => {
    const channel = Invalidation.local();
    const levels = new MembershipLevels(channel);
    levels.fill(1, ORG, Level.Admin, levels.generation);
    assert.equal(levels.get(1, ORG), Level.Admin);
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} other-process.1`);
    assert.equal(levels.get(1, ORG), undefined);
    levels.close();
  });

  it('does not keep a level read before an invalidation', () => {
    const channel = Invalidation.local();
    const levels = new MembershipLevels(channel);
    const generation = levels.generation;
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} other-process.1`);
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

  it('on the writing process: forgets at once and fills nothing until its commit is known', () => {
    const channel = Invalidation.local();
    const levels = new MembershipLevels(channel);
    levels.fill(1, ORG, Level.Admin, levels.generation);
    // What the unit of work does inside the write's transaction (changed('organization', id)).
    levels.beginWrite([ORG], 'this-process.1');
    assert.equal(levels.get(1, ORG), undefined, 'forgotten inside the transaction');
    levels.fill(1, ORG, Level.Admin, levels.generation);
    assert.equal(levels.get(1, ORG), undefined, 'a read between the write and its commit is not kept');
    // The write's own notification, which the commit delivers back to this process, lifts the mark.
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} this-process.1`);
    levels.fill(1, ORG, Level.Member, levels.generation);
    assert.equal(levels.get(1, ORG), Level.Member);
    levels.close();
  });

  it('forgets an organization on any change of it the unit of work announces', () => {
    const channel = Invalidation.local();
    const levels = new MembershipLevels(channel);
    levels.fill(1, ORG, Level.Admin, levels.generation);
    levels.beginWrite([ORG], 'this-process.2');
    levels.fill(1, ORG, Level.Admin, levels.generation);
    levels.committed([ORG]);
    assert.equal(levels.get(1, ORG), undefined, 'dropped again at the commit');
    channel.dispatchLocally(CHANGE_TOPICS.organization, `${ORG} this-process.2`);
    levels.fill(1, ORG, Level.Member, levels.generation);
    assert.equal(levels.get(1, ORG), Level.Member, 'filled again once the write was heard');
    levels.close();
  });
});
