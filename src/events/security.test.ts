// Who may read the event feed: admins and owners, through the shared matrix.
import { securityMatrix } from '../../test/support/security-matrix.ts';

securityMatrix('event feed', [{ route: 'GET /api/organizations/:organization_id/events/', success: 200 }]);
