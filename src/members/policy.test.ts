import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Level, LEVELS } from '../access/levels.ts';
import { levelChangeRefusal, removalRefusal, type MembershipChange } from './policy.ts';

const change = (callerLevel: Level, targetLevel: Level, isSelf = false): MembershipChange => ({ callerLevel, targetLevel, isSelf });
const detail = (refusal: { detail: string } | null) => refusal?.detail ?? null;

describe('member level changes (PostHog rules, without HTTP)', () => {
  it('refuses changing your own level, whatever your level', () => {
    for (const level of LEVELS) assert.equal(detail(levelChangeRefusal(change(level, level, true), Level.Member)), "You can't change your own access level.");
  });

  it('lets only admins and owners change others, never above themselves', () => {
    assert.equal(detail(levelChangeRefusal(change(Level.Member, Level.Member), Level.Member)), 'You can only edit others if you are an admin.');
    assert.equal(levelChangeRefusal(change(Level.Admin, Level.Member), Level.Admin), null);
    assert.equal(
      detail(levelChangeRefusal(change(Level.Admin, Level.Member), Level.Owner)),
      "You can only make another member owner if you're this organization's owner.",
    );
    assert.equal(detail(levelChangeRefusal(change(Level.Admin, Level.Owner), Level.Member)), 'You can only edit others with level lower or equal to you.');
    assert.equal(levelChangeRefusal(change(Level.Owner, Level.Member), Level.Owner), null);
    assert.equal(levelChangeRefusal(change(Level.Owner, Level.Owner), Level.Admin), null);
  });

  it('answers 403 for every refusal of a level change', () => {
    for (const caller of LEVELS)
      for (const target of LEVELS)
        for (const next of LEVELS) {
          const refusal = levelChangeRefusal(change(caller, target), next);
          if (refusal) assert.equal(refusal.kind, 'permission_denied');
          else assert.ok(caller >= Level.Admin && next <= caller && target <= caller);
        }
  });
});

describe('member removals (PostHog rules, without HTTP)', () => {
  it('lets anyone but an owner leave', () => {
    assert.equal(removalRefusal(change(Level.Member, Level.Member, true)), null);
    assert.equal(removalRefusal(change(Level.Admin, Level.Admin, true)), null);
    const owner = removalRefusal(change(Level.Owner, Level.Owner, true));
    assert.equal(owner?.kind, 'invalid');
    assert.equal(owner?.detail, 'Cannot leave the organization as its owner!');
  });

  it('lets admins remove others up to their level, and nobody an owner', () => {
    assert.equal(detail(removalRefusal(change(Level.Member, Level.Member))), 'You can only edit others if you are an admin.');
    assert.equal(removalRefusal(change(Level.Admin, Level.Admin)), null);
    assert.equal(detail(removalRefusal(change(Level.Admin, Level.Owner))), 'You can only edit others with level lower or equal to you.');
    assert.equal(removalRefusal(change(Level.Owner, Level.Owner))?.kind, 'invalid');
  });
});
