// The commands an operator runs beside the HTTP API on users, keys, organizations, members and
// integrations, and bootstrap and backup. Changes go through the same services as the API with
// the command's one operator caller (context.operator), on behalf of the user they concern where
// a rule is about a user, so the same rules (last owner, key limits) apply, and every change
// records the operator and the command's request id.
import fs from 'node:fs';
import path from 'node:path';
import { isLevel, Level } from '../access/levels.ts';
import { isValidScope, scopeHint } from '../access/scopes.ts';
import { makeDirectory } from '../db/make-directory.ts';
import { migrate } from '../db/migrate.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound, ValidationError } from '../domain/errors.ts';
import { refuse } from '../domain/refusals.ts';
import { createIntegrationService } from '../integrations/service.ts';
import { findMembershipLevel } from '../members/repository.ts';
import { createMemberService } from '../members/service.ts';
import { findOrganizationRow, listOrganizationsWithMemberCounts } from '../organizations/repository.ts';
import { createOrganizationService } from '../organizations/service.ts';
import { findKeyOwner } from '../personal-api-keys/repository.ts';
import { createPersonalApiKeyService } from '../personal-api-keys/service.ts';
import { countUsers, listUsers, toUserBasic } from '../users/repository.ts';
import { createUserService } from '../users/service.ts';
import { forUser, type CommandContext, type CommandHandlersPart } from './handler.ts';

const ALL = { limit: 1_000_000, offset: 0 };

function keyService({ writes }: CommandContext) {
  return createPersonalApiKeyService({ writes });
}

// Commands only create organizations, never read them back through the cache; their writes
// reach the caches of the process they run in (the server's, under the control socket)
// through the context's unit of work.
function organizationService({ writes }: CommandContext) {
  return createOrganizationService({ writes });
}

async function userByEmail({ writes }: CommandContext, email: string) {
  return createUserService({ writes }).requireUserByEmail(email);
}

async function membershipOf({ db }: CommandContext, organizationId: string, userId: number, email: string) {
  if (!isUuid(organizationId)) throw refuse.organizationNotFound();
  const level = await findMembershipLevel(db, userId, organizationId.toLowerCase());
  if (level === undefined) throw new NotFound(`${email} is not a member of organization ${organizationId}.`);
  return { organizationId: organizationId.toLowerCase(), level: level as Level };
}

async function requireOrganization({ db }: CommandContext, organizationId: string) {
  const found = isUuid(organizationId) ? await findOrganizationRow(db, organizationId.toLowerCase()) : undefined;
  if (!found) throw refuse.organizationNotFound();
  return { organizationId: found.id, level: Level.Owner };
}

