// The organization list of a caller: which memberships it shows, in which order, and its page
// read as one packed text value (db/packed-rows.ts); the representations come from the cache.
import { sql, type CompiledQuery } from 'kysely';
import { containsPattern } from '../db/like.ts';
import { packFields, packRows, unpackRows } from '../db/packed-rows.ts';
import { StatementShapes } from '../db/statement-shapes.ts';
import type { Executor } from '../db/types.ts';
import type { Page } from '../domain/page.ts';
import type { OrganizationListQuery } from './schemas.ts';

// Names sort as people read them, ignoring case (the databases' default collation is bytewise).
function orderExpression(ordering: NonNullable<OrganizationListQuery['ordering']>, alias: string) {
  const column = ordering.replace('-', '');
  return column === 'name' ? sql`lower(${sql.ref(`${alias}.name`)})` : sql.ref(`${alias}.created_at`);
}

/** Narrows memberships to a key's organizations: one array parameter, one text for any number. */
const withinIds = (column: string, onlyIds: string[]) => sql<boolean>`${sql.ref(column)} = ANY(${onlyIds}::uuid[])`;

/**
 * The caller's memberships that the list shows: narrowed by the key's scope and the search's
 * ILIKE `pattern` (containsPattern of the search).
 */
function listedMemberships(db: Executor, userId: number, onlyIds: string[] | undefined, pattern: string | undefined) {
  return db
    .selectFrom('organization_memberships as lm')
    .innerJoin('organizations as lo', 'lo.id', 'lm.organization_id')
    .where('lm.user_id', '=', userId)
    .$if(onlyIds !== undefined, (qb) => qb.where(withinIds('lo.id', onlyIds!)))
    .$if(pattern !== undefined, (qb) => qb.where('lo.name', 'ilike', pattern!));
}

export interface PageOptions {
  onlyIds: string[] | null;
  query: OrganizationListQuery;
  page: Page;
}

/** A page statement's values; `onlyIds` and `pattern` only in the shapes that take them. */
interface PageValues {
  userId: number;
  onlyIds?: string[];
  pattern?: string;
  limit: number;
  offset: number;
}

/**
 * The page as one packed text value (db/packed-rows.ts), `organizations`: per organization, in
 * the page's order, its id and the caller's level. `total` counts the caller's listed
 * organizations.
 */
function organizationPage(db: Executor, ordering: OrganizationListQuery['ordering'], values: PageValues) {
  const { userId, onlyIds, pattern } = values;
  if (!ordering && pattern === undefined) {
    // Creation order is id order (uuidv7), and every membership's organization exists (a
    // foreign key): the page and its total are read from the memberships' (user_id,
    // organization_id) index alone, without joining 1,000 organizations to count them.
    const mine = () =>
      db
        .selectFrom('organization_memberships as lm')
        .where('lm.user_id', '=', userId)
        .$if(onlyIds !== undefined, (qb) => qb.where(withinIds('lm.organization_id', onlyIds!)));
    const rows = mine()
      .select(['lm.organization_id', packFields(sql`lm.organization_id`, sql`lm.level`).as('entry')])
      .orderBy('lm.organization_id')
      .limit(values.limit)
      .offset(values.offset);
    return db.selectFrom(rows.as('page')).select([
      packRows(sql`page.entry`, sql`page.organization_id`).as('organizations'),
      // Counted apart from the page, so a page past the end has its total too.
      mine()
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .as('total'),
    ]);
  }
  const direction = ordering?.startsWith('-') ? sql`DESC` : sql`ASC`;
  const order = ordering ? sql`${orderExpression(ordering, 'lo')} ${direction}, lo.id` : sql`lo.id`;
  const rows = listedMemberships(db, userId, onlyIds, pattern)
    .select([
      packFields(sql`lo.id`, sql`lm.level`).as('entry'),
      sql<number>`row_number() OVER (ORDER BY ${order})`.as('position'),
      sql<string>`count(*) OVER ()`.as('total'),
    ])
    .orderBy(order)
    .limit(values.limit)
    .offset(values.offset);
  // A page past the end has no row to bring the total: listOrganizationPage asks for it apart.
  return db
    .selectFrom(rows.as('page'))
    .select([packRows(sql`page.entry`, sql`page.position`).as('organizations'), sql<string | null>`max(page.total)`.as('total')]);
}

function pageValues(userId: number, { onlyIds, query, page }: PageOptions): PageValues {
  const values: PageValues = { userId, limit: page.limit, offset: page.offset };
  if (onlyIds !== null) values.onlyIds = onlyIds;
  if (query.search) values.pattern = containsPattern(query.search);
  return values;
}

/** The page's organization ids in order, with the caller's level in each and the total. Exported for bench/hot-queries.ts. */
export function selectOrganizationPage(db: Executor, userId: number, options: PageOptions) {
  return organizationPage(db, options.query.ordering, pageValues(userId, options));
}

type PageRow = { organizations: string | null; total: string | null };
const organizationPages = new StatementShapes<PageValues, PageRow>('the organization page');

/** The page's statement, built once per shape (ordering, search or not, scoped or not), then only given its values. */
function compiledOrganizationPage(db: Executor, userId: number, options: PageOptions): CompiledQuery<PageRow> {
  const values = pageValues(userId, options);
  const ordering = options.query.ordering;
  const shape = `${ordering ?? ''}|${values.pattern === undefined ? '' : 's'}|${values.onlyIds === undefined ? '' : 'k'}`;
  return organizationPages.statement(shape, values, (standIns) => organizationPage(db, ordering, standIns).compile());
}

function parsePage(text: string | null): { id: string; level: number }[] {
  return unpackRows(text).map(([id, level]) => ({ id: id!, level: Number(level) }));
}

/**
 * One round trip for the page: ids, levels and the total, without the representations, which
 * come from the cache.
 */
export async function listOrganizationPage(db: Executor, userId: number, options: PageOptions) {
  const result = await db.executeQuery(compiledOrganizationPage(db, userId, options));
  const page = result.rows[0];
  // Only a searched or ordered page past the end needs its total asked apart.
  const count =
    page?.total ??
    (
      await listedMemberships(db, userId, options.onlyIds ?? undefined, options.query.search ? containsPattern(options.query.search) : undefined)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  return { rows: parsePage(page?.organizations ?? null), count: Number(count) };
}
