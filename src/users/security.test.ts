// Who may use the caller's own user: any valid key with the user scope, through the shared matrix.
import { securityMatrix } from '../../test/support/security-matrix.ts';

securityMatrix('users', [
  { route: 'GET /api/users/@me/', success: 200 },
  { route: 'PATCH /api/users/@me/', success: 200, body: () => ({ first_name: 'Secure' }) },
]);
