// Rows packed into one text value: each row's fields joined by ",", rows by ";". A page of 100
// rows then costs the driver one value instead of 100 rows of typed columns. Only for fields
// that cannot contain either separator (uuids, integers, timestamps, xids).
import { sql, type RawBuilder } from 'kysely';

const FIELD = ',';
const ROW = ';';

/** One row's fields as one text: `a::text || ',' || b::text ...`. */
export function packFields(...fields: RawBuilder<unknown>[]): RawBuilder<string> {
  return sql<string>`${sql.join(
    fields.map((field) => sql`${field}::text`),
    sql` || ${sql.lit(FIELD)} || `,
  )}`;
}

/** The packed rows of `entry` as one text, in `order`: `string_agg(entry, ';' ORDER BY order)`. */
export function packRows(entry: RawBuilder<unknown>, order: RawBuilder<unknown>): RawBuilder<string | null> {
  return sql<string | null>`string_agg(${entry}, ${sql.lit(ROW)} ORDER BY ${order})`;
}

/** The rows packRows made, each as its fields' texts; none for null (no rows). */
export function unpackRows(text: string | null): string[][] {
  return text === null ? [] : text.split(ROW).map((row) => row.split(FIELD));
}
