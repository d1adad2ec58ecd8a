import type { Db } from '../db/types.ts';
import { isLevel } from '../access/levels.ts';
import { ValidationError } from '../domain/errors.ts';
import { createIntegrationService } from '../integrations/service.ts';
import { createMemberService } from '../members/service.ts';
import { KeyCache } from '../personal-api-keys/key-cache.ts';
import { createPersonalApiKeyService } from '../personal-api-keys/service.ts';
import { toUserBasic } from '../users/repository.ts';
import { createUserService } from '../users/service.ts';
import { OPERATOR_COMMANDS } from './operator-commands.ts';
import { INVITE_COMMANDS } from './invite-commands.ts';

export interface CommandContext {
  db: Db;
  /** The running server's key cache, so a revoke or roll through its socket takes effect at once. */
  keyCache?: KeyCache;
  /** Writes a copy of the embedded database; absent on PostgreSQL. */
  dumpDatabase?: () => Promise<Uint8Array>;
}

export interface CommandSpec {
  run(context: CommandContext, values: Record<string, string | undefined>): Promise<unknown>;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export const COMMANDS: Record<string, CommandSpec> = {
  ...OPERATOR_COMMANDS,
  ...INVITE_COMMANDS,

  'users create': {
    async run({ db }, values) {
      const user = await createUserService({ db }).createUser({
        email: values.email!,
        firstName: values['first-name'],
        lastName: values['last-name'],
      });
      return toUserBasic(user);
    },
  },

  'keys create': {
    async run({ db }, values) {
      const user = await createUserService({ db }).requireUserByEmail(values.email!);
      return createPersonalApiKeyService({ db, keyCache: new KeyCache(0) }).create(user.id, {
        label: values.label!,
        scopes: list(values.scopes),
        scoped_organizations: list(values['scoped-organizations']),
      });
    },
  },

  'members add': {
    async run({ db }, values) {
      const level = Number(values.level);
      if (!isLevel(level)) throw new ValidationError('level must be 1 (member), 8 (admin) or 15 (owner)', { attr: 'level' });
      const user = await createUserService({ db }).requireUserByEmail(values.email!);
      return createMemberService({ db }).addMember({ organizationId: values.organization!, userId: user.id, level });
    },
  },

  'integrations add': {
    async run({ db }, values) {
      let config: unknown = {};
      if (values.config !== undefined) {
        try {
          config = JSON.parse(values.config);
        } catch {
          throw new ValidationError('--config must be a JSON object', { attr: 'config' });
        }
      }
      return createIntegrationService({ db }).install({
        organizationId: values.organization!,
        kind: values.kind!,
        integrationId: values['integration-id']!,
        config,
        createdById: null,
      });
    },
  },
};
