// Who may use the key routes: any valid key with the key scope, on the caller's own keys only.
import { seedKey } from '../../test/support/fixtures.ts';
import { securityMatrix, type SecurityRoute } from '../../test/support/security-matrix.ts';

/** A `*` key of the caller's own for each case, as a deletion or a roll consumes it. */
const freshKey: SecurityRoute['setup'] = async ({ db, caller }) => ({ keyId: (await seedKey(db, caller.id, ['*'])).id });

securityMatrix('personal API keys', [
  { route: 'GET /api/personal_api_keys/', success: 200 },
  { route: 'POST /api/personal_api_keys/', success: 201, body: () => ({ label: 'made by the matrix', scopes: ['organization:read'] }) },
  { route: 'GET /api/personal_api_keys/@current/', success: 200 },
  { route: 'GET /api/personal_api_keys/:id/', success: 200 },
  { route: 'PATCH /api/personal_api_keys/:id/', success: 200, body: () => ({ label: 'relabelled' }) },
  { route: 'DELETE /api/personal_api_keys/:id/', success: 204, setup: freshKey },
  { route: 'POST /api/personal_api_keys/:id/roll/', success: 200, setup: freshKey },
]);
