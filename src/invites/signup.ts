// Accepting an invite: PostHog's /api/signup/:invite_id/ pair, keyed by the link's token.
// PostHog authenticates these by session; orgbase has no sessions, so an existing user accepts
// with their personal API key and a new user anonymously (the link is the credential), getting
// their first key in the answer.
import { randomBytes } from 'node:crypto';
import type { Caller } from '../access/caller.ts';
import { keyReachesOrganization } from '../access/reach.ts';
import type { Level } from '../access/levels.ts';
import { auditChange, type AuditActor } from '../audit/repository.ts';
import { uuidv7 } from '../db/ids.ts';
import type { UnitOfWork, Writes } from '../writes/unit-of-work.ts';
import type { Executor } from '../db/types.ts';
import { PermissionDenied, ValidationError } from '../domain/errors.ts';
import { REFUSAL, refuse } from '../domain/refusals.ts';
import { findMember, findMembershipLevel, insertMembership } from '../members/repository.ts';
import { findOrganizationRow } from '../organizations/repository.ts';
import { generateKeyId, generatePersonalApiKey, hashKeyValue, maskKeyValue } from '../personal-api-keys/key-format.ts';
import { insertKey } from '../personal-api-keys/repository.ts';
import { insertRoleMembership } from '../role-memberships/repository.ts';
import { findUserByEmail, findUserById, insertUser, setCurrentOrganization, toUserBasic, type UserRow } from '../users/repository.ts';
import { deleteInvitesForEmail, findInviteByTokenHash, firstTeamOf, lockInvite, memberWithEmailExists, setNewUserFields } from './repository.ts';
import type { SignupAccepted, SignupPreview } from './schemas.ts';
import { hashInviteToken, isTokenShaped } from './token.ts';

/** PostHog's refusals of an invite link, each written once. */
export const SIGNUP_ERRORS = {
  notValid: () => new ValidationError('The provided invite ID is not valid.'),
  invalidRecipient: () => new ValidationError('This invite is intended for another email address.', { code: 'invalid_recipient' }),
  expired: () => new ValidationError('This invite has expired. Please ask your admin for a new one.', { code: 'expired' }),
  accountExists: (inviteId: string) => new ValidationError(`/login?next=/signup/${inviteId}`, { code: 'account_exists' }),
  alreadyMember: () => new ValidationError('You already are a member of this organization.', { code: 'user_already_member' }),
  emailTaken: () => new ValidationError('Another user with this email address already belongs to this organization.', { code: 'existing_email_address' }),
  alreadyUsed: () => new ValidationError('This invite has already been used.', { code: 'expired' }),
  accountExistsOnCreate: (email: string) => new ValidationError(`There already exists an account with email address ${email}. Please log in instead.`),
};

type FoundInvite = NonNullable<Awaited<ReturnType<typeof findInviteByTokenHash>>>;

interface NewUserInput {
  firstName: string;
  lastName: string;
  roleAtOrganization: string | null;
}

function charField(body: Record<string, unknown>, attr: string, maxLength: number, required: boolean): string | null | undefined {
  const raw = body[attr];
  if (raw === undefined) {
    if (required) throw refuse.required(attr);
    return undefined;
  }
  if (raw === null) {
    if (required) throw refuse.null(attr);
    return null;
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') throw new ValidationError(REFUSAL.notAString, { attr });
  const text = String(raw).trim();
  if (text === '' && required) throw refuse.blank(attr);
  if (text.length > maxLength) throw refuse.tooLong(attr, maxLength);
  return text;
}

/** PostHog's signup body, less the password (orgbase has none: it is ignored). */
function newUserInput(body: unknown): NewUserInput {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw refuse.required('first_name');
  }
  const fields = body as Record<string, unknown>;
  const firstName = charField(fields, 'first_name', 128, true)!;
  const lastName = charField(fields, 'last_name', 128, false) ?? '';
  const roleAtOrganization = charField(fields, 'role_at_organization', 64, false) || null;
  return { firstName, lastName, roleAtOrganization };
}

export interface SignupServiceDeps {
  writes: Writes;
}

