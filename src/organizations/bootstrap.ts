import type { Executor } from '../db/types.ts';
import { DEFAULT_PROJECT_NAME, insertProjectWithTeam } from '../projects/repository.ts';

export { DEFAULT_PROJECT_NAME };

/**
 * What PostHog creates with an organization: one project and its first team, both named
 * "Default project" and sharing one id, the team with its own `phc_` API token.
 */
export async function createDefaultProject(trx: Executor, organizationId: string, anonymizeIps: boolean): Promise<number> {
  return insertProjectWithTeam(trx, { organizationId, name: DEFAULT_PROJECT_NAME, anonymizeIps });
}
