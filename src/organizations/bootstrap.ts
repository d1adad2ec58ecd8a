import { sql } from 'kysely';
import { uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import { randomToken } from '../personal-api-keys/key-format.ts';

export const DEFAULT_PROJECT_NAME = 'Default project';

/**
 * What PostHog creates with an organization: one project and its first team, both named
 * "Default project" and sharing one id, the team with its own `phc_` API token.
 */
export async function createDefaultProject(trx: Executor, organizationId: string, anonymizeIps: boolean): Promise<void> {
  const { rows } = await sql<{ id: number }>`SELECT nextval('team_ids')::integer AS id`.execute(trx);
  const id = rows[0]!.id;
  await trx.insertInto('projects').values({ id, organization_id: organizationId, name: DEFAULT_PROJECT_NAME }).execute();
  await trx
    .insertInto('teams')
    .values({
      id,
      uuid: uuidv7(),
      organization_id: organizationId,
      project_id: id,
      api_token: randomToken('phc_', 32),
      name: DEFAULT_PROJECT_NAME,
      anonymize_ips: anonymizeIps,
    })
    .execute();
}
