// Who may use the member routes, through the shared matrix. The rules that depend on the
// target member (levels, owners, leaving) are the feature's, in members.test.ts.
import { Level } from '../access/levels.ts';
import { addMember, createUser } from '../../test/support/fixtures.ts';
import { securityMatrix, type SecurityRoute } from '../../test/support/security-matrix.ts';

/** A plain member of their own for each case, as a change or a removal consumes them. */
const freshMember: SecurityRoute['setup'] = async ({ db, tenant }) => {
  const user = await createUser(db);
  await addMember(db, tenant.organizationId, user.id, Level.Member);
  return { memberUuid: user.uuid };
};

securityMatrix('members', [
  { route: 'GET /api/organizations/:organization_id/members/', success: 200 },
  { route: 'GET /api/organizations/:organization_id/members/:user_uuid/', success: 200 },
  { route: 'GET /api/organizations/:organization_id/members/:user_uuid/scoped_api_keys/', success: 200 },
  { route: 'PATCH /api/organizations/:organization_id/members/:user_uuid/', success: 200, setup: freshMember, body: () => ({ level: Level.Admin }) },
  { route: 'PUT /api/organizations/:organization_id/members/:user_uuid/', success: 200, setup: freshMember, body: () => ({ level: Level.Admin }) },
  { route: 'DELETE /api/organizations/:organization_id/members/:user_uuid/', success: 204, setup: freshMember },
]);
