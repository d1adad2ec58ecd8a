import { sql, type ColumnType } from 'kysely';
import type { Executor } from '../db/types.ts';
import type { Page } from '../domain/page.ts';
import { toUserBasicAsUser, USER_BASIC_COLUMNS_AS_USER } from '../users/repository.ts';
import type { Invite } from './schemas.ts';
import { INVITE_DAYS_VALIDITY } from './schemas.ts';
import type { ProjectAccess } from './schemas.ts';

// The invites' table, merged into the database's type (src/db/types.ts) from here, its owner.
type Timestamp = ColumnType<string, string | undefined, string>;

export interface OrganizationInvitesTable {
  id: string;
  organization_id: string;
  /** Lower-cased whole (a CHECK holds it so). */
  target_email: string;
  first_name: ColumnType<string, string | undefined, string>;
  created_by_id: number | null;
  emailing_attempt_made: ColumnType<boolean, boolean | undefined, boolean>;
  level: number;
  message: string | null;
  private_project_access: ColumnType<unknown, string | null, string | null>;
  /** `sha256$` + hex SHA-256 of the link's token; the token itself is never stored. */
  token_hash: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

declare module '../db/types.ts' {
  interface Database {
    organization_invites: OrganizationInvitesTable;
  }
}

const IS_EXPIRED = sql<boolean>`i.created_at < now() - make_interval(days => ${INVITE_DAYS_VALIDITY})`;

function selectInvites(db: Executor) {
  return db
    .selectFrom('organization_invites as i')
    .leftJoin('users', 'users.id', 'i.created_by_id')
    .select([
      'i.id',
      'i.organization_id',
      'i.target_email',
      'i.first_name',
      'i.emailing_attempt_made',
      'i.level',
      IS_EXPIRED.as('is_expired'),
      'i.created_at',
      'i.updated_at',
      'i.message',
      'i.private_project_access',
      ...USER_BASIC_COLUMNS_AS_USER,
    ]);
}

type InviteRow = Awaited<ReturnType<ReturnType<typeof selectInvites>['executeTakeFirstOrThrow']>>;

function toInvite(row: InviteRow): Invite {
  return {
    id: row.id,
    target_email: row.target_email,
    first_name: row.first_name,
    emailing_attempt_made: row.emailing_attempt_made,
    level: row.level as Invite['level'],
    is_expired: row.is_expired,
    created_by: toUserBasicAsUser(row),
    created_at: row.created_at,
    updated_at: row.updated_at,
    message: row.message,
    private_project_access: (row.private_project_access as Invite['private_project_access']) ?? null,
  };
}

export async function findInvite(db: Executor, organizationId: string, inviteId: string): Promise<Invite | undefined> {
  const row = await selectInvites(db).where('i.organization_id', '=', organizationId).where('i.id', '=', inviteId).executeTakeFirst();
  return row && toInvite(row);
}

/** The organization's invites, expired ones too, newest first (PostHog's order). */
export async function listInvites(db: Executor, organizationId: string, page: Page): Promise<{ invites: Invite[]; count: number }> {
  const [rows, total] = await Promise.all([
    selectInvites(db)
      .where('i.organization_id', '=', organizationId)
      .orderBy('i.created_at', 'desc')
      .orderBy('i.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('organization_invites')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', organizationId)
      .executeTakeFirstOrThrow(),
  ]);
  return { invites: rows.map(toInvite), count: Number(total.n) };
}

export interface NewInvite {
  id: string;
  organizationId: string;
  targetEmail: string;
  firstName: string;
  createdById: number | null;
  emailingAttemptMade: boolean;
  level: number;
  message: string | null;
  privateProjectAccess: ProjectAccess[] | null;
  tokenHash: string;
}

export async function insertInvite(trx: Executor, invite: NewInvite): Promise<Invite> {
  await trx
    .insertInto('organization_invites')
    .values({
      id: invite.id,
      organization_id: invite.organizationId,
      target_email: invite.targetEmail,
      first_name: invite.firstName,
      created_by_id: invite.createdById,
      emailing_attempt_made: invite.emailingAttemptMade,
      level: invite.level,
      message: invite.message,
      private_project_access: invite.privateProjectAccess === null ? null : JSON.stringify(invite.privateProjectAccess),
      token_hash: invite.tokenHash,
    })
    .execute();
  return (await findInvite(trx, invite.organizationId, invite.id))!;
}

/** This organization's invites for the address, expired ones too (what a new invite replaces). */
export async function findInvitesForEmail(db: Executor, organizationId: string, email: string): Promise<Invite[]> {
  const rows = await selectInvites(db)
    .where('i.organization_id', '=', organizationId)
    .where('i.target_email', '=', email.toLowerCase())
    .orderBy('i.created_at')
    .execute();
  return rows.map(toInvite);
}

/** Deletes this organization's invites for the address; their queued mail goes with them. */
export async function deleteInvitesForEmail(trx: Executor, organizationId: string, email: string): Promise<void> {
  await trx.deleteFrom('organization_invites').where('organization_id', '=', organizationId).where('target_email', '=', email.toLowerCase()).execute();
}

export async function deleteInvite(trx: Executor, organizationId: string, inviteId: string): Promise<boolean> {
  const result = await trx.deleteFrom('organization_invites').where('organization_id', '=', organizationId).where('id', '=', inviteId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** An invite by its link's token hash, with what accepting it checks. `lock` takes its row for the transaction. */
export async function findInviteByTokenHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('organization_invites as i')
    .innerJoin('organizations as o', 'o.id', 'i.organization_id')
    .select([
      'i.id',
      'i.organization_id',
      'i.target_email',
      'i.first_name',
      'i.level',
      'i.created_by_id',
      'o.name as organization_name',
      IS_EXPIRED.as('is_expired'),
    ])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Locks the invite for its acceptance; undefined when a concurrent acceptance (or a revoke) took it first. */
export async function lockInvite(trx: Executor, inviteId: string): Promise<{ id: string } | undefined> {
  return trx.selectFrom('organization_invites').select('id').where('id', '=', inviteId).forUpdate().executeTakeFirst();
}

/** Whether a member of the organization has this address (case-insensitive, active or not, as PostHog). */
export async function memberWithEmailExists(db: Executor, organizationId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('organization_memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('m.id')
    .where('m.organization_id', '=', organizationId)
    .where(sql<boolean>`lower(u.email) = ${email.toLowerCase()}`)
    .executeTakeFirst();
  return row !== undefined;
}

/** The ids among `projectIds` that are projects of the organization. */
export async function projectsOfOrganization(db: Executor, organizationId: string, projectIds: number[]): Promise<Set<number>> {
  if (projectIds.length === 0) return new Set();
  const rows = await db.selectFrom('projects').select('id').where('organization_id', '=', organizationId).where('id', 'in', projectIds).execute();
  return new Set(rows.map((row) => row.id));
}

/** The organization's first team: where a new member's current project starts. */
export async function firstTeamOf(db: Executor, organizationId: string): Promise<number | null> {
  const row = await db.selectFrom('teams').select('id').where('organization_id', '=', organizationId).orderBy('id').limit(1).executeTakeFirst();
  return row?.id ?? null;
}

/** The inviter as the mail names them. */
export async function findInviterNames(db: Executor, userId: number) {
  return db.selectFrom('users').select(['first_name', 'last_name', 'email']).where('id', '=', userId).executeTakeFirst();
}

/** What PostHog sets on a user created by accepting an invite: the address is not verified by it. */
export async function setNewUserFields(trx: Executor, userId: number, fields: { roleAtOrganization: string | null }) {
  return trx
    .updateTable('users')
    .set({ is_email_verified: false, role_at_organization: fields.roleAtOrganization })
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
