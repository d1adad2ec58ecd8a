import { randomBytes } from 'node:crypto';
import type { Caller } from '../access/caller.ts';
import { auditChange } from '../audit/repository.ts';
import { isUuid, uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import { NotFound, ValidationError } from '../domain/errors.ts';
import { REFUSAL, refuse } from '../domain/refusals.ts';
import { findMembershipLevel, organizationsShowingUser } from '../members/repository.ts';
import { findVisibleOrganization } from '../organizations/repository.ts';
import { findTeam, findTeamOfMember } from '../projects/repository.ts';
import { currentWithin, reachOf, reaches, type Reach } from '../tenancy/reach.ts';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  listOrganizationBasics,
  setCurrentOrganization,
  toUserBasic,
  updateNames,
  type UserRow,
} from './repository.ts';
import type { Me, MeUpdate } from './schemas.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NewUser {
  email: string;
  firstName?: string;
  lastName?: string;
}

const doesNotExist = (attr: string, value: string) => new ValidationError(`Object with id=${value} does not exist.`, { attr, code: 'does_not_exist' });

async function teamBasic(db: Executor, teamId: number): Promise<Me['team']> {
  const team = await findTeam(db, teamId);
  if (!team) return null;
  return {
    id: team.id,
    uuid: team.uuid,
    organization: team.organization_id,
    project_id: team.project_id,
    api_token: team.api_token,
    name: team.name,
    completed_snippet_onboarding: team.completed_snippet_onboarding,
    has_completed_onboarding_for: null,
    ingested_event: team.ingested_event,
    is_demo: team.is_demo,
    timezone: team.timezone,
    access_control: false,
  };
}

/** `/api/users/@me/` as the calling key sees it: nothing outside the key's reach. */
async function represent(db: Executor, caller: Caller, reach: Reach): Promise<Me> {
  const user = await findUserById(db, caller.user.id);
  if (!user) throw new NotFound();
  const [organizations, current] = await Promise.all([listOrganizationBasics(db, user.id, reach.organizationIds), currentWithin(db, user.id, reach)]);
  const organization = current.organizationId ? await findVisibleOrganization(db, user.id, current.organizationId, reach.teamIds) : undefined;
  return {
    ...toUserBasic(user),
    date_joined: user.date_joined,
    pending_email: null,
    notification_settings: {},
    anonymize_data: false,
    allow_impersonation: false,
    has_password: false,
    is_staff: false,
    is_impersonated: false,
    is_impersonated_until: null,
    is_impersonated_read_only: false,
    sensitive_session_expires_at: null,
    is_active: user.is_active,
    is_2fa_enabled: user.is_2fa_enabled,
    has_social_auth: user.has_social_auth,
    has_sso_enforcement: false,
    scene_personalisation: [],
    team: current.teamId === null ? null : await teamBasic(db, current.teamId),
    organization: organization ?? null,
    organizations,
  };
}

export function createUserService({ writes }: { writes: Writes }) {
  const { db } = writes;
  return {
    async createUser(input: NewUser): Promise<UserRow> {
      const email = input.email.trim();
      if (!EMAIL.test(email) || email.length > 254) throw new ValidationError(REFUSAL.invalidEmail, { attr: 'email' });
      const firstName = (input.firstName ?? '').trim();
      const lastName = (input.lastName ?? '').trim();
      if (firstName.length > 150) throw refuse.tooLong('first_name', 150);
      if (lastName.length > 150) throw refuse.tooLong('last_name', 150);
      // The operator's (CLI) creation, as ever without an audit row: a user alone concerns no organization.
      return writes.run(null, ({ trx }) => insertUser(trx, { uuid: uuidv7(), email, firstName, lastName, distinctId: randomBytes(24).toString('base64url') }));
    },

    async requireUserByEmail(email: string): Promise<UserRow> {
      const user = await findUserByEmail(db, email.trim());
      if (!user) throw new NotFound(`No user with email ${email}.`);
      return user;
    },

    async me(caller: Caller): Promise<Me> {
      return represent(db, caller, await reachOf(db, caller));
    },

    /**
     * PostHog's writable user fields: names, and the current organization and project (what
     * `@current` resolves to). Only organizations the user is in and the key reaches can be
     * switched to; anything else "does not exist", as in PostHog.
     */
    async update(caller: Caller, input: MeUpdate): Promise<Me> {
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const reach = await reachOf(trx, caller);
        const before = await represent(trx, caller, reach);
        const names: { first_name?: string; last_name?: string } = {};
        if (input.first_name !== undefined) names.first_name = input.first_name.trim();
        if (input.last_name !== undefined) names.last_name = input.last_name.trim();
        if (Object.keys(names).length > 0) {
          await updateNames(trx, caller.user.id, names);
          // The user's names are in the member lists and roles pages of their organizations.
          unit.changed('organization', await organizationsShowingUser(trx, caller.user.id));
        }
        if (input.set_current_organization !== undefined) {
          const organizationId = input.set_current_organization.trim().toLowerCase();
          const member = isUuid(organizationId) && reaches(reach, organizationId) ? await findMembershipLevel(trx, caller.user.id, organizationId) : undefined;
          if (member === undefined) throw doesNotExist('set_current_organization', input.set_current_organization);
          await setCurrentOrganization(trx, caller.user.id, organizationId);
        }
        if (input.set_current_team !== undefined) {
          const text = input.set_current_team.trim();
          const teamId = /^\d{1,10}$/.test(text) && Number(text) <= 2 ** 31 - 1 ? Number(text) : null;
          const team = teamId === null ? undefined : await findTeamOfMember(trx, teamId, caller.user.id);
          if (!team || !reaches(reach, team.organization_id) || (reach.teamIds !== null && !reach.teamIds.includes(team.id))) {
            throw doesNotExist('set_current_team', input.set_current_team);
          }
          await setCurrentOrganization(trx, caller.user.id, team.organization_id, team.id);
        }
        // Their own answer (@me) and which organization `@current` names (tenancy/me-cache.ts).
        if (Object.keys(names).length > 0 || input.set_current_organization !== undefined || input.set_current_team !== undefined) {
          unit.changed('user', String(caller.user.id));
        }
        const after = await represent(trx, caller, reach);
        const snapshot = (me: Me) => ({
          first_name: me.first_name,
          last_name: me.last_name,
          current_organization_id: me.organization?.id ?? null,
          current_team_id: me.team?.id ?? null,
        });
        if (JSON.stringify(snapshot(before)) !== JSON.stringify(snapshot(after))) {
          unit.audited(auditChange('user', 'updated', null, caller.user.uuid, snapshot(before), snapshot(after)));
        }
        return after;
      });
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
