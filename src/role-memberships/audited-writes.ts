import { sql } from 'kysely';
import type { Caller } from '../access/caller.ts';
import { translateDatabaseError } from '../db/database-errors.ts';
import { uuidv7 } from '../db/ids.ts';
import { CHANNEL } from '../db/invalidation.ts';
import { noticeOf } from '../db/process-cache.ts';
import type { UnitOfWork } from '../writes/unit-of-work.ts';
import { EVENTS_TOPIC } from '../events/repository.ts';
import type { Executor } from '../db/types.ts';
import { toOrganizationMember, type MemberListRow } from '../members/repository.ts';
import type { RoleMembershipSnapshot } from './repository.ts';
import type { RoleMembership } from './schemas.ts';

// Adding and removing a role membership: the change, its audit row (the row audit/repository.ts
// writes), its event with the organization's next sequence and the event's notice, written by
// the database function `orgbase_role_membership_writes` (migrations 0028, 0029) in one transaction
// without BEGIN/COMMIT round trips. They run inside the write's unit of work
// (writes/unit-of-work.ts `Writes.statement`), which gives them its executor and its event actor.
//
// The function sends the events' notice; the call around it sends each write's cache notice
// (`changed('roles', id)`, announced to the unit before the call: the roles page shows the
// roles' members), in the same statement and so the same transaction.
//
// Writes of one organization arriving while one of them is being written go together in the
// next call: one transaction, one WAL flush. An organization's writes serialize on its event
// sequence row until the commit (events commit in sequence order), so one write per commit
// held every other writer of the organization for a flush each (issue 27).

/**
 * Who may write, checked again by the database in the write's transaction: the caller's
 * membership of the organization at `minimum` or above (the level the organization scope
 * admitted them on, perhaps from memory), so the write happens only when the caller still
 * holds it.
 */
export interface WriteCheck {
  userId: number;
  minimum: number;
}

/** One write as the function reads it (its JSON keys are the migration's). */
interface WriteSpec {
  kind: 'add' | 'remove';
  organization_id: string;
  role_id: string;
  id: string;
  user_uuid?: string;
  audit_id: string;
  event_id: string;
  check_user_id: number;
  minimum: number;
  caller_id: number;
  caller_uuid: string;
  key_id: string;
  request_id: string;
  actor: unknown;
  notice: string;
}

type Outcome = 'rule_not_met' | 'role_not_found' | 'not_a_member' | 'already_in_role' | 'added' | 'not_found' | 'removed';

type WriteRow = MemberListRow & {
  ordinal: number;
  outcome: Outcome;
  role_joined_at: string | null;
  role_updated_at: string | null;
  removed_id: string | null;
  removed_role_id: string | null;
  removed_organization_member_id: string | null;
  removed_user_uuid: string | null;
  removed_joined_at: string | null;
};

/** At most this many writes per call: each is a few statements inside one transaction. */
const MAX_BATCH = 32;

interface Pending {
  write: WriteSpec;
  /** The write's token for the cache notice of its organization's roles (UnitOfWork.announce): sent whatever its outcome, so its mark is lifted. */
  token: string;
  resolve(row: WriteRow): void;
  reject(error: unknown): void;
}

/** One organization's writes waiting for a call, and its calls under way. */
interface Lane {
  waiting: Pending[];
  calls: number;
}

/** Per database (the process's pool, or the embedded one): the organizations' lanes. */
const lanesByDb = new WeakMap<object, Map<string, Lane>>();

/**
 * Calls of one organization under way at once. On PostgreSQL one: a second would wait for
 * the first's rows and sequence row on a connection of its own. The embedded engine runs one
 * statement at a time and never waits for a lock: there a second call is queued in the
 * engine's thread while the main thread answers the writes of the first, so the engine, the
 * write load's limit, does not wait for the main thread between calls.
 */
const callsAtOnce = (unit: UnitOfWork) => (unit.oneStatementAtATime ? 2 : 1);

async function call(db: Executor, batch: Pending[]): Promise<WriteRow[]> {
  const writes = JSON.stringify(batch.map((pending) => pending.write));
  // A batch is one organization's: one notice names every write of it.
  const notices = [
    noticeOf(
      'roles',
      batch[0]!.write.organization_id,
      batch.map((pending) => pending.token),
    ),
  ];
  // One row of notices joined to the function's rows: both run in the statement's transaction,
  // and PostgreSQL delivers the notices at its commit, in whichever order they were queued.
  const result = await sql<WriteRow>`SELECT w.* FROM orgbase_role_membership_writes(${writes}::jsonb, ${CHANNEL}) AS w,
    (SELECT count(pg_notify(${CHANNEL}, notice)) FROM unnest(${notices}::text[]) AS notice) AS sent ORDER BY w.ordinal`.execute(db);
  return result.rows;
}

/** Writes one batch; never rejects: each write's promise gets its own answer or error. */
async function writeBatch(db: Executor, batch: Pending[]): Promise<void> {
  try {
    const rows = await call(db, batch);
    batch.forEach((pending, index) => pending.resolve(rows[index]!));
  } catch (error) {
    if (batch.length === 1) {
      batch[0]!.reject(error);
      return;
    }
    // A foreign key broken by a concurrent deletion, or a lock waited for too long (the
    // function's lock_timeout, so that a batch never deadlocks with another transaction),
    // failed the whole call: each write alone gets the answer it would have had.
    for (const pending of batch) {
      try {
        pending.resolve((await call(db, [pending]))[0]!);
      } catch (alone) {
        pending.reject(alone);
      }
    }
  }
}

