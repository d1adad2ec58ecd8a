import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exceeds, isWithin, resultingPower, type KeyPower } from './key-power.ts';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const organizationOf = (team: number) => ({ 1: A, 2: A, 3: B })[team];
const power = (scopes: string[], scopedOrganizations: string[] = [], scopedTeams: number[] = []): KeyPower => ({
  scopes,
  scopedOrganizations,
  scopedTeams,
});
const within = (a: KeyPower, b: KeyPower) => isWithin(a, b, organizationOf);

describe('key power: is A within B', () => {
  it('scopes: * grants all, write implies read, read never grants write', () => {
    assert.ok(within(power(['organization:read']), power(['*'])));
    assert.ok(within(power(['organization:read']), power(['organization:write'])));
    assert.ok(!within(power(['organization:write']), power(['organization:read'])));
    assert.ok(!within(power(['*']), power(['organization:write', 'user:write'])));
    assert.deepEqual(exceeds(power(['user:read', 'role:read']), power(['user:read']), organizationOf), {
      field: 'scopes',
      scope: 'role:read',
    });
  });

  it('a legacy key with no scopes is full access, on both sides', () => {
    assert.ok(!within(power([]), power(['organization:read'])));
    assert.ok(within(power([]), power(['*'])));
    assert.ok(within(power(['*']), power([])));
  });

  it('organizations: [] is all, so it is within only an unrestricted key', () => {
    assert.ok(within(power(['*'], [A]), power(['*'])));
    assert.ok(within(power(['*'], [A]), power(['*'], [A, B])));
    assert.ok(!within(power(['*'], [A, B]), power(['*'], [A])));
    assert.deepEqual(exceeds(power(['*']), power(['*'], [A]), organizationOf), { field: 'scoped_organizations' });
  });

  it('teams: [] is all; a restricted B admits only a non-empty subset', () => {
    assert.ok(within(power(['*'], [], [1]), power(['*'], [], [1, 2])));
    assert.ok(!within(power(['*'], [], []), power(['*'], [], [1])));
    assert.deepEqual(exceeds(power(['*'], [], [1, 3]), power(['*'], [], [1]), organizationOf), { field: 'scoped_teams' });
  });

  it("a team restriction cannot carry a key out of B's organizations", () => {
    assert.ok(within(power(['*'], [A], [1]), power(['*'], [A])));
    assert.deepEqual(exceeds(power(['*'], [A], [3]), power(['*'], [A]), organizationOf), { field: 'scoped_teams' });
    // A team nobody knows is foreign, not harmless.
    assert.ok(!within(power(['*'], [A], [99]), power(['*'], [A])));
    // An unrestricted-organization key with teams in A is still not within an A-only key.
    assert.ok(!within(power(['*'], [], [1]), power(['*'], [A])));
  });

  it('every power is within itself', () => {
    for (const p of [power([]), power(['*'], [A], [1]), power(['user:read'], [], [3])]) assert.ok(within(p, p));
  });
});

describe('key power: omitted fields', () => {
  it('inherit the base (the issuer for a create, the key itself for a patch)', () => {
    const issuer = power(['personal_api_key:write', 'organization:read'], [A], [1]);
    assert.deepEqual(resultingPower(issuer, { scopes: ['organization:read'] }), power(['organization:read'], [A], [1]));
    assert.deepEqual(resultingPower(issuer, { scopedTeams: [] }), power(issuer.scopes as string[], [A], []));
  });
});
