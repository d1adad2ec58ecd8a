import type { Caller } from '../access/caller.ts';
import type { Executor } from '../db/types.ts';
import { findCurrentOrganizationId } from '../members/repository.ts';
import { findCurrentTeamId, organizationsOfTeams } from './repository.ts';

/**
 * What the calling key lets its user see: null for no narrowing. A key scoped to teams
 * reaches only the organizations of those teams; one scoped to organizations only those.
 * `/api/users/@me/` and the projects endpoints show nothing outside it.
 */
export interface Reach {
  organizationIds: string[] | null;
  teamIds: number[] | null;
}

export async function reachOf(db: Executor, caller: Caller): Promise<Reach> {
  const scopedOrganizations = caller.key.scopedOrganizations?.length ? caller.key.scopedOrganizations.map((id) => id.toLowerCase()) : null;
  const teamIds = caller.key.scopedTeams?.length ? caller.key.scopedTeams : null;
  if (teamIds === null) return { organizationIds: scopedOrganizations, teamIds };
  const ofTeams = await organizationsOfTeams(db, teamIds);
  return { organizationIds: scopedOrganizations ? ofTeams.filter((id) => scopedOrganizations.includes(id)) : ofTeams, teamIds };
}

export function reaches(reach: Reach, organizationId: string): boolean {
  return reach.organizationIds === null || reach.organizationIds.includes(organizationId);
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
