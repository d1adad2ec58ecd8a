import { randomBytes } from 'node:crypto';
import { uuidv7 } from '../db/ids.ts';
import type { Db } from '../db/types.ts';
import { NotFound, ValidationError } from '../http/errors.ts';
import { listOrganizationsOfUser, resolveCurrentOrganizationId } from '../access/organization-access.ts';
import { findUserByEmail, findUserById, insertUser, type UserRow } from './repository.ts';
import { toUserBasic } from './repository.ts';
import type { Me } from './schemas.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NewUser {
  email: string;
  firstName?: string;
  lastName?: string;
}

export function createUserService({ db }: { db: Db }) {
  return {
    async createUser(input: NewUser): Promise<UserRow> {
      const email = input.email.trim();
      if (!EMAIL.test(email) || email.length > 254) throw new ValidationError('Enter a valid email address.', { attr: 'email' });
      const firstName = (input.firstName ?? '').trim();
      const lastName = (input.lastName ?? '').trim();
      if (firstName.length > 150) throw new ValidationError('Ensure this field has no more than 150 characters.', { attr: 'first_name', code: 'max_length' });
      if (lastName.length > 150) throw new ValidationError('Ensure this field has no more than 150 characters.', { attr: 'last_name', code: 'max_length' });
      return db.transaction().execute((trx) =>
        insertUser(trx, { uuid: uuidv7(), email, firstName, lastName, distinctId: randomBytes(24).toString('base64url') }),
      );
    },

    async requireUserByEmail(email: string): Promise<UserRow> {
      const user = await findUserByEmail(db, email.trim());
      if (!user) throw new NotFound(`No user with email ${email}.`);
      return user;
    },

    async me(userId: number): Promise<Me> {
      const user = await findUserById(db, userId);
      if (!user) throw new NotFound();
      const organizations = await listOrganizationsOfUser(db, userId);
      const currentId = await resolveCurrentOrganizationId(db, userId);
      const basic = organizations.map((organization) => ({
        id: organization.id,
        name: organization.name,
        slug: organization.slug,
        logo_media_id: organization.logo_media_id,
        membership_level: organization.level,
        members_can_use_personal_api_keys: organization.members_can_use_personal_api_keys,
      }));
      return {
        ...toUserBasic(user),
        date_joined: user.date_joined,
        is_active: user.is_active,
        is_2fa_enabled: user.is_2fa_enabled,
        has_social_auth: user.has_social_auth,
        organization: basic.find((organization) => organization.id === currentId) ?? null,
        organizations: basic,
      };
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