async function keyOwner({ db }: CommandContext, keyId: string) {
  const row = await findKeyOwner(db, keyId);
  if (!row) throw new NotFound(`No personal API key with id ${keyId}.`);
  return row;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export const OPERATOR_COMMANDS = {
  migrate: {
    run: async ({ db }) => {
      const { applied, alreadyApplied } = await migrate(db);
      return { applied, alreadyApplied };
    },
  },

  init: {
    async run(context, values) {
      const { db, writes } = context;
      if ((await countUsers(db)) > 0) {
        throw new ValidationError('This orgbase already has users; init only sets up an empty one. Use "orgbase users create" and "orgbase keys create".');
      }
      const name = (values.organization ?? 'Default organization').trim();
      if (!name || name.length > 64) throw new ValidationError('Organization name must be 1 to 64 characters.', { attr: 'organization' });
      const row = await createUserService({ writes }).createUser({ email: values.email, firstName: values['first-name'], lastName: values['last-name'] });
      const caller = forUser(context, row);
      const organization = await organizationService(context).create(caller, { name });
      const key = await keyService(context).create(context.operator, row.id, { label: 'init', scopes: ['*'] });
      return { user: toUserBasic(row), organization, key };
    },
  },

  'users list': {
    async run({ db }) {
      return listUsers(db);
    },
  },

  'keys list': {
    async run(context, values) {
      const user = await userByEmail(context, values.email);
      return keyService(context).list(forUser(context, user));
    },
  },

  'keys revoke': {
    async run(context, values) {
      const owner = await keyOwner(context, values.id);
      await keyService(context).remove(forUser(context, owner), values.id);
      return { id: values.id, revoked: true };
    },
  },

  'keys roll': {
    async run(context, values) {
      const owner = await keyOwner(context, values.id);
      return keyService(context).roll(forUser(context, owner), values.id);
    },
  },

  'orgs create': {
    async run(context, values) {
      const user = await userByEmail(context, values.email);
      return organizationService(context).create(forUser(context, user), { name: values.name });
    },
  },

  'orgs list': {
    async run({ db }) {
      return listOrganizationsWithMemberCounts(db);
    },
  },

  'members list': {
    async run(context, values) {
      const access = await requireOrganization(context, values.organization);
      return (await createMemberService(context).list(access, {}, ALL)).members;
    },
  },

  'members remove': {
    // The member leaves (PostHog lets anyone leave): the last-owner rule still holds.
    async run(context, values) {
      const user = await userByEmail(context, values.email);
      const access = await membershipOf(context, values.organization, user.id, values.email);
      await createMemberService(context).remove(forUser(context, user), access, user.uuid);
      return { organization: access.organizationId, email: user.email, removed: true };
    },
  },

  'integrations list': {
    async run(context, values) {
      const access = await requireOrganization(context, values.organization);
      return (await createIntegrationService(context).list(access, ALL)).integrations;
    },
  },

  backup: {
    async run(context, values) {
      if (!context.dumpDatabase) {
        throw new ValidationError('backup copies the embedded database; for PostgreSQL use pg_dump.');
      }
      const file = path.resolve(values.FILE);
      // `backup backups/orgbase-$(date +%F).tgz` on a first day: the directory is made, not an ENOENT.
      makeDirectory(path.dirname(file), 'backup directory');
      const started = Date.now();
      const bytes = await context.dumpDatabase();
      // Written beside the target and renamed, so a failed backup never leaves a torn file.
      const partial = `${file}.partial-${process.pid}`;
      fs.writeFileSync(partial, bytes, { mode: 0o600 });
      fs.renameSync(partial, file);
      return { file, bytes: bytes.byteLength, milliseconds: Date.now() - started };
    },
  },

  'users create': {
    async run({ writes }, values) {
      const user = await createUserService({ writes }).createUser({
        email: values.email,
        firstName: values['first-name'],
        lastName: values['last-name'],
      });
      return toUserBasic(user);
    },
  },

  'keys create': {
    async run({ writes, operator }, values) {
      // The API answers PostHog's bare "Invalid scope: X"; an operator at a terminal also gets the way out.
      const invalid = list(values.scopes).find((scope) => !isValidScope(scope));
      if (invalid !== undefined) throw new ValidationError(`Invalid scope: ${invalid}${scopeHint(invalid)}`, { attr: 'scopes' });
      const user = await createUserService({ writes }).requireUserByEmail(values.email);
      return createPersonalApiKeyService({ writes }).create(operator, user.id, {
        label: values.label,
        scopes: list(values.scopes),
        scoped_organizations: list(values['scoped-organizations']),
      });
    },
  },

  'members add': {
    async run({ writes, operator }, values) {
      const level = Number(values.level);
      if (!isLevel(level)) throw new ValidationError('level must be 1 (member), 8 (admin) or 15 (owner)', { attr: 'level' });
      const user = await createUserService({ writes }).requireUserByEmail(values.email);
      return createMemberService({ writes }).addMember(operator, { organizationId: values.organization, userId: user.id, level });
    },
  },

  'integrations add': {
    async run({ writes, operator }, values) {
      let config: unknown = {};
      if (values.config !== undefined) {
        try {
          config = JSON.parse(values.config);
        } catch {
          throw new ValidationError('--config must be a JSON object', { attr: 'config' });
        }
      }
      return createIntegrationService({ writes }).install(operator, {
        organizationId: values.organization,
        kind: values.kind,
        integrationId: values['integration-id'],
        config,
        createdById: null,
      });
    },
  },
} satisfies CommandHandlersPart;
