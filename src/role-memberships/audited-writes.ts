import { sql } from 'kysely';
import type { Caller } from '../access/caller.ts';
import { auditChange, auditRowInsert, type AuditActor } from '../audit/repository.ts';
import { uuidv7 } from '../db/ids.ts';
import { StatementShapes } from '../db/statement-shapes.ts';
import { CHANNEL } from '../db/invalidation.ts';
import type { UnitOfWork } from '../writes/unit-of-work.ts';
import { announceEventSql, eventCtes, EVENTS_TOPIC } from '../events/repository.ts';
import type { Executor } from '../db/types.ts';
import { selectMembers, toOrganizationMember } from '../members/repository.ts';
import type { RoleMembershipSnapshot } from './repository.ts';
import type { RoleMembership } from './schemas.ts';

// Adding and removing a role membership are each one statement: the change, its audit row
// (audit/repository.ts declares the row; recordAudit writes the same), its event with the
// organization's next sequence (events/repository.ts) and the event's notice, in one CTE,
// atomic without BEGIN/COMMIT round trips. They run inside the write's unit of work
// (writes/unit-of-work.ts `Writes.statement`), which gives them its executor and its event actor.

/** The audit snapshot's joined_at as the API prints timestamps (db/type-parsers.ts). */
const snapshotTimestamp = (column: string) => sql`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The audit snapshot of a role membership (RoleMembershipSnapshot), built by the statement. */
function snapshotSql(row: { id: unknown; roleId: unknown; organizationMemberId: unknown; userUuid: unknown; joinedAt: string }) {
  return sql`jsonb_build_object('id', ${row.id}, 'role_id', ${row.roleId}, 'organization_member_id', ${row.organizationMemberId},
    'user_uuid', ${row.userUuid}, 'joined_at', ${snapshotTimestamp(row.joinedAt)})`;
}

export type AddOutcome =
  | { outcome: 'rule_not_met' }
  | { outcome: 'role_not_found' }
  | { outcome: 'not_a_member' }
  | { outcome: 'added'; membership: RoleMembership };

/**
 * Who may write, checked again by the statement itself: the caller's membership of the
 * organization at `minimum` or above (the level the organization scope admitted them on,
 * perhaps from memory), read in the same snapshot as the change, so the write happens only
 * when the caller still holds it.
 */
export interface WriteCheck {
  userId: number;
  minimum: number;
}

const admittedSql = (organizationId: unknown, check: { userId: unknown; minimum: unknown }) =>
  sql`SELECT 1 FROM organization_memberships WHERE organization_id = ${organizationId} AND user_id = ${check.userId} AND level >= ${check.minimum}`;

/** The values of a write's statement that come from its caller and its unit of work. */
interface CallerValues {
  callerId: number;
  callerUuid: string;
  keyId: string;
  requestId: string;
  eventId: string;
  eventActor: string;
  notice: string;
}

const callerValues = (unit: UnitOfWork, caller: Caller, organizationId: string): CallerValues => ({
  callerId: caller.user.id,
  callerUuid: caller.user.uuid,
  keyId: caller.key.id,
  requestId: caller.requestId,
  eventId: uuidv7(),
  eventActor: JSON.stringify(unit.eventActor),
  notice: JSON.stringify([EVENTS_TOPIC, organizationId]),
});
const eventValues = (values: CallerValues & { organizationId: string }) => ({
  organizationId: values.organizationId,
  eventId: values.eventId,
  actor: values.eventActor,
});
const actor = (values: CallerValues): AuditActor => ({
  user: { id: values.callerId, uuid: values.callerUuid },
  key: { id: values.keyId },
  requestId: values.requestId,
});

// Each write's statement is built and compiled once, then given its values (statement-shapes.ts):
// building the CTE's query tree on every request was a tenth of the write's server CPU.
type AddValues = CallerValues & { organizationId: string; roleId: string; userUuid: string; id: string; auditId: string; checkUserId: number; minimum: number };
const adds = new StatementShapes<AddValues, Record<string, unknown>>('the role membership add');
type RemoveValues = CallerValues & { organizationId: string; roleId: string; id: string; auditId: string; checkUserId: number; minimum: number };
const removals = new StatementShapes<RemoveValues, RoleMembershipSnapshot & { admitted: boolean; announced: unknown }>('the role membership removal');

function addStatement(db: Executor, values: AddValues) {
  const { organizationId, roleId, userUuid, id } = values;
  // The member is locked (KEY SHARE, what its foreign keys would take at the statement's end)
  // before the event's sequence row: a removal takes the member's row first and the sequence row
  // last, so the two never wait on each other in a cycle. The role is not: a role deleted first
  // must still answer 404 through its foreign key (concurrent-removal.test.ts).
  const candidate = selectMembers(db)
    .where('m.organization_id', '=', organizationId)
    .where('users.uuid', '=', userUuid)
    .where('users.is_active', '=', true)
    .forKeyShare();
  return sql<Record<string, unknown>>`
    WITH admitted AS (${admittedSql(organizationId, { userId: values.checkUserId, minimum: values.minimum })}),
    role AS (SELECT r.id FROM roles r WHERE r.id = ${roleId} AND r.organization_id = ${organizationId}),
    candidate AS (${candidate}),
    inserted AS (
      INSERT INTO role_memberships (id, role_id, user_id, organization_member_id)
      SELECT ${id}::uuid, role.id, candidate.id, candidate.membership_id FROM role, candidate, admitted
      RETURNING joined_at, updated_at
    ),
    audit AS (
      ${auditRowInsert(
        actor(values),
        auditChange('role_membership', 'created', organizationId, id),
        {
          after: snapshotSql({
            id: sql`${id}::text`,
            roleId: sql`${roleId}::text`,
            organizationMemberId: sql.ref('candidate.membership_id'),
            userUuid: sql.ref('candidate.uuid'),
            joinedAt: 'inserted.joined_at',
          }),
        },
        values.auditId,
      )}
      FROM inserted, candidate
      RETURNING after
    ),
    ${eventCtes(eventValues(values), 'role_membership.created', sql`audit`, sql`audit.after`)}
    SELECT EXISTS (SELECT 1 FROM admitted) AS admitted, role.id AS found_role_id, candidate.*,
      inserted.joined_at AS role_joined_at, inserted.updated_at AS role_updated_at, ${announceEventSql(CHANNEL, values.notice)} AS announced
    FROM (SELECT 1) AS one LEFT JOIN role ON true LEFT JOIN candidate ON true LEFT JOIN inserted ON true`.compile(db);
}

/**
 * Adds the active organization member `userUuid` to the role when the role is the
 * organization's, with its `role_membership.created` audit row. A second add of one user
 * fails the `unique_user_and_role` constraint (database-errors.ts answers it).
 */
export async function addRoleMembershipAudited(
  unit: UnitOfWork,
  caller: Caller,
  target: { organizationId: string; roleId: string; userUuid: string },
  check: WriteCheck,
): Promise<AddOutcome> {
  const { organizationId, roleId, userUuid } = target;
  const id = uuidv7();
  const db = unit.trx;
  const values: AddValues = {
    ...callerValues(unit, caller, organizationId),
    organizationId,
    roleId,
    userUuid,
    id,
    auditId: uuidv7(),
    checkUserId: check.userId,
    minimum: check.minimum,
  };
  const result = await db.executeQuery(adds.statement('', values, (standIns) => addStatement(db, standIns)));
  const row = result.rows[0]!;
  if (!row.admitted) return { outcome: 'rule_not_met' };
  if (row.found_role_id === null) return { outcome: 'role_not_found' };
  if (row.membership_id === null || row.role_joined_at === null) return { outcome: 'not_a_member' };
  const organizationMember = toOrganizationMember(row as unknown as Parameters<typeof toOrganizationMember>[0]);
  unit.eventOrganizations.add(organizationId);
  return {
    outcome: 'added',
    membership: {
      id,
      role_id: roleId,
      organization_member: organizationMember,
      user: organizationMember.user,
      joined_at: row.role_joined_at as string,
      updated_at: row.role_updated_at as string,
      user_uuid: organizationMember.user.uuid,
    },
  };
}

function removeStatement(db: Executor, values: RemoveValues) {
  const { organizationId, roleId, id } = values;
  return sql<RoleMembershipSnapshot & { admitted: boolean; announced: unknown }>`
    WITH admitted AS (${admittedSql(organizationId, { userId: values.checkUserId, minimum: values.minimum })}),
    removed AS (
      DELETE FROM role_memberships rm USING roles r, users u
      WHERE r.id = rm.role_id AND u.id = rm.user_id AND rm.id = ${id} AND rm.role_id = ${roleId} AND r.organization_id = ${organizationId}
        AND EXISTS (SELECT 1 FROM admitted)
      RETURNING rm.id, rm.role_id, rm.organization_member_id, u.uuid AS user_uuid, rm.joined_at
    ),
    audit AS (
      ${auditRowInsert(
        actor(values),
        auditChange('role_membership', 'deleted', organizationId, id),
        {
          target_id: sql`removed.id::text`,
          before: snapshotSql({
            id: sql.ref('removed.id'),
            roleId: sql.ref('removed.role_id'),
            organizationMemberId: sql.ref('removed.organization_member_id'),
            userUuid: sql.ref('removed.user_uuid'),
            joinedAt: 'removed.joined_at',
          }),
        },
        values.auditId,
      )}
      FROM removed
      RETURNING before
    ),
    ${eventCtes(eventValues(values), 'role_membership.deleted', sql`audit`, sql`audit.before`)}
    SELECT EXISTS (SELECT 1 FROM admitted) AS admitted, ${announceEventSql(CHANNEL, values.notice)} AS announced, removed.* FROM (SELECT 1) AS one LEFT JOIN removed ON true`.compile(
    db,
  );
}

/**
 * Deletes one membership of a role of the organization with its audit row, when `check` admits
 * the caller; undefined when there is no such membership.
 */
export async function removeRoleMembershipAudited(
  unit: UnitOfWork,
  caller: Caller,
  target: { organizationId: string; roleId: string; id: string },
  check: WriteCheck,
): Promise<{ outcome: 'rule_not_met' } | { outcome: 'removed'; membership: RoleMembershipSnapshot | undefined }> {
  const { organizationId, roleId, id } = target;
  const db = unit.trx;
  const values: RemoveValues = {
    ...callerValues(unit, caller, organizationId),
    organizationId,
    roleId,
    id,
    auditId: uuidv7(),
    checkUserId: check.userId,
    minimum: check.minimum,
  };
  const result = await db.executeQuery(removals.statement('', values, (standIns) => removeStatement(db, standIns)));
  const { admitted, announced: _announced, ...row } = result.rows[0]!;
  if (!admitted) return { outcome: 'rule_not_met' };
  if (row.id !== null) unit.eventOrganizations.add(organizationId);
  return { outcome: 'removed', membership: row.id === null ? undefined : (row as RoleMembershipSnapshot) };
}
