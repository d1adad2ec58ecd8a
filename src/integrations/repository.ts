import { sql } from 'kysely';
import type { Executor } from '../db/types.ts';
import type { Page } from '../domain/page.ts';
import { toUserBasicAsUser, USER_BASIC_COLUMNS_AS_USER } from '../users/repository.ts';
import type { EnvironmentMapping, Integration } from './schemas.ts';

/** Integrations with their creator; `sensitive_config` is never selected. */
export function selectIntegrations(db: Executor) {
  return db
    .selectFrom('organization_integrations as i')
    .leftJoin('users', 'users.id', 'i.created_by_id')
    .select(['i.id', 'i.organization_id', 'i.kind', 'i.integration_id', 'i.config', 'i.created_at', 'i.updated_at', ...USER_BASIC_COLUMNS_AS_USER]);
}

type IntegrationRow = Awaited<ReturnType<ReturnType<typeof selectIntegrations>['executeTakeFirstOrThrow']>>;

export function toIntegration(row: IntegrationRow): Integration {
  return {
    id: row.id,
    kind: row.kind,
    integration_id: row.integration_id,
    config: row.config,
    created_at: row.created_at,
    updated_at: row.updated_at,
    created_by: toUserBasicAsUser(row),
  };
}

export async function findIntegration(db: Executor, organizationId: string, integrationId: string): Promise<Integration | undefined> {
  const row = await selectIntegrations(db).where('i.organization_id', '=', organizationId).where('i.id', '=', integrationId).executeTakeFirst();
  return row && toIntegration(row);
}

/**
 * An organization's integrations in creation order. Ids are uuidv7, ordered by millisecond
 * only, so two installed within one millisecond are told apart by their creation time first.
 */
export async function listIntegrations(db: Executor, organizationId: string, page: Page): Promise<Integration[]> {
  const rows = await selectIntegrations(db)
    .where('i.organization_id', '=', organizationId)
    .orderBy('i.created_at')
    .orderBy('i.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toIntegration);
}

export async function countIntegrations(db: Executor, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('organization_integrations')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return row.count;
}

/**
 * The integration, its row locked until the transaction ends, so writers of its `config`
 * take turns. Only the integration's row: its creator is on the nullable side of the join.
 */
export async function lockIntegration(trx: Executor, organizationId: string, integrationId: string): Promise<Integration | undefined> {
  const row = await selectIntegrations(trx).where('i.organization_id', '=', organizationId).where('i.id', '=', integrationId).forUpdate('i').executeTakeFirst();
  return row && toIntegration(row);
}

// Project ids are int4: a larger number names no project, and would fail the query.
const MAX_INT4 = 2 ** 31 - 1;

/**
 * Which of `ids` are projects of the organization. Projects and teams share one id space and
 * PostHog maps environments to teams, so a team's id counts too. The rows found are
 * share-locked until the transaction ends, so none can be deleted while a mapping to it is
 * being stored.
 */
export async function projectsOfOrganization(trx: Executor, organizationId: string, ids: number[]): Promise<Set<number>> {
  const candidates = ids.filter((id) => Number.isSafeInteger(id) && Math.abs(id) <= MAX_INT4);
  if (candidates.length === 0) return new Set();
  const projects = await trx
    .selectFrom('projects')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', 'in', candidates)
    .forKeyShare()
    .execute();
  const teams = await trx.selectFrom('teams').select('id').where('organization_id', '=', organizationId).where('id', 'in', candidates).forKeyShare().execute();
  return new Set([...projects, ...teams].map((row) => row.id));
}

/**
 * Writes only `config.environment_mapping`, never the whole `config`: a writer that changed
 * another key of it meanwhile keeps its change. `updated_at` stays: PostHog saves only the
 * `config` column here.
 */
export async function setEnvironmentMapping(trx: Executor, integrationId: string, mapping: EnvironmentMapping): Promise<void> {
  await trx
    .updateTable('organization_integrations')
    .set({
      config: sql<string>`jsonb_set(config, '{environment_mapping}', ${JSON.stringify(mapping)}::jsonb)`,
    })
    .where('id', '=', integrationId)
    .execute();
}

export async function insertIntegration(
  db: Executor,
  integration: { id: string; organizationId: string; kind: string; integrationId: string; config: unknown; createdById: number | null },
): Promise<void> {
  await db
    .insertInto('organization_integrations')
    .values({
      id: integration.id,
      organization_id: integration.organizationId,
      kind: integration.kind,
      integration_id: integration.integrationId,
      config: JSON.stringify(integration.config),
      created_by_id: integration.createdById,
    })
    .execute();
}
