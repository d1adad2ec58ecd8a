import type { Selectable } from 'kysely';
import type { Executor, UsersTable } from '../db/types.ts';
import type { OrganizationBasic, UserBasic } from './schemas.ts';

export type UserRow = Selectable<UsersTable>;

export const USER_BASIC_COLUMNS = [
  'users.id',
  'users.uuid',
  'users.distinct_id',
  'users.first_name',
  'users.last_name',
  'users.email',
  'users.is_email_verified',
  'users.hedgehog_config',
  'users.role_at_organization',
] as const;

export function toUserBasic(row: Pick<UserRow, 'id' | 'uuid' | 'distinct_id' | 'first_name' | 'last_name' | 'email' | 'is_email_verified' | 'hedgehog_config' | 'role_at_organization'>): UserBasic {
  return {
    id: row.id,
    uuid: row.uuid,
    distinct_id: row.distinct_id,
    first_name: row.first_name,
    last_name: row.last_name,
    email: row.email,
    is_email_verified: row.is_email_verified,
    hedgehog_config: (row.hedgehog_config as Record<string, unknown> | null) ?? null,
    role_at_organization: row.role_at_organization,
  };
}

export async function insertUser(
  db: Executor,
  user: { uuid: string; email: string; firstName: string; lastName: string; distinctId: string },
): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      uuid: user.uuid,
      email: user.email,
      first_name: user.firstName,
      last_name: user.lastName,
      distinct_id: user.distinctId,
      is_email_verified: null,
      role_at_organization: null,
      hedgehog_config: null,
      last_login: null,
      current_organization_id: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function findUserById(db: Executor, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUsers(db: Executor): Promise<number> {
  const { n } = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

/** Every user, as PostHog's UserBasic, in the order they were created. */
export async function listUsers(db: Executor): Promise<UserBasic[]> {
  const rows = await db.selectFrom('users').select(USER_BASIC_COLUMNS).orderBy('users.id').execute();
  return rows.map(toUserBasic);
}

/** The user as a key's introspection names them; the user of an authenticated key exists. */
export async function requireUserIdentity(db: Executor, id: number): Promise<{ id: number; uuid: string; email: string }> {
  return db.selectFrom('users').select(['id', 'uuid', 'email']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** Locks the user's row until the transaction ends. */
export async function lockUser(trx: Executor, id: number): Promise<void> {
  await trx.selectFrom('users').select('id').where('id', '=', id).forUpdate().execute();
}

/** Switches the user's current organization and team; no team means the organization's first one. */
export async function setCurrentOrganization(db: Executor, userId: number, organizationId: string | null, teamId: number | null = null): Promise<void> {
  await db.updateTable('users').set({ current_organization_id: organizationId, current_team_id: teamId }).where('id', '=', userId).execute();
}

/** The user's organizations as PostHog's OrganizationBasic, narrowed to `organizationIds` when given. */
export async function listOrganizationBasics(db: Executor, userId: number, organizationIds: string[] | null): Promise<OrganizationBasic[]> {
  if (organizationIds?.length === 0) return [];
  const rows = await db
    .selectFrom('organization_memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['o.id', 'o.name', 'o.slug', 'o.logo_media_id', 'm.level', 'o.members_can_use_personal_api_keys', 'o.is_active', 'o.is_not_active_reason'])
    .where('m.user_id', '=', userId)
    .$if(organizationIds !== null, (qb) => qb.where('o.id', 'in', organizationIds!))
    .orderBy('o.id')
    .execute();
  return rows.map(({ level, ...organization }) => ({ ...organization, membership_level: level }));
}

export async function updateNames(db: Executor, userId: number, names: { first_name?: string; last_name?: string }): Promise<void> {
  if (Object.keys(names).length > 0) await db.updateTable('users').set(names).where('id', '=', userId).execute();
}
