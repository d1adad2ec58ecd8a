import type { Caller, OperatorCaller } from '../access/caller.ts';
import { Level } from '../access/levels.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { auditChange } from '../audit/repository.ts';
import { uuidv7 } from '../db/ids.ts';
import type { UnitOfWork, Writes } from '../writes/unit-of-work.ts';
import { NotFound, PermissionDenied, ValidationError } from '../domain/errors.ts';
import { REFUSAL, refuse } from '../domain/refusals.ts';
import type { Page } from '../domain/page.ts';
import { enqueueEmail } from '../mail/repository.ts';
import { findMembershipLevel } from '../members/repository.ts';
import { findOrganizationRow, lockOrganization } from '../organizations/repository.ts';
import { composeInvitation } from './email.ts';
import {
  deleteInvite,
  deleteInvitesForEmail,
  findInvite,
  findInviterNames,
  findInvitesForEmail,
  insertInvite,
  listInvites,
  memberWithEmailExists,
  projectsOfOrganization,
} from './repository.ts';
import { INVITE_DAYS_VALIDITY, MAX_BULK_INVITES, type Invite, type InviteCreated } from './schemas.ts';
import { generateInviteToken, hashInviteToken, inviteLink } from './token.ts';
import { checkInviteRow, type InviteInput, type ProjectAccess } from './validation.ts';

const DAY_MS = 86_400_000;

/** Who creates invites: a caller through the API, or the operator (CLI), optionally on behalf of a member. */
export interface Inviter {
  caller: Caller | OperatorCaller;
  /** The user recorded as `created_by`; null for the operator acting alone. */
  userId: number | null;
}

export interface InviteServiceDeps {
  writes: Writes;
  /** The link template (ORGBASE_INVITE_URL). */
  inviteUrl: string | undefined;
  /** Whether invitation mail can be sent (SMTP and a From address configured). */
  mailEnabled: boolean;
  /** Called after a commit that queued mail. */
  onMailQueued?: () => void;
}

const PROJECT_LEVEL_RANK: Record<ProjectAccess['level'], number> = { none: 0, member: 1, admin: 2 };

/**
 * The union of project access by project, the highest level kept. PostHog compares the level
 * names as strings ("none" > "member" > "admin"); orgbase ranks them none < member < admin.
 */
function combineProjectAccess(lists: (ProjectAccess[] | null)[]): ProjectAccess[] {
  const byProject = new Map<number, ProjectAccess>();
  for (const item of lists.flatMap((list) => list ?? [])) {
    const known = byProject.get(item.id);
    if (!known || PROJECT_LEVEL_RANK[item.level] > PROJECT_LEVEL_RANK[known.level]) byProject.set(item.id, item);
  }
  return [...byProject.values()];
}

function inviteChange(verb: string, organizationId: string, before: Invite | undefined, after: Invite | undefined) {
  return auditChange('invite', verb, organizationId, (before ?? after)!.id, before, after);
}

