// Test fixtures for integrations, written straight to the tables so tests can arrange state
// without the endpoints under test (or the organizations endpoints, built alongside).
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { uuidv7 } from '../../src/db/ids.ts';
import type { Db } from '../../src/db/types.ts';
import { organizationWithPeopleHolding, personHolding, type Person } from './world.ts';

const token = () => randomBytes(6).toString('hex');

/** A project with its first team, sharing its id, as PostHog creates them. */
export async function createProjectRow(db: Db, organizationId: string, name = `Project ${token()}`): Promise<number> {
  const { rows } = await sql<{ id: number }>`SELECT nextval('team_ids')::int AS id`.execute(db);
  const id = rows[0]!.id;
  await db.insertInto('projects').values({ id, organization_id: organizationId, name }).execute();
  await db
    .insertInto('teams')
    .values({ id, uuid: uuidv7(), organization_id: organizationId, project_id: id, api_token: `phc_${token()}${token()}`, name })
    .execute();
  return id;
}

/** A second environment (team) inside an existing project: its own id, the project's organization. */
export async function createTeamRow(db: Db, organizationId: string, projectId: number): Promise<number> {
  const { rows } = await sql<{ id: number }>`SELECT nextval('team_ids')::int AS id`.execute(db);
  const id = rows[0]!.id;
  await db
    .insertInto('teams')
    .values({ id, uuid: uuidv7(), organization_id: organizationId, project_id: projectId, api_token: `phc_${token()}${token()}`, name: 'Staging' })
    .execute();
  return id;
}

export async function createIntegrationRow(
  db: Db,
  organizationId: string,
  options: { kind?: string; integrationId?: string | null; config?: unknown; sensitiveConfig?: unknown; createdById?: number | null } = {},
): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto('organization_integrations')
    .values({
      id,
      organization_id: organizationId,
      kind: options.kind ?? 'vercel',
      integration_id: options.integrationId === undefined ? `icfg_${token()}` : options.integrationId,
      config: JSON.stringify(options.config ?? { type: 'connectable' }),
      sensitive_config: JSON.stringify(options.sensitiveConfig ?? { credentials: { access_token: `secret_${token()}` } }),
      created_by_id: options.createdById ?? null,
    })
    .execute();
  return id;
}

export async function storedIntegration(db: Db, id: string) {
  return db.selectFrom('organization_integrations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

const INTEGRATION_SCOPES = ['organization_integration:read', 'organization_integration:write'] as const;

/** Someone with `organization_integration:` read and write keys, in no organization yet. */
export const person = (db: Db): Promise<Person> => personHolding(db, INTEGRATION_SCOPES);

/**
 * An organization with an owner, an admin, a plain member, a project and a connectable
 * integration the owner installed; and an outsider who is in none of it.
 */
export async function organizationWithIntegration(db: Db) {
  const { organizationId, owner, admin, member, outsider } = await organizationWithPeopleHolding(db, INTEGRATION_SCOPES);
  const projectId = await createProjectRow(db, organizationId);
  const integrationId = await createIntegrationRow(db, organizationId, {
    config: { type: 'connectable', account: { name: 'Acme' } },
    createdById: owner.user.id,
  });
  const base = `/api/organizations/${organizationId}/integrations/`;
  return {
    organizationId,
    owner,
    admin,
    member,
    outsider,
    projectId,
    integrationId,
    listUrl: base,
    url: `${base}${integrationId}/`,
    mappingUrl: `${base}${integrationId}/environment-mapping/`,
  };
}
