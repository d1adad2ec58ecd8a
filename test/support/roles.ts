// Test fixtures for roles and role memberships, written straight to the tables so tests can
// arrange state without going through the endpoints under test.
import { randomBytes } from 'node:crypto';
import { uuidv7 } from '../../src/db/ids.ts';
import type { Db } from '../../src/db/types.ts';
import { organizationWithPeopleHolding } from './world.ts';

export async function createRoleRow(db: Db, organizationId: string, name = `Role ${randomBytes(4).toString('hex')}`): Promise<string> {
  const id = uuidv7();
  await db.insertInto('roles').values({ id, organization_id: organizationId, name, created_by_id: null }).execute();
  return id;
}

export async function addRoleMembershipRow(db: Db, roleId: string, userId: number): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto('role_memberships')
    .values((eb) => ({
      id,
      role_id: roleId,
      user_id: userId,
      organization_member_id: eb
        .selectFrom('organization_memberships as m')
        .innerJoin('roles as r', 'r.organization_id', 'm.organization_id')
        .select('m.id')
        .where('r.id', '=', roleId)
        .where('m.user_id', '=', userId),
    }))
    .execute();
  return id;
}

/** The people of a roles test: an owner, an admin, a member and an outsider, with `organization:` read and write keys. */
export const organizationWithPeople = (db: Db) => organizationWithPeopleHolding(db, ['organization:read', 'organization:write']);

export async function roleMembershipsOf(db: Db, roleId: string) {
  return db.selectFrom('role_memberships').selectAll().where('role_id', '=', roleId).orderBy('joined_at').orderBy('id').execute();
}
