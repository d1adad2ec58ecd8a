import type { Caller } from '../access/caller.ts';
import type { Executor } from '../db/types.ts';

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
  const rows = await db.selectFrom('teams').select('organization_id').distinct().where('id', 'in', teamIds).execute();
  const ofTeams = rows.map((row) => row.organization_id);
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
  const organization = await db
    .selectFrom('organization_memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('m.organization_id')
    .where('m.user_id', '=', userId)
    .$if(reach.organizationIds !== null, (qb) => qb.where('m.organization_id', 'in', reach.organizationIds!))
    .orderBy((eb) => eb.fn.coalesce(eb(eb.ref('m.organization_id'), '=', eb.ref('u.current_organization_id')), eb.val(false)), 'desc')
    .orderBy('m.joined_at')
    .orderBy('m.organization_id')
    .limit(1)
    .executeTakeFirst();
  if (!organization) return { organizationId: null, teamId: null };
  const team = await db
    .selectFrom('teams as t')
    .innerJoin('users as u', (join) => join.on('u.id', '=', userId))
    .select('t.id')
    .where('t.organization_id', '=', organization.organization_id)
    .$if(reach.teamIds !== null, (qb) => qb.where('t.id', 'in', reach.teamIds!))
    .orderBy((eb) => eb.fn.coalesce(eb(eb.ref('t.id'), '=', eb.ref('u.current_team_id')), eb.val(false)), 'desc')
    .orderBy('t.id')
    .limit(1)
    .executeTakeFirst();
  return { organizationId: organization.organization_id, teamId: team?.id ?? null };
}
