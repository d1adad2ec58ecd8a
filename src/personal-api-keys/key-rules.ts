import type { CallerKey } from '../access/caller.ts';
import { exceeds, powerOfKey, teamsOf, type KeyPower, type RequestedPower } from '../access/key-power.ts';
import { isValidScope } from '../access/scopes.ts';
import type { Executor } from '../db/types.ts';
import { PermissionDenied, ValidationError } from '../domain/errors.ts';
import { refuse } from '../domain/refusals.ts';
import { organizationsOfTeams, organizationsUserIsNotIn, teamsUserCannotReach, type PersonalApiKeyRow } from './repository.ts';

export const powerOfRow = (row: PersonalApiKeyRow): KeyPower => ({
  scopes: row.scopes,
  scopedOrganizations: row.scoped_organizations,
  scopedTeams: row.scoped_teams,
});

export { powerOfKey } from '../access/key-power.ts';

/** Keeps the rows whose power is within `caller`'s: the only keys a key may see or touch. */
export async function visibleTo(db: Executor, caller: CallerKey, rows: PersonalApiKeyRow[]): Promise<PersonalApiKeyRow[]> {
  const own = powerOfKey(caller);
  const powers = rows.map(powerOfRow);
  const organizationOf = await organizationsOfTeams(db, teamsOf(...powers));
  return rows.filter((_, index) => exceeds(powers[index]!, own, (team) => organizationOf.get(team)) === null);
}

/**
 * Checks a create or patch: the fields sent (`requested`) must be valid and name only what the
 * user may reach, and the power the key ends with (`result`) must be within the issuing key's.
 * Fields left out are not re-checked: a key keeps its label patchable after its user left one
 * of its organizations, and a legacy key with no scopes stays patchable. The CLI (no issuer)
 * is the operator, limited by no key.
 */
export async function assertKeyMayHold(db: Executor, userId: number, requested: RequestedPower, result: KeyPower, issuer?: CallerKey): Promise<void> {
  if (requested.scopes !== undefined) {
    // A key with no scopes is PostHog's legacy full-access key: it may be imported, never made.
    if (requested.scopes.length === 0) throw refuse.emptyList('scopes');
    for (const scope of requested.scopes) {
      if (!isValidScope(scope)) throw new ValidationError(`Invalid scope: ${scope}`, { attr: 'scopes' });
    }
  }
  if ((await organizationsUserIsNotIn(db, userId, [...(requested.scopedOrganizations ?? [])])).length > 0) {
    throw new ValidationError('You must be a member of all organizations that you are scoping the key to.', {
      attr: 'scoped_organizations',
    });
  }
  if ((await teamsUserCannotReach(db, userId, [...(requested.scopedTeams ?? [])])).length > 0) {
    throw new ValidationError('You must be a member of all projects that you are scoping the key to.', { attr: 'scoped_teams' });
  }
  if (!issuer) return;
  const organizationOf = await organizationsOfTeams(db, teamsOf(result));
  // A key may hand on only what it has itself, or one leaked key could mint a stronger one.
  const excess = exceeds(result, powerOfKey(issuer), (team) => organizationOf.get(team));
  if (excess?.field === 'scopes') throw new PermissionDenied(`API key cannot grant a scope it does not have: '${excess.scope}'`);
  if (excess?.field === 'scoped_organizations') {
    throw new PermissionDenied('API key cannot grant access to organizations outside its own scope.');
  }
  if (excess?.field === 'scoped_teams') throw new PermissionDenied('API key cannot grant access to projects outside its own scope.');
}
