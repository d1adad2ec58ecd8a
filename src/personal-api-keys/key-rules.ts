import type { CallerKey } from '../access/caller.ts';
import { exceeds, teamsOf, type KeyPower } from '../access/key-power.ts';
import { isValidScope } from '../access/scopes.ts';
import type { Executor } from '../db/types.ts';
import { PermissionDenied, ValidationError } from '../http/errors.ts';
import { organizationsOfTeams, organizationsUserIsNotIn, teamsUserCannotReach, type PersonalApiKeyRow } from './repository.ts';

export const powerOfRow = (row: PersonalApiKeyRow): KeyPower => ({
  scopes: row.scopes,
  scopedOrganizations: row.scoped_organizations,
  scopedTeams: row.scoped_teams,
});

export const powerOfKey = (key: CallerKey): KeyPower => ({
  scopes: key.scopes,
  scopedOrganizations: key.scopedOrganizations,
  scopedTeams: key.scopedTeams,
});

/** Keeps the rows whose power is within `caller`'s: the only keys a key may see or touch. */
export async function visibleTo(db: Executor, caller: CallerKey, rows: PersonalApiKeyRow[]): Promise<PersonalApiKeyRow[]> {
  const own = powerOfKey(caller);
  const powers = rows.map(powerOfRow);
  const organizationOf = await organizationsOfTeams(db, teamsOf(...powers));
  return rows.filter((_, index) => exceeds(powers[index]!, own, (team) => organizationOf.get(team)) === null);
}

/**
 * Checks the power a key is about to end with: that the user may hold it at all, and, when a
 * key (`issuer`) asks, that it is within the issuer's. The CLI (no issuer) is the operator.
 */
export async function assertKeyMayHold(db: Executor, userId: number, power: KeyPower, issuer?: CallerKey): Promise<void> {
  // A key with no scopes is PostHog's legacy full-access key: it may be imported, never made.
  if (power.scopes.length === 0) throw new ValidationError('This list may not be empty.', { attr: 'scopes', code: 'empty' });
  for (const scope of power.scopes) {
    if (!isValidScope(scope)) throw new ValidationError(`Invalid scope: ${scope}`, { attr: 'scopes' });
  }
  if ((await organizationsUserIsNotIn(db, userId, [...power.scopedOrganizations])).length > 0) {
    throw new ValidationError('You must be a member of all organizations that you are scoping the key to.', {
      attr: 'scoped_organizations',
    });
  }
  if ((await teamsUserCannotReach(db, userId, [...power.scopedTeams])).length > 0) {
    throw new ValidationError('You must be a member of all projects that you are scoping the key to.', { attr: 'scoped_teams' });
  }
  if (!issuer) return;
  const organizationOf = await organizationsOfTeams(db, teamsOf(power));
  // A key may hand on only what it has itself, or one leaked key could mint a stronger one.
  const excess = exceeds(power, powerOfKey(issuer), (team) => organizationOf.get(team));
  if (excess?.field === 'scopes') throw new PermissionDenied(`API key cannot grant a scope it does not have: '${excess.scope}'`);
  if (excess?.field === 'scoped_organizations') {
    throw new PermissionDenied('API key cannot grant access to organizations outside its own scope.');
  }
  if (excess?.field === 'scoped_teams') throw new PermissionDenied('API key cannot grant access to projects outside its own scope.');
}