/** Starts calls for the lane's waiting writes while it has room; writes arriving meanwhile go together in the next. */
function startCalls(db: Executor, lanes: Map<string, Lane>, organizationId: string, lane: Lane, limit: number): void {
  while (lane.calls < limit && lane.waiting.length > 0) {
    lane.calls++;
    void writeBatch(db, lane.waiting.splice(0, MAX_BATCH)).then(() => {
      lane.calls--;
      startCalls(db, lanes, organizationId, lane, limit);
      if (lane.calls === 0) lanes.delete(organizationId);
    });
  }
}

async function write(unit: UnitOfWork, spec: WriteSpec): Promise<WriteRow> {
  const token = await unit.announce('roles', spec.organization_id);
  const db = unit.trx;
  const lanes = lanesByDb.get(db) ?? new Map<string, Lane>();
  lanesByDb.set(db, lanes);
  const lane = lanes.get(spec.organization_id) ?? { waiting: [], calls: 0 };
  lanes.set(spec.organization_id, lane);
  return new Promise<WriteRow>((resolve, reject) => {
    lane.waiting.push({ write: spec, token, resolve, reject });
    startCalls(db, lanes, spec.organization_id, lane, callsAtOnce(unit));
  });
}

function specOf(
  unit: UnitOfWork,
  caller: Caller,
  check: WriteCheck,
  target: { kind: 'add' | 'remove'; organizationId: string; roleId: string; id: string; userUuid?: string },
): WriteSpec {
  return {
    kind: target.kind,
    organization_id: target.organizationId,
    role_id: target.roleId,
    id: target.id,
    ...(target.userUuid === undefined ? {} : { user_uuid: target.userUuid }),
    audit_id: uuidv7(),
    event_id: uuidv7(),
    check_user_id: check.userId,
    minimum: check.minimum,
    caller_id: caller.user.id,
    caller_uuid: caller.user.uuid,
    key_id: caller.key.id,
    request_id: caller.requestId,
    actor: unit.eventActor,
    notice: JSON.stringify([EVENTS_TOPIC, target.organizationId]),
  };
}

export type AddOutcome =
  | { outcome: 'rule_not_met' }
  | { outcome: 'role_not_found' }
  | { outcome: 'not_a_member' }
  | { outcome: 'added'; membership: RoleMembership };

/**
 * Adds the active organization member `userUuid` to the role when the role is the
 * organization's, with its `role_membership.created` audit row and event. A second add of one
 * user is refused as the `unique_user_and_role` constraint is (database-errors.ts); a role or
 * member deleted meanwhile fails its foreign key.
 */
export async function addRoleMembershipAudited(
  unit: UnitOfWork,
  caller: Caller,
  target: { organizationId: string; roleId: string; userUuid: string },
  check: WriteCheck,
): Promise<AddOutcome> {
  const { organizationId, roleId, userUuid } = target;
  const id = uuidv7();
  const row = await write(unit, specOf(unit, caller, check, { kind: 'add', organizationId, roleId, id, userUuid }));
  if (row.outcome === 'rule_not_met' || row.outcome === 'role_not_found' || row.outcome === 'not_a_member') return { outcome: row.outcome };
  if (row.outcome === 'already_in_role') throw translateDatabaseError({ code: '23505', constraint: 'unique_user_and_role' });
  const organizationMember = toOrganizationMember(row);
  unit.eventOrganizations.add(organizationId);
  return {
    outcome: 'added',
    membership: {
      id,
      role_id: roleId,
      organization_member: organizationMember,
      user: organizationMember.user,
      joined_at: row.role_joined_at!,
      updated_at: row.role_updated_at!,
      user_uuid: organizationMember.user.uuid,
    },
  };
}

/**
 * Deletes one membership of a role of the organization with its audit row and event, when
 * `check` admits the caller; undefined when there is no such membership.
 */
export async function removeRoleMembershipAudited(
  unit: UnitOfWork,
  caller: Caller,
  target: { organizationId: string; roleId: string; id: string },
  check: WriteCheck,
): Promise<{ outcome: 'rule_not_met' } | { outcome: 'removed'; membership: RoleMembershipSnapshot | undefined }> {
  const { organizationId, roleId, id } = target;
  const row = await write(unit, specOf(unit, caller, check, { kind: 'remove', organizationId, roleId, id }));
  if (row.outcome === 'rule_not_met') return { outcome: 'rule_not_met' };
  if (row.outcome !== 'removed') return { outcome: 'removed', membership: undefined };
  unit.eventOrganizations.add(organizationId);
  return {
    outcome: 'removed',
    membership: {
      id: row.removed_id!,
      role_id: row.removed_role_id!,
      organization_member_id: row.removed_organization_member_id!,
      user_uuid: row.removed_user_uuid!,
      joined_at: row.removed_joined_at!,
    },
  };
}
