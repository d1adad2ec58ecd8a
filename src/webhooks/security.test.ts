// Who may use the webhook routes: the shared matrix (admins and owners, webhook:read|write).
import { securityMatrix } from '../../test/support/security-matrix.ts';
import { insertWebhook } from '../../test/support/world.ts';
import { appendEvent } from '../events/repository.ts';

const actor = { user_uuid: null, key_id: null, via: 'cli' as const };

securityMatrix('webhooks', [
  { route: 'GET /api/organizations/:organization_id/webhooks/', success: 200 },
  { route: 'POST /api/organizations/:organization_id/webhooks/', success: 201, body: () => ({ url: 'https://hooks.example.com/orgbase' }) },
  { route: 'GET /api/organizations/:organization_id/webhooks/:id/', success: 200 },
  { route: 'PATCH /api/organizations/:organization_id/webhooks/:id/', success: 200, body: () => ({ description: 'changed' }) },
  {
    route: 'DELETE /api/organizations/:organization_id/webhooks/:id/',
    success: 204,
    setup: async ({ db, tenant }) => ({ webhookId: (await insertWebhook(db, tenant.organizationId)).webhookId }),
  },
  { route: 'POST /api/organizations/:organization_id/webhooks/:id/rotate_secret/', success: 200 },
  { route: 'GET /api/organizations/:organization_id/webhooks/:id/deliveries/', success: 200 },
  {
    route: 'POST /api/organizations/:organization_id/webhooks/:id/deliveries/:delivery_id/retry/',
    success: 200,
    setup: async ({ db, tenant }) => {
      const event = await appendEvent(db, { organizationId: tenant.organizationId, type: 'role.created', actor, data: {} });
      return insertWebhook(db, tenant.organizationId, event.id);
    },
  },
]);
