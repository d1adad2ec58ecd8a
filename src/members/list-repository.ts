// The member list: which memberships it shows, in which order, and its page read as one packed
// text value (db/packed-rows.ts); the users' fields come apart, by id, from a cache.
import { CompiledQuery, sql } from 'kysely';
import { containsPattern } from '../db/like.ts';
import { packFields, packRows, unpackRows } from '../db/packed-rows.ts';
import { StatementShapes } from '../db/statement-shapes.ts';
import { parseTimestamptz } from '../db/type-parsers.ts';
import type { Executor } from '../db/types.ts';
import type { Page } from '../domain/page.ts';
import { USER_BASIC_COLUMNS } from '../users/repository.ts';
import type { MembershipFields, MemberUserFields } from './repository.ts';
import type { MemberListQuery } from './schemas.ts';

/** A page row: the membership's fields (all in the list's index), its user and the version of the user's row. */
export interface MemberPageRow extends MembershipFields {
  user_id: number;
  user_version: string;
}

/**
 * The user's row version: `xmin`, the transaction that wrote this version of the row, which
 * every UPDATE changes (see user-bytes-cache.ts).
 */
const USER_VERSION = sql<string>`users.xmin`;

const LISTED_USER_COLUMNS = [...USER_BASIC_COLUMNS, 'users.is_2fa_enabled', 'users.has_social_auth', 'users.last_login'] as const;

/** Listed users by id, each with the version of its row. */
export async function findListedUsers(db: Executor, userIds: number[]): Promise<(MemberUserFields & { version: string })[]> {
  return db
    .selectFrom('users')
    .select([...LISTED_USER_COLUMNS, USER_VERSION.as('version')])
    .where(sql<boolean>`users.id = ANY(${userIds}::integer[])`)
    .execute();
}

const ORDER_EXPRESSIONS = { joined_at: sql`m.joined_at`, email: sql`lower(users.email)`, level: sql`m.level` } as const;

/**
 * The memberships a member list shows: active users, the email or name matching `pattern`
 * (an ILIKE pattern, containsPattern of the search) when there is one.
 */
function listedMemberships(db: Executor, organizationId: string, pattern: string | undefined, email?: string) {
  return db
    .selectFrom('organization_memberships as m')
    .innerJoin('users', 'users.id', 'm.user_id')
    .where('m.organization_id', '=', organizationId)
    .where('users.is_active', '=', true)
    .$if(pattern !== undefined, (qb) =>
      qb.where((eb) => eb.or([eb('users.email', 'ilike', pattern!), eb(sql`users.first_name || ' ' || users.last_name`, 'ilike', pattern!)])),
    )
    .$if(email !== undefined, (qb) => qb.where(sql`lower(users.email)`, '=', sql`lower(${email!})`));
}

const searchPattern = (search: string | undefined) => (search ? containsPattern(search) : undefined);

/** The list's order: `ordering`, else PostHog's `order`, else newest first. */
export const orderingOf = (query: MemberListQuery) => query.ordering ?? query.order ?? '-joined_at';

/**
 * A page of the member list as one packed text value (db/packed-rows.ts): per member, in the
 * page's order, its id, level, joined_at, updated_at, user id and user row version. Exported for
 * bench/hot-queries.ts.
 */
export function selectMemberPage(db: Executor, organizationId: string, query: MemberListQuery, page: Page) {
  return memberPage(db, organizationId, orderingOf(query), searchPattern(query.search), page, query.email);
}

function memberPage(
  db: Executor,
  organizationId: string,
  ordering: NonNullable<MemberListQuery['ordering']>,
  pattern: string | undefined,
  page: Page,
  email?: string,
) {
  const direction = ordering.startsWith('-') ? 'desc' : 'asc';
  const expression = ORDER_EXPRESSIONS[ordering.replace('-', '') as keyof typeof ORDER_EXPRESSIONS];
  const rows = listedMemberships(db, organizationId, pattern, email)
    .select([
      packFields(sql`m.id`, sql`m.level`, sql`m.joined_at`, sql`m.updated_at`, sql`m.user_id`, USER_VERSION).as('member'),
      // The aggregate keeps this order; the window follows the scan's order, so it stops with the limit.
      sql<number>`row_number() OVER (ORDER BY ${expression} ${sql.raw(direction)}, m.id ${sql.raw(direction)})`.as('position'),
    ])
    .orderBy(expression, direction)
    .orderBy('m.id', direction)
    .limit(page.limit)
    .offset(page.offset);
  return db.selectFrom(rows.as('page')).select(packRows(sql`page.member`, sql`page.position`).as('members'));
}

function parsePage(text: string | null): MemberPageRow[] {
  return unpackRows(text).map((fields) => {
    const [membershipId, level, joinedAt, updatedAt, userId, userVersion] = fields as [string, string, string, string, string, string];
    return {
      membership_id: membershipId,
      level: Number(level),
      joined_at: parseTimestamptz(joinedAt),
      updated_at: parseTimestamptz(updatedAt),
      user_id: Number(userId),
      user_version: userVersion,
    };
  });
}

export async function countListedMembers(db: Executor, organizationId: string, search: string | undefined, email?: string): Promise<number> {
  const row = await listedMemberships(db, organizationId, searchPattern(search), email)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

type PageValues = { organizationId: string; pattern?: string; email?: string; limit: number; offset: number };
const memberPages = new StatementShapes<PageValues, { members: string | null }>('the member page');

/**
 * The page's statement, built and compiled once per ordering and search-or-not, then only given
 * its values: building the query tree and compiling it on every request cost a tenth of the
 * list's server CPU.
 */
function compiledMemberPage(db: Executor, organizationId: string, query: MemberListQuery, page: Page): CompiledQuery<{ members: string | null }> {
  const ordering = orderingOf(query);
  const values: PageValues = { organizationId, limit: page.limit, offset: page.offset };
  const pattern = searchPattern(query.search);
  if (pattern !== undefined) values.pattern = pattern;
  if (query.email !== undefined) values.email = query.email;
  return memberPages.statement(`${ordering}|${pattern === undefined ? '' : 's'}|${query.email === undefined ? '' : 'e'}`, values, (standIns) =>
    memberPage(db, standIns.organizationId, ordering, standIns.pattern, standIns, standIns.email).compile(),
  );
}

/**
 * An organization's members, as PostHog lists them: active users only, newest first unless
 * `ordering` says otherwise. The page reads only its rows (an index on joined_at); the total
 * is counted apart, unless `knownCount` (the organization's cached count) answers it.
 */
export async function listMembers(
  db: Executor,
  organizationId: string,
  query: MemberListQuery,
  page: Page,
  knownCount?: () => Promise<number>,
): Promise<{ rows: MemberPageRow[]; count: number }> {
  const [result, count] = await Promise.all([
    db.executeQuery(compiledMemberPage(db, organizationId, query, page)),
    knownCount && !query.search && query.email === undefined ? knownCount() : countListedMembers(db, organizationId, query.search, query.email),
  ]);
  return { rows: parsePage(result.rows[0]?.members ?? null), count };
}
