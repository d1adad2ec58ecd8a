import type { Caller } from '../access/caller.ts';
import { reachOfKey, teamsNamed, type Reach } from '../access/reach.ts';
import type { Executor } from '../db/types.ts';
import type { Eventually } from '../domain/eventually.ts';
import { findCurrentOrganizationId } from '../members/repository.ts';
import { findCurrentTeamId, organizationsOfTeams } from '../projects/repository.ts';

export { reaches, type Reach } from '../access/reach.ts';

/**
 * What the calling key lets its user see (access/reach.ts decides; this reads the one fact it
 * needs, the organizations of a key's teams, and only for a key narrowed to teams).
 * `/api/users/@me/` and the projects endpoints show nothing outside it.
 */
export function reachOf(db: Executor, caller: Caller): Eventually<Reach> {
  const teamIds = teamsNamed(caller.key);
  if (teamIds === null) return reachOfKey(caller.key);
  return organizationsOfTeams(db, teamIds).then((ofTeams) => reachOfKey(caller.key, ofTeams));
}

/**
 * The caller's current organization and team within the key's reach: the ones they last
 * switched to while still reachable, else the organization they joined first and its first
 * team (PostHog falls back the same way).
 */
export async function currentWithin(db: Executor, userId: number, reach: Reach): Promise<{ organizationId: string | null; teamId: number | null }> {
  if (reach.organizationIds?.length === 0) return { organizationId: null, teamId: null };
  const organizationId = await findCurrentOrganizationId(db, userId, reach.organizationIds);
  if (organizationId === null) return { organizationId: null, teamId: null };
  return { organizationId, teamId: await findCurrentTeamId(db, userId, organizationId, reach.teamIds) };
}
