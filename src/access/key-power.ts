import { grants, type Scope } from './scopes.ts';

/**
 * What a personal API key can do: its scopes and its two restrictions. `[]` for a restriction
 * means unrestricted (PostHog's convention); `[]` scopes is PostHog's legacy full-access key.
 */
export interface KeyPower {
  scopes: readonly string[];
  scopedOrganizations: readonly string[];
  scopedTeams: readonly number[];
}

/** A calling key's power, as its row states it (reach.ts says what it reaches today). */
export const powerOfKey = (key: KeyPower): KeyPower => ({
  scopes: key.scopes,
  scopedOrganizations: key.scopedOrganizations,
  scopedTeams: key.scopedTeams,
});

/** Which part of a power goes beyond the other's, for the caller's error message. */
export type Excess = { field: 'scopes'; scope: string } | { field: 'scoped_organizations' } | { field: 'scoped_teams' };

/** The organization of each team a check mentions; a team it does not know is treated as foreign. */
export type OrganizationOfTeam = (teamId: number) => string | undefined;

const effectiveScopes = (power: KeyPower): readonly string[] => (power.scopes.length === 0 ? ['*'] : power.scopes);

/**
 * Whether power `a` is within power `b`, and if not, the first part of `a` that exceeds it.
 *
 * - Scopes: every scope of `a` is granted by `b` (`*` grants all, write implies read; a legacy
 *   key with no scopes counts as `*`).
 * - Organizations: `b` is unrestricted, or `a` is restricted to a subset of `b`'s. An
 *   unrestricted `a` under a restricted `b` is not within, even when `a`'s teams all lie in
 *   `b`'s organizations: the rule reads the lists, never what they happen to reach today.
 * - Teams: `b` is unrestricted, or `a` is restricted to a subset of `b`'s. And when `b` is
 *   restricted to organizations, each team of `a` must belong to one of them, so a team
 *   restriction can never carry a key into another organization.
 */
export function exceeds(a: KeyPower, b: KeyPower, organizationOfTeam: OrganizationOfTeam): Excess | null {
  const bScopes = effectiveScopes(b);
  for (const scope of effectiveScopes(a)) {
    if (!grants(bScopes, scope as Scope)) return { field: 'scopes', scope };
  }
  if (b.scopedOrganizations.length > 0) {
    const allowed = new Set(b.scopedOrganizations);
    if (a.scopedOrganizations.length === 0 || a.scopedOrganizations.some((id) => !allowed.has(id))) {
      return { field: 'scoped_organizations' };
    }
    if (a.scopedTeams.some((team) => !allowed.has(organizationOfTeam(team) ?? ''))) return { field: 'scoped_teams' };
  }
  if (b.scopedTeams.length > 0) {
    const allowed = new Set(b.scopedTeams);
    if (a.scopedTeams.length === 0 || a.scopedTeams.some((team) => !allowed.has(team))) return { field: 'scoped_teams' };
  }
  return null;
}

export function isWithin(a: KeyPower, b: KeyPower, organizationOfTeam: OrganizationOfTeam): boolean {
  return exceeds(a, b, organizationOfTeam) === null;
}

export interface RequestedPower {
  scopes?: readonly string[];
  scopedOrganizations?: readonly string[];
  scopedTeams?: readonly number[];
}

/**
 * The power a key ends with when `requested` is applied over `base`: a field left out keeps
 * `base`'s value. For a new key `base` is the issuing key, so an omitted restriction inherits
 * the issuer's, never "unrestricted"; for a patch it is the key being changed (already within
 * the caller's power, or the caller could not see it).
 */
export function resultingPower(base: KeyPower, requested: RequestedPower): KeyPower {
  return {
    scopes: requested.scopes ?? base.scopes,
    scopedOrganizations: requested.scopedOrganizations ?? base.scopedOrganizations,
    scopedTeams: requested.scopedTeams ?? base.scopedTeams,
  };
}

/** The teams a set of powers mentions, to look their organizations up in one query. */
export function teamsOf(...powers: KeyPower[]): number[] {
  return [...new Set(powers.flatMap((power) => power.scopedTeams))];
}