export function createSignupService({ writes }: SignupServiceDeps) {
  const { db } = writes;
  async function findByToken(token: string): Promise<FoundInvite> {
    const invite = isTokenShaped(token) ? await findInviteByTokenHash(db, hashInviteToken(token)) : undefined;
    if (!invite) throw SIGNUP_ERRORS.notValid();
    return invite;
  }

  /** PostHog's OrganizationInvite.validate, in its order, for the caller's user or an anonymous one. */
  async function validate(executor: Executor, invite: FoundInvite, user: UserRow | undefined): Promise<void> {
    if (user && user.email.toLowerCase() !== invite.target_email) throw SIGNUP_ERRORS.invalidRecipient();
    if (invite.is_expired) throw SIGNUP_ERRORS.expired();
    if (!user && (await findUserByEmail(executor, invite.target_email))) throw SIGNUP_ERRORS.accountExists(invite.id);
    if (user && (await findMembershipLevel(executor, user.id, invite.organization_id)) !== undefined) throw SIGNUP_ERRORS.alreadyMember();
    if (await memberWithEmailExists(executor, invite.organization_id, invite.target_email)) throw SIGNUP_ERRORS.emailTaken();
  }

  async function callerUser(caller: Caller | null, invite: FoundInvite): Promise<UserRow | undefined> {
    if (!caller) return undefined;
    if (!keyReachesOrganization(caller.key, invite.organization_id)) {
      throw new PermissionDenied(`API key does not have access to the requested organization: ID ${invite.organization_id}.`);
    }
    return findUserById(db, caller.user.id);
  }

  /**
   * PostHog's use(): the membership at the invite's level, the default role, the current
   * organization and project, the organization's invites for the address gone, in one
   * transaction holding the invite's row. A concurrent acceptance that took the row first
   * leaves this one "already used".
   */
  async function join(unit: UnitOfWork, invite: FoundInvite, user: UserRow) {
    const { trx } = unit;
    const organization = await findOrganizationRow(trx, invite.organization_id);
    if (!organization) throw SIGNUP_ERRORS.alreadyUsed();
    const membershipId = uuidv7();
    try {
      await insertMembership(trx, { id: membershipId, organizationId: invite.organization_id, userId: user.id, level: invite.level as Level });
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'organization_memberships_org_user_key') throw SIGNUP_ERRORS.alreadyMember();
      throw error;
    }
    if (organization.default_role_id) {
      await insertRoleMembership(trx, { id: uuidv7(), roleId: organization.default_role_id, userId: user.id, membershipId });
    }
    await setCurrentOrganization(trx, user.id, invite.organization_id, await firstTeamOf(trx, invite.organization_id));
    await deleteInvitesForEmail(trx, invite.organization_id, invite.target_email);
    unit.changed('organization', invite.organization_id);
    const member = await findMember(trx, membershipId);
    unit.audited(
      auditChange(
        'invite',
        'accepted',
        invite.organization_id,
        invite.id,
        { id: invite.id, target_email: invite.target_email, level: invite.level },
        undefined,
      ),
    );
    unit.audited(auditChange('member', 'added', invite.organization_id, membershipId, undefined, member));
  }

  return {
    async preview(token: string, caller: Caller | null): Promise<SignupPreview> {
      const invite = await findByToken(token);
      await validate(db, invite, await callerUser(caller, invite));
      return { id: invite.id, target_email: invite.target_email, first_name: invite.first_name, organization_name: invite.organization_name };
    },

    async accept(token: string, caller: Caller | null, body: unknown, requestId: string): Promise<SignupAccepted> {
      const newUser = caller ? undefined : newUserInput(body);
      const invite = await findByToken(token);
      const existing = await callerUser(caller, invite);
      await validate(db, invite, existing);
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        if (!(await lockInvite(trx, invite.id))) throw SIGNUP_ERRORS.alreadyUsed();
        if (existing) {
          // Checked again under the lock: the caller may have joined by another way meanwhile.
          await validate(trx, invite, existing);
          await join(unit, invite, existing);
          return { ...toUserBasic((await findUserById(trx, existing.id))!), redirect_url: '/' };
        }
        let user: UserRow;
        try {
          user = await insertUser(trx, {
            uuid: uuidv7(),
            email: invite.target_email,
            firstName: newUser!.firstName,
            lastName: newUser!.lastName,
            distinctId: randomBytes(24).toString('base64url'),
          });
        } catch (error) {
          if ((error as { constraint?: string }).constraint === 'users_email_lower_key') throw SIGNUP_ERRORS.accountExistsOnCreate(invite.target_email);
          throw error;
        }
        user = await setNewUserFields(trx, user.id, { roleAtOrganization: newUser!.roleAtOrganization });
        // The first key: everything the user may do, as a password login would give them.
        const value = generatePersonalApiKey();
        const key = await insertKey(trx, {
          id: generateKeyId(),
          user_id: user.id,
          label: 'First key (invite)',
          secure_value: hashKeyValue(value),
          mask_value: maskKeyValue(value),
          scopes: ['*'],
          scoped_organizations: [],
          scoped_teams: [],
        });
        const actor: AuditActor & Caller = {
          user: { id: user.id, uuid: user.uuid },
          key: { id: key.id, secureValue: '', scopes: ['*'], scopedOrganizations: [], scopedTeams: [] },
          requestId,
        };
        unit.actingAs(actor);
        unit.audited(auditChange('user', 'created', null, user.uuid, undefined, toUserBasic(user)));
        const shownKey = {
          id: key.id,
          label: key.label,
          mask_value: key.mask_value,
          created_at: key.created_at,
          last_used_at: key.last_used_at,
          last_rolled_at: key.last_rolled_at,
          user_id: key.user_id,
          scopes: key.scopes,
          scoped_teams: key.scoped_teams,
          scoped_organizations: key.scoped_organizations,
        };
        unit.audited(auditChange('personal_api_key', 'created', null, key.id, undefined, shownKey));
        await join(unit, invite, user);
        return { ...toUserBasic((await findUserById(trx, user.id))!), redirect_url: '/', personal_api_key: { ...shownKey, value } };
      });
    },
  };
}

export type SignupService = ReturnType<typeof createSignupService>;
