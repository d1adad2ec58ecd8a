import { isUuid, uuidv7 } from '../db/ids.ts';
import type { Db } from '../db/types.ts';
import { NotFound, ValidationError } from '../http/errors.ts';
import { findIntegration, insertIntegration } from './repository.ts';
import { INTEGRATION_KINDS, type Integration } from './schemas.ts';

export interface NewIntegration {
  organizationId: string;
  kind: string;
  integrationId: string;
  config: unknown;
  createdById: number | null;
}

export function createIntegrationService({ db }: { db: Db }) {
  return {
    /**
     * Records an installed integration. The HTTP API cannot create integrations (as in
     * PostHog); installation flows and `orgbase integrations add` call this.
     */
    async install(input: NewIntegration): Promise<Integration> {
      if (!isUuid(input.organizationId)) throw new NotFound('Organization not found.');
      if (!(INTEGRATION_KINDS as readonly string[]).includes(input.kind)) {
        throw new ValidationError(`"${input.kind}" is not a valid choice.`, { attr: 'kind', code: 'invalid_choice' });
      }
      if (input.integrationId.trim() === '') {
        throw new ValidationError('This field may not be blank.', { attr: 'integration_id', code: 'blank' });
      }
      if (input.config === null || typeof input.config !== 'object' || Array.isArray(input.config)) {
        throw new ValidationError('Expected a dictionary of items.', { attr: 'config' });
      }
      const organizationId = input.organizationId.toLowerCase();
      return db.transaction().execute(async (trx) => {
        const organization = await trx.selectFrom('organizations').select('id').where('id', '=', organizationId).executeTakeFirst();
        if (!organization) throw new NotFound('Organization not found.');
        const id = uuidv7();
        await insertIntegration(trx, { ...input, id, organizationId, integrationId: input.integrationId.trim() });
        return (await findIntegration(trx, organizationId, id))!;
      });
    },
  };
}

export type IntegrationService = ReturnType<typeof createIntegrationService>;
