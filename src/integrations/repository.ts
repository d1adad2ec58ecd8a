import type { Executor } from '../db/types.ts';
import { toUserBasic } from '../users/repository.ts';
import type { Integration } from './schemas.ts';

/** Integrations with their creator; `sensitive_config` is never selected. */
export function selectIntegrations(db: Executor) {
  return db
    .selectFrom('organization_integrations as i')
    .leftJoin('users', 'users.id', 'i.created_by_id')
    .select([
      'i.id',
      'i.organization_id',
      'i.kind',
      'i.integration_id',
      'i.config',
      'i.created_at',
      'i.updated_at',
      'users.id as user_id',
      'users.uuid as user_uuid',
      'users.distinct_id as user_distinct_id',
      'users.first_name as user_first_name',
      'users.last_name as user_last_name',
      'users.email as user_email',
      'users.is_email_verified as user_is_email_verified',
      'users.hedgehog_config as user_hedgehog_config',
      'users.role_at_organization as user_role_at_organization',
    ]);
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
    created_by:
      row.user_id === null
        ? null
        : toUserBasic({
            id: row.user_id,
            uuid: row.user_uuid!,
            distinct_id: row.user_distinct_id,
            first_name: row.user_first_name!,
            last_name: row.user_last_name!,
            email: row.user_email!,
            is_email_verified: row.user_is_email_verified,
            hedgehog_config: row.user_hedgehog_config,
            role_at_organization: row.user_role_at_organization,
          }),
  };
}

export async function findIntegration(db: Executor, organizationId: string, integrationId: string): Promise<Integration | undefined> {
  const row = await selectIntegrations(db).where('i.organization_id', '=', organizationId).where('i.id', '=', integrationId).executeTakeFirst();
  return row && toIntegration(row);
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