export function createInviteService(deps: InviteServiceDeps) {
  const { writes } = deps;
  const { db } = writes;

  /** PostHog's UserCanInvitePermission, judged in the URL's organization (PostHog reads the current one). */
  async function assertMayInvite(organizationId: string, level: Level): Promise<void> {
    if (level >= Level.Admin) return;
    const organization = await findOrganizationRow(db, organizationId);
    if (!organization) throw refuse.organizationNotFound();
    if (organization.members_can_invite === false) throw new PermissionDenied();
  }

  /** Every row checked before anything is written: a 403 from any row wins, then the first field error. */
  async function checkRows(organizationId: string, rows: unknown[], inviterLevel: Level, bulk: boolean): Promise<InviteInput[]> {
    const inputs: InviteInput[] = [];
    let firstError: ValidationError | undefined;
    rows.forEach((row, index) => {
      const checked = checkInviteRow(row, inviterLevel, bulk ? `__${index}__` : '');
      if ('error' in checked) firstError ??= checked.error;
      else inputs.push(checked.input);
    });
    if (firstError) throw firstError;
    for (const [index, input] of inputs.entries()) {
      const wanted = (input.privateProjectAccess ?? []).map((item) => item.id);
      const found = await projectsOfOrganization(db, organizationId, wanted);
      if (wanted.some((id) => !found.has(id))) {
        throw new ValidationError(REFUSAL.inviteProjectNotInOrganization, { attr: bulk ? `__${index}__private_project_access` : 'private_project_access' });
      }
    }
    return inputs;
  }

  /** PostHog's create, once per row, in one transaction: all rows or none. */
  async function createAll(inviter: Inviter, organizationId: string, inputs: InviteInput[], linkBase: string): Promise<InviteCreated[]> {
    let queued = false;
    const created = await writes.run(inviter.caller, async (unit) => {
      const { trx } = unit;
      // One invite write per organization at a time: replacing an address's invites and
      // checking its membership cannot interleave with another invite for the same address.
      const organization = await lockOrganization(trx, organizationId);
      if (!organization) throw refuse.organizationNotFound();
      // The level as it is now, under the lock (a demotion since the request began counts).
      const inviterLevel = inviter.userId === null ? Level.Owner : await findMembershipLevel(trx, inviter.userId, organizationId);
      if (inviterLevel === undefined) throw refuse.organizationNotFound();
      const inviterNames = inviter.userId === null ? undefined : await findInviterNames(trx, inviter.userId);
      const results: InviteCreated[] = [];
      for (const input of inputs) {
        results.push(await createOne(unit, inviter, organization.name, organizationId, inviterLevel as Level, inviterNames, input, linkBase));
        queued ||= deps.mailEnabled && input.sendEmail;
      }
      return results;
    });
    if (queued) deps.onMailQueued?.();
    return created;
  }

  async function createOne(
    unit: UnitOfWork,
    inviter: Inviter,
    organizationName: string,
    organizationId: string,
    inviterLevel: Level,
    inviterNames: { first_name: string; last_name: string; email: string } | undefined,
    input: InviteInput,
    linkBase: string,
  ): Promise<InviteCreated> {
    const { trx } = unit;
    if (await memberWithEmailExists(trx, organizationId, input.targetEmail)) throw new ValidationError(REFUSAL.inviteAlreadyMember);
    const existing = await findInvitesForEmail(trx, organizationId, input.targetEmail);
    let { level, privateProjectAccess } = input;
    if (input.combinePendingInvites) {
      const pending = existing.filter((invite) => !invite.is_expired);
      level = Math.max(level, ...pending.map((invite) => invite.level)) as Level;
      if (pending.some((invite) => invite.private_project_access?.length)) {
        privateProjectAccess = combineProjectAccess([
          ...pending.map((invite) => invite.private_project_access as ProjectAccess[] | null),
          privateProjectAccess,
        ]);
      }
    }
    // Checked again on the combined level (PostHog does not: a member could re-issue an owner's
    // invite) and on the inviter's level as it is under the lock.
    if (level > inviterLevel) throw new PermissionDenied(REFUSAL.inviteLevelAboveOwn);
    if (existing.length > 0) {
      await deleteInvitesForEmail(trx, organizationId, input.targetEmail);
      for (const invite of existing) unit.audited(inviteChange('replaced', organizationId, invite, undefined), { type: 'invite.deleted', data: invite });
    }
    const token = generateInviteToken();
    const link = inviteLink(token, deps.inviteUrl, linkBase);
    const emailing = deps.mailEnabled && input.sendEmail;
    const invite = await insertInvite(trx, {
      id: uuidv7(),
      organizationId,
      targetEmail: input.targetEmail,
      firstName: input.firstName,
      createdById: inviter.userId,
      emailingAttemptMade: emailing,
      level,
      message: input.message,
      privateProjectAccess,
      tokenHash: hashInviteToken(token),
    });
    if (emailing) {
      const expiresAt = new Date(Date.parse(invite.created_at) + INVITE_DAYS_VALIDITY * DAY_MS);
      const mail = composeInvitation({ organizationName, inviter: inviterNames, firstName: invite.first_name, level, message: invite.message, expiresAt });
      await enqueueEmail(trx, {
        inviteId: invite.id,
        to: invite.target_email,
        replyTo: mail.replyTo,
        subject: mail.subject,
        body: mail.body,
        link,
        giveUpAt: expiresAt.toISOString(),
      });
    }
    unit.audited(inviteChange('created', organizationId, undefined, invite));
    return { ...invite, accept_url: link };
  }

  return {
    async list(access: OrganizationAccess, page: Page) {
      return listInvites(db, access.organizationId, page);
    },

    /** One invite (POST .../invites/). */
    async create(caller: Caller, access: OrganizationAccess, body: unknown, linkBase: string): Promise<InviteCreated> {
      await assertMayInvite(access.organizationId, access.level);
      const inputs = await checkRows(access.organizationId, [body], access.level, false);
      return (await createAll({ caller, userId: caller.user.id }, access.organizationId, inputs, linkBase))[0]!;
    },

    /** Up to 20 invites, all or none (POST .../invites/bulk/). */
    async createBulk(caller: Caller, access: OrganizationAccess, body: unknown, linkBase: string): Promise<InviteCreated[]> {
      await assertMayInvite(access.organizationId, access.level);
      if (!Array.isArray(body)) throw new ValidationError(REFUSAL.bulkInviteNotAnArray);
      if (body.length > MAX_BULK_INVITES) throw new ValidationError(REFUSAL.bulkInviteTooMany(MAX_BULK_INVITES), { code: 'max_length' });
      const inputs = await checkRows(access.organizationId, body, access.level, true);
      if (inputs.length === 0) return [];
      return createAll({ caller, userId: caller.user.id }, access.organizationId, inputs, linkBase);
    },

    /** The operator's invite (`orgbase invites create`): on behalf of `inviterUserId` when given, at most their level. */
    async createAsOperator(
      organizationId: string,
      inviterUserId: number | null,
      body: unknown,
      linkBase: string,
      caller: Caller | OperatorCaller,
    ): Promise<InviteCreated> {
      const organization = await findOrganizationRow(db, organizationId);
      if (!organization) throw refuse.organizationNotFound();
      let level: Level = Level.Owner;
      if (inviterUserId !== null) {
        const found = await findMembershipLevel(db, inviterUserId, organizationId);
        if (found === undefined) throw new NotFound('The inviter is not a member of this organization.');
        level = found as Level;
        await assertMayInvite(organizationId, level);
      }
      const inputs = await checkRows(organizationId, [body], level, false);
      return (await createAll({ caller, userId: inviterUserId }, organizationId, inputs, linkBase))[0]!;
    },

    /** Revokes an invite; its link stops working and its queued mail goes with it. */
    async revoke(caller: Caller | OperatorCaller, organizationId: string, inviteId: string): Promise<void> {
      await writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await findInvite(trx, organizationId, inviteId);
        if (!before || !(await deleteInvite(trx, organizationId, inviteId))) throw new NotFound();
        unit.audited(inviteChange('deleted', organizationId, before, undefined));
      });
    },
  };
}

export type InviteService = ReturnType<typeof createInviteService>;
