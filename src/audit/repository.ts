import { sql, type RawBuilder } from 'kysely';
import { isOperator, OPERATOR_KEY_ID, type Caller, type CallerKey, type OperatorCaller } from '../access/caller.ts';
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
export function auditChange(
  targetType: string,
  verb: string,
  organizationId: string | null,
  targetId: string,
  before?: unknown,
  after?: unknown,
): AuditedChange {
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

/** What an audit row records of its caller (a Caller is one). */
export interface AuditActor {
  user: Caller['user'];
  key: Pick<CallerKey, 'id'>;
  requestId: string;
  operator?: true;
}

/** A verified domain's identity provider, acting over SCIM with the domain's bearer token. */
export interface DomainActor {
  domainId: string;
  requestId: string;
}

const isDomainActor = (actor: AuditActor | OperatorCaller | DomainActor | null): actor is DomainActor => actor !== null && 'domainId' in actor;

/**
 * The one declaration of an audit row: its columns, their types and where each value comes from.
 * `recordAudit` inserts it. The role membership writes' database function (migrations 0028 and 0029,
 * role-memberships/audited-writes.ts) writes these columns itself: keep the two alike.
 */
function auditRow(actor: AuditActor | OperatorCaller | DomainActor | null, change: AuditedChange) {
  // The operator's rows read alike for every command, even one run on behalf of a user: no user, key `cli`.
  const operator = isOperator(actor);
  const caller = isDomainActor(actor) || actor === null || operator ? null : (actor as AuditActor);
  const value = (type: string, given: unknown): RawBuilder<unknown> => sql`${given}::${sql.raw(type)}`;
  return {
    id: value('uuid', uuidv7()),
    organization_id: value('uuid', change.organizationId),
    actor_user_id: value('integer', caller?.user.id ?? null),
    actor_user_uuid: value('uuid', caller?.user.uuid ?? null),
    actor_email: caller ? sql`(SELECT email FROM users WHERE id = ${caller.user.id})` : value('varchar', null),
    actor_key_id: value('varchar', operator ? OPERATOR_KEY_ID : (caller?.key.id ?? null)),
    action: value('varchar', change.action),
    target_type: value('varchar', change.targetType),
    target_id: value('text', change.targetId),
    before: value('jsonb', snapshot(change.before)),
    after: value('jsonb', snapshot(change.after)),
    request_id: value('varchar', actor?.requestId ?? null),
    actor_domain_id: value('uuid', isDomainActor(actor) ? actor.domainId : null),
  };
}

/**
 * Records a change. Call it with the transaction that makes the change, so the change and
 * its record commit or roll back together. `caller` is null for orgbase's own bookkeeping.
 */
export async function recordAudit(trx: Executor, caller: Caller | OperatorCaller | DomainActor | null, change: AuditedChange): Promise<void> {
  const row = auditRow(caller, change);
  await sql`INSERT INTO audit_log (${sql.join(Object.keys(row).map((column) => sql.ref(column)))}) SELECT ${sql.join(Object.values(row))}`.execute(trx);
}

function filtered(db: Executor, organizationId: string, query: AuditLogQuery) {
  let select = db.selectFrom('audit_log').where('organization_id', '=', organizationId);
  const actions = query.action
    ?.split(',')
    .map((action) => action.trim())
    .filter(Boolean);
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
    filtered(db, organizationId, query)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  const entries: AuditLogEntry[] = rows.map((row) => ({
    id: row.id,
    created_at: row.created_at,
    action: row.action,
    actor: { user_uuid: row.actor_user_uuid, email: row.actor_email, key_id: row.actor_key_id, domain_id: row.actor_domain_id },
    target_type: row.target_type,
    target_id: row.target_id,
    before: row.before ?? null,
    after: row.after ?? null,
    request_id: row.request_id,
  }));
  return { rows: entries, count: total.count };
}
