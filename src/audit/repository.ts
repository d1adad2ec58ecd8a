import type { Caller } from '../access/caller.ts';
import { uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { Page } from '../domain/page.ts';
import type { AuditLogEntry, AuditLogQuery } from './schemas.ts';

export interface AuditedChange {
  organizationId: string | null;
  /** `<target type>.<verb>`, e.g. `organization.updated`. */
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * The one way a change is described: `<targetType>.<verb>` is its action. `before` is absent
 * for a creation and `after` for a deletion; both are the target as the API shows it.
 */
export function auditChange(targetType: string, verb: string, organizationId: string | null, targetId: string, before?: unknown, after?: unknown): AuditedChange {
  return { organizationId, action: `${targetType}.${verb}`, targetType, targetId, before, after };
}

// A full key: `phx_` and its base62 body (a mask is `phx_...abcd`, which this leaves alone).
const KEY_VALUE = /phx_[0-9A-Za-z]{16,}/g;

/**
 * A snapshot as stored: a key value is never at rest, so one that reaches a snapshot by
 * mistake (a `value` field, a key pasted into a label) is redacted, not kept.
 */
function snapshot(state: unknown): string | null {
  if (state === undefined) return null;
  return JSON.stringify(state, (_field, value: unknown) => (typeof value === 'string' ? value.replace(KEY_VALUE, 'phx_[redacted]') : value));
}

/**
 * Records a change. Call it with the transaction that makes the change, so the change and
 * its record commit or roll back together. `caller` is null for operator (CLI) changes.
 */
export async function recordAudit(trx: Executor, caller: Caller | null, change: AuditedChange): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values((eb) => ({
      id: uuidv7(),
      organization_id: change.organizationId,
      actor_user_id: caller?.user.id ?? null,
      actor_user_uuid: caller?.user.uuid ?? null,
      actor_email: caller ? eb.selectFrom('users').select('email').where('id', '=', caller.user.id) : null,
      actor_key_id: caller?.key.id ?? null,
      action: change.action,
      target_type: change.targetType,
      target_id: change.targetId,
      before: snapshot(change.before),
      after: snapshot(change.after),
      request_id: caller?.requestId ?? null,
    }))
    .execute();
}

function filtered(db: Executor, organizationId: string, query: AuditLogQuery) {
  let select = db.selectFrom('audit_log').where('organization_id', '=', organizationId);
  const actions = query.action?.split(',').map((action) => action.trim()).filter(Boolean);
  if (actions?.length) select = select.where('action', 'in', actions);
  if (query.actor) select = select.where('actor_user_uuid', '=', query.actor.toLowerCase());
  if (query.target_type) select = select.where('target_type', '=', query.target_type);
  if (query.target_id) select = select.where('target_id', '=', query.target_id);
  if (query.after) select = select.where('created_at', '>=', query.after);
  if (query.before) select = select.where('created_at', '<', query.before);
  return select;
}

export async function listAudit(db: Executor, organizationId: string, query: AuditLogQuery, page: Page) {
  const [rows, total] = await Promise.all([
    filtered(db, organizationId, query).selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    filtered(db, organizationId, query).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const entries: AuditLogEntry[] = rows.map((row) => ({
    id: row.id,
    created_at: row.created_at,
    action: row.action,
    actor: { user_uuid: row.actor_user_uuid, email: row.actor_email, key_id: row.actor_key_id },
    target_type: row.target_type,
    target_id: row.target_id,
    before: row.before ?? null,
    after: row.after ?? null,
    request_id: row.request_id,
  }));
  return { rows: entries, count: total.count };
}
