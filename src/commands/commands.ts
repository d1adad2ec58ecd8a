import { OPERATOR_KEY_ID, type Caller } from '../access/caller.ts';
import type { Db } from '../db/types.ts';
import type { Writes } from '../db/write.ts';
import { isLevel } from '../access/levels.ts';
import { isValidScope, scopeHint } from '../access/scopes.ts';
import { ValidationError } from '../domain/errors.ts';
import { createIntegrationService } from '../integrations/service.ts';
import { createMemberService } from '../members/service.ts';
import { createPersonalApiKeyService } from '../personal-api-keys/service.ts';
import { toUserBasic } from '../users/repository.ts';
import { createUserService } from '../users/service.ts';
import { DOMAIN_COMMANDS } from './domain-commands.ts';
import { OPERATOR_COMMANDS } from './operator-commands.ts';
import { INVITE_COMMANDS } from './invite-commands.ts';

export interface CommandContext {
  db: Db;
  /**
   * The unit of work commands write through: the running server's (its caches), so a revoke or
   * roll through its socket takes effect at once; else one without caches.
   */
  writes: Writes;
  /** `cli-<uuid>`, one per command: every change the command makes records it. */
  requestId: string;
  /** Writes a copy of the embedded database; absent on PostgreSQL. */
  dumpDatabase?: () => Promise<Uint8Array>;
}

/** The user a command acts as, as the caller of a service: a full-scope "key" that exists only for this command. */
export function actingAs(context: CommandContext, user: { id: number; uuid: string }): Caller {
  return {
    user: { id: user.id, uuid: user.uuid },
    key: { id: OPERATOR_KEY_ID, secureValue: '', scopes: ['*'], scopedOrganizations: [], scopedTeams: [] },
    requestId: context.requestId,
  };
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
  ...DOMAIN_COMMANDS,

  'users create': {
    async run({ writes }, values) {
      const user = await createUserService({ writes }).createUser({
        email: values.email!,
        firstName: values['first-name'],
        lastName: values['last-name'],
      });
      return toUserBasic(user);
    },
  },

  'keys create': {
    async run({ writes }, values) {
      // The API answers PostHog's bare "Invalid scope: X"; an operator at a terminal also gets the way out.
      const invalid = list(values.scopes).find((scope) => !isValidScope(scope));
      if (invalid !== undefined) throw new ValidationError(`Invalid scope: ${invalid}${scopeHint(invalid)}`, { attr: 'scopes' });
      const user = await createUserService({ writes }).requireUserByEmail(values.email!);
      return createPersonalApiKeyService({ writes }).create(null, user.id, {
        label: values.label!,
        scopes: list(values.scopes),
        scoped_organizations: list(values['scoped-organizations']),
      });
    },
  },

  'members add': {
    async run({ writes }, values) {
      const level = Number(values.level);
      if (!isLevel(level)) throw new ValidationError('level must be 1 (member), 8 (admin) or 15 (owner)', { attr: 'level' });
      const user = await createUserService({ writes }).requireUserByEmail(values.email!);
      return createMemberService({ writes }).addMember(null, { organizationId: values.organization!, userId: user.id, level });
    },
  },

  'integrations add': {
    async run({ writes }, values) {
      let config: unknown = {};
      if (values.config !== undefined) {
        try {
          config = JSON.parse(values.config);
        } catch {
          throw new ValidationError('--config must be a JSON object', { attr: 'config' });
        }
      }
      return createIntegrationService({ writes }).install(null, {
        organizationId: values.organization!,
        kind: values.kind!,
        integrationId: values['integration-id']!,
        config,
        createdById: null,
      });
    },
  },
};
