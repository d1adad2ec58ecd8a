// Test fixtures for roles and role memberships, written straight to the tables so tests can
// arrange state without going through the endpoints under test.
import { randomBytes } from 'node:crypto';
import { Level } from '../../src/access/levels.ts';
import { uuidv7 } from '../../src/db/ids.ts';
import type { Db } from '../../src/db/types.ts';
import { addMember, createKey, createOrganizationRow, createUser } from './fixtures.ts';

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

type User = Awaited<ReturnType<typeof createUser>>;

export interface Person {
  user: User;
  /** Keys with `organization:read` and with `organization:write`. */
  readKey: string;
  writeKey: string;
}

async function person(db: Db): Promise<Person> {
  const user = await createUser(db);
  return { user, readKey: await createKey(db, user.id, ['organization:read']), writeKey: await createKey(db, user.id, ['organization:write']) };
}

/** An organization with an owner, an admin and a plain member, and someone outside it. */
export async function organizationWithPeople(db: Db) {
  const owner = await person(db);
  const organizationId = await createOrganizationRow(db, owner.user.id, `Org ${randomBytes(3).toString('hex')}`);
  const admin = await person(db);
  const member = await person(db);
  await addMember(db, organizationId, admin.user.id, Level.Admin);
  await addMember(db, organizationId, member.user.id, Level.Member);
  const outsider = await person(db);
  return { organizationId, owner, admin, member, outsider };
}

export async function roleMembershipsOf(db: Db, roleId: string) {
  return db.selectFrom('role_memberships').selectAll().where('role_id', '=', roleId).orderBy('joined_at').orderBy('id').execute();
}
