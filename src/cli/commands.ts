import type { Db } from '../db/types.ts';
import { isLevel } from '../access/levels.ts';
import { ValidationError } from '../http/errors.ts';
import { createIntegrationService } from '../integrations/service.ts';
import { createMemberService } from '../members/service.ts';
import { KeyCache } from '../personal-api-keys/key-cache.ts';
import { createPersonalApiKeyService } from '../personal-api-keys/service.ts';
import { toUserBasic } from '../users/repository.ts';
import { createUserService } from '../users/service.ts';

export interface CommandContext {
  db: Db;
}

interface CommandSpec {
  options: Record<string, { type: 'string' }>;
  required: string[];
  run(context: CommandContext, values: Record<string, string | undefined>): Promise<unknown>;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export const COMMANDS: Record<string, CommandSpec> = {
  'users create': {
    options: { email: { type: 'string' }, 'first-name': { type: 'string' }, 'last-name': { type: 'string' } },
    required: ['email'],
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
    options: {
      email: { type: 'string' },
      label: { type: 'string' },
      scopes: { type: 'string' },
      'scoped-organizations': { type: 'string' },
    },
    required: ['email', 'label', 'scopes'],
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
    options: { organization: { type: 'string' }, email: { type: 'string' }, level: { type: 'string' } },
    required: ['organization', 'email', 'level'],
    async run({ db }, values) {
      const level = Number(values.level);
      if (!isLevel(level)) throw new ValidationError('level must be 1 (member), 8 (admin) or 15 (owner)', { attr: 'level' });
      const user = await createUserService({ db }).requireUserByEmail(values.email!);
      return createMemberService({ db }).addMember({ organizationId: values.organization!, userId: user.id, level });
    },
  },

  'integrations add': {
    options: {
      organization: { type: 'string' },
      kind: { type: 'string' },
      'integration-id': { type: 'string' },
      config: { type: 'string' },
    },
    required: ['organization', 'kind', 'integration-id'],
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
