// Who may read the audit trail: admins and owners, through the shared matrix.
import { securityMatrix } from '../../test/support/security-matrix.ts';

securityMatrix('audit log', [{ route: 'GET /api/organizations/:organization_id/audit_log/', success: 200 }]);
