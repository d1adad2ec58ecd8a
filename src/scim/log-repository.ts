import { sql } from 'kysely';
import { uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { ScimLogEntry, ScimLogQuery } from '../domains/schemas.ts';
import { maskString } from './redact.ts';

export interface ScimLogRow {
  domainId: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  requestBody: unknown;
  status: number;
  responseBody: unknown;
  identityProvider: string;
  durationMs: number;
}

export async function insertScimLog(db: Executor, row: ScimLogRow): Promise<void> {
  await db
    .insertInto('scim_request_logs')
    .values({
      id: uuidv7(),
      domain_id: row.domainId,
      request_method: row.method,
      request_path: row.path,
      request_headers: JSON.stringify(row.headers),
      request_body: row.requestBody === undefined ? null : JSON.stringify(row.requestBody),
      response_status: row.status,
      response_body: row.responseBody === undefined ? null : JSON.stringify(row.responseBody),
      identity_provider: row.identityProvider,
      duration_ms: row.durationMs,
    })
    .execute();
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

function filtered(db: Executor, domainId: string, query: ScimLogQuery) {
  let select = db.selectFrom('scim_request_logs').where('domain_id', '=', domainId);
  if (query.status_min !== undefined) select = select.where('response_status', '>=', query.status_min);
  if (query.status_max !== undefined) select = select.where('response_status', '<=', query.status_max);
  if (query.after) select = select.where('created_at', '>=', query.after);
  if (query.before) select = select.where('created_at', '<=', query.before);
  if (query.search) {
    // Bodies are stored masked, so the masked form of the term finds them too (as PostHog).
    const terms = [...new Set([query.search, maskString(query.search)])].map((term) => `%${escapeLike(term.toLowerCase())}%`);
    select = select.where((eb) =>
      eb.or(terms.flatMap((term) => [eb(sql`lower(request_path)`, 'like', term), eb(sql`lower(coalesce(request_body::text, ''))`, 'like', term)])),
    );
  }
  return select;
}

export async function listScimLogs(db: Executor, domainId: string, query: ScimLogQuery, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    filtered(db, domainId, query).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    filtered(db, domainId, query).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const entries: ScimLogEntry[] = rows.map((row) => ({
    id: row.id,
    request_method: row.request_method,
    request_path: row.request_path,
    request_headers: row.request_headers as Record<string, string>,
    request_body: row.request_body ?? null,
    response_status: row.response_status,
    response_body: row.response_body ?? null,
    identity_provider: row.identity_provider,
    duration_ms: row.duration_ms,
    created_at: row.created_at,
  }));
  return { entries, count: Number(total.count) };
}

/** Logs older than PostHog's 180 days are dropped as new ones arrive. */
export async function pruneScimLogs(db: Executor, domainId: string): Promise<void> {
  await db.deleteFrom('scim_request_logs').where('domain_id', '=', domainId).where('created_at', '<', sql<string>`now() - interval '180 days'`).execute();
}
