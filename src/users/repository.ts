import type { Selectable } from 'kysely';
import type { Executor, UsersTable } from '../db/types.ts';
import type { OrganizationBasic, UserBasic } from './schemas.ts';

export type UserRow = Selectable<UsersTable>;

/** The user fields every embedded user (UserBasic) shows, declared once for every query that reads them. */
const USER_BASIC_FIELDS = [
  'id',
  'uuid',
  'distinct_id',
  'first_name',
  'last_name',
  'email',
  'is_email_verified',
  'hedgehog_config',
  'role_at_organization',
] as const;
type UserBasicField = (typeof USER_BASIC_FIELDS)[number];
type UserBasicRow = Pick<UserRow, UserBasicField>;

export const USER_BASIC_COLUMNS = USER_BASIC_FIELDS.map((field) => `users.${field}` as `users.${typeof field}`);

/** The same columns as `user_<field>`, for queries joining users beside a table with its own `id`. */
type AsUser = { [F in UserBasicField]: `users.${F} as user_${F}` }[UserBasicField];
export const USER_BASIC_COLUMNS_AS_USER = USER_BASIC_FIELDS.map((field) => `users.${field} as user_${field}` as AsUser);

export function toUserBasic(row: UserBasicRow): UserBasic {
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

/** The user read through USER_BASIC_COLUMNS_AS_USER, or null when the join found none. */
export function toUserBasicAsUser(row: { [F in UserBasicField as `user_${F}`]: UserBasicRow[F] | null }): UserBasic | null {
  if (row.user_id === null) return null;
  const fields = Object.fromEntries(USER_BASIC_FIELDS.map((field) => [field, row[`user_${field}`]]));
  return toUserBasic(fields as UserBasicRow);
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
  const { n } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
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

/** An email address a verified domain's identity provider vouches for (SCIM). */
export async function setVerifiedEmail(db: Executor, userId: number, email: string): Promise<void> {
  await db.updateTable('users').set({ email, is_email_verified: true }).where('id', '=', userId).execute();
}
