import type { Caller, OperatorCaller } from '../access/caller.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { auditChange } from '../audit/repository.ts';
import { isUuid, uuidv7 } from '../db/ids.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import { assertPrecondition, type Precondition } from '../domain/precondition.ts';
import { NotFound, ValidationError } from '../domain/errors.ts';
import { REFUSAL, refuse } from '../domain/refusals.ts';
import type { Page } from '../domain/page.ts';
import { findOrganizationRow } from '../organizations/repository.ts';
import {
  countIntegrations,
  findIntegration,
  insertIntegration,
  listIntegrations,
  lockIntegration,
  projectsOfOrganization,
  setEnvironmentMapping,
} from './repository.ts';
import { CONNECTABLE, ENVIRONMENTS, INTEGRATION_KINDS, type EnvironmentMapping, type EnvironmentMappingUpdate, type Integration } from './schemas.ts';

export interface NewIntegration {
  organizationId: string;
  kind: string;
  integrationId: string;
  config: unknown;
  createdById: number | null;
}

function isConnectable(integration: Integration): boolean {
  const config = integration.config as { type?: unknown } | null;
  return typeof config === 'object' && config !== null && config.type === CONNECTABLE;
}

/** The mapping PostHog stores: always all three environments, the missing ones on production. */
function mappingOf(input: EnvironmentMappingUpdate): EnvironmentMapping {
  return {
    production: input.production,
    preview: input.preview ?? input.production,
    development: input.development ?? input.production,
  };
}

function integrationChange(verb: string, organizationId: string, before: Integration | undefined, after: Integration | undefined) {
  const snapshot = (integration: Integration | undefined) =>
    integration && {
      id: integration.id,
      kind: integration.kind,
      integration_id: integration.integration_id,
      config: integration.config,
      updated_at: integration.updated_at,
    };
  const targetId = (after ?? before)!.id;
  return auditChange('integration', verb, organizationId, targetId, snapshot(before), snapshot(after));
}

/**
 * Organization-level integrations. Reading is for any member; who may change the environment
 * mapping is declared on the route, which resolves the caller's access before the body is read.
 */
export function createIntegrationService({ writes }: { writes: Writes }) {
  const { db } = writes;
  async function get(access: OrganizationAccess, integrationId: string): Promise<Integration> {
    const integration = await findIntegration(db, access.organizationId, integrationId);
    if (!integration) throw new NotFound();
    return integration;
  }

  return {
    /**
     * Records an installed integration. The HTTP API cannot create integrations (as in
     * PostHog); installation flows and `orgbase integrations add` call this. One integration
     * per (organization, kind, integration_id) is the database's `organization_integrations_unique`.
     */
    async install(caller: Caller | OperatorCaller | null, input: NewIntegration): Promise<Integration> {
      if (!isUuid(input.organizationId)) throw refuse.organizationNotFound();
      if (!(INTEGRATION_KINDS as readonly string[]).includes(input.kind)) {
        throw new ValidationError(`"${input.kind}" is not a valid choice.`, { attr: 'kind', code: 'invalid_choice' });
      }
      if (input.integrationId.trim() === '') {
        throw refuse.blank('integration_id');
      }
      if (input.config === null || typeof input.config !== 'object' || Array.isArray(input.config)) {
        throw new ValidationError(REFUSAL.notADictionary, { attr: 'config' });
      }
      const organizationId = input.organizationId.toLowerCase();
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const organization = await findOrganizationRow(trx, organizationId);
        if (!organization) throw refuse.organizationNotFound();
        const id = uuidv7();
        await insertIntegration(trx, { ...input, id, organizationId, integrationId: input.integrationId.trim() });
        const integration = (await findIntegration(trx, organizationId, id))!;
        unit.audited(integrationChange('created', organizationId, undefined, integration));
        return integration;
      });
    },

    async list(access: OrganizationAccess, page: Page): Promise<{ integrations: Integration[]; count: number }> {
      const integrations = await listIntegrations(db, access.organizationId, page);
      return { integrations, count: await countIntegrations(db, access.organizationId) };
    },

    get,

    /**
     * PostHog answers an unknown integration (404) and a non-connectable one (400) before it
     * looks at the body; the route calls this first for the same answers. The write checks
     * both again under its lock.
     */
    async assertMappable(access: OrganizationAccess, integrationId: string): Promise<void> {
      const integration = await get(access, integrationId);
      if (!isConnectable(integration)) throw new ValidationError(REFUSAL.integrationNotConnectable);
    },

    /**
     * Stores `config.environment_mapping`, leaving `updated_at` as PostHog does. The
     * integration's row stays locked from the read to the write, so concurrent mappings apply
     * one after the other, and only that key of `config` is written, so no other writer's
     * change to `config` is lost.
     */
    async mapEnvironments(
      caller: Caller,
      access: OrganizationAccess,
      integrationId: string,
      input: EnvironmentMappingUpdate,
      precondition?: Precondition,
    ): Promise<Integration> {
      const mapping = mappingOf(input);
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await lockIntegration(trx, access.organizationId, integrationId);
        if (!before) throw new NotFound();
        assertPrecondition(precondition, before);
        if (!isConnectable(before)) throw new ValidationError(REFUSAL.integrationNotConnectable);
        const projects = await projectsOfOrganization(trx, access.organizationId, Object.values(mapping));
        // Checked in a fixed order, so the error names the first bad field (PostHog's order
        // depends on set iteration).
        for (const environment of ENVIRONMENTS) {
          if (!projects.has(mapping[environment])) {
            throw new ValidationError(`Project ${mapping[environment]} does not belong to this organization.`, { attr: environment });
          }
        }
        await setEnvironmentMapping(trx, integrationId, mapping);
        const after = (await findIntegration(trx, access.organizationId, integrationId))!;
        unit.audited(integrationChange('updated', access.organizationId, before, after));
        return after;
      });
    },
  };
}

export type IntegrationService = ReturnType<typeof createIntegrationService>;
