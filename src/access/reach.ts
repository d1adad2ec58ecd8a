import type { CallerKey } from './caller.ts';

/**
 * What a key lets its user reach, beside key-power.ts (what a key may grant): the one place
 * that reads a calling key's `scoped_organizations` and `scoped_teams`. Pure: the one fact it
 * needs from the database (the organizations of the key's teams) is given to it.
 *
 * `null` means not narrowed (PostHog stores `[]` for "all"). A key narrowed to teams reaches
 * only the organizations of those teams; one narrowed to organizations only those.
 */
export interface Reach {
  organizationIds: string[] | null;
  teamIds: number[] | null;
}

/** The organizations the key names, lowercased; null when it names none (all of its user's). */
export function organizationsNamed(key: CallerKey): string[] | null {
  return key.scopedOrganizations?.length ? key.scopedOrganizations.map((id) => id.toLowerCase()) : null;
}

/** The teams (projects) the key names; null when it names none. */
export function teamsNamed(key: CallerKey): number[] | null {
  return key.scopedTeams?.length ? key.scopedTeams : null;
}

/**
 * What a cached answer shaped by the key's reach is kept under: the organizations and teams
 * it is narrowed to (with the database's state, which its caches drop on change, they decide
 * its reach).
 */
export function reachShape(key: CallerKey): string {
  return `${organizationsNamed(key)?.join(',') ?? '*'}|${teamsNamed(key)?.join(',') ?? '*'}`;
}

/** A key narrowed to projects: PostHog lets it use only the project endpoints. */
export function isProjectScoped(key: CallerKey): boolean {
  return teamsNamed(key) !== null;
}

/**
 * The key's reach, given the organizations of its teams (`organizationsOfTeams`, only read
 * when the key names teams: pass undefined otherwise).
 */
export function reachOfKey(key: CallerKey, organizationsOfTeams?: readonly string[]): Reach {
  const named = organizationsNamed(key);
  const teamIds = teamsNamed(key);
  if (teamIds === null) return { organizationIds: named, teamIds };
  const ofTeams = [...(organizationsOfTeams ?? [])];
  return { organizationIds: named ? ofTeams.filter((id) => named.includes(id)) : ofTeams, teamIds };
}

export function reaches(reach: Reach, organizationId: string): boolean {
  return reach.organizationIds === null || reach.organizationIds.includes(organizationId);
}

/**
 * Whether the key's organization list lets it reach `organizationId` (its teams aside: a key
 * narrowed to projects is refused on organization endpoints before this matters).
 */
export function keyReachesOrganization(key: CallerKey, organizationId: string): boolean {
  const named = organizationsNamed(key);
  return named === null || named.includes(organizationId.toLowerCase());
}
