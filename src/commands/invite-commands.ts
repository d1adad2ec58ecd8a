// The operator's invite commands (`orgbase invites create|list|revoke`): the same service and
// rules as the API. The operator invites as the organization's owner would, or on behalf of a
// member (--inviter), within that member's level and the organization's members_can_invite.
import { Level } from '../access/levels.ts';
import { forUser, type CommandContext, type CommandHandlersPart } from './handler.ts';
import { loadConfig } from '../config.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound, ValidationError } from '../domain/errors.ts';
import { refuse } from '../domain/refusals.ts';
import { findOrganizationRow } from '../organizations/repository.ts';
import { findUserByEmail } from '../users/repository.ts';
import { createInviteService } from '../invites/service.ts';

function services({ writes }: CommandContext) {
  const config = loadConfig();
  return {
    config,
    invites: createInviteService({ writes, inviteUrl: config.inviteUrl, mailEnabled: Boolean(config.smtpUrl && config.emailFrom) }),
    // Without SITE_URL the link points at this server as configured (HOST and PORT).
    linkBase: config.siteUrl ?? `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`,
  };
}

async function organizationOf(db: CommandContext['db'], organizationId: string): Promise<string> {
  const found = isUuid(organizationId) ? await findOrganizationRow(db, organizationId.toLowerCase()) : undefined;
  if (!found) throw refuse.organizationNotFound();
  return found.id;
}

export const INVITE_COMMANDS = {
  'invites create': {
    async run(context, values) {
      const { db } = context;
      const { invites, linkBase } = services(context);
      const organizationId = await organizationOf(db, values.organization);
      let inviter: { id: number; uuid: string } | undefined;
      if (values.inviter !== undefined) {
        inviter = await findUserByEmail(db, values.inviter.trim());
        if (!inviter) throw new NotFound(`No user with email ${values.inviter}.`);
      }
      const sendEmail = values['send-email'] === undefined ? true : values['send-email'];
      if (!['true', 'false', true].includes(sendEmail)) throw new ValidationError('--send-email must be true or false', { attr: 'send-email' });
      const body = {
        target_email: values.email,
        ...(values['first-name'] === undefined ? {} : { first_name: values['first-name'] }),
        ...(values.level === undefined ? {} : { level: values.level }),
        ...(values.message === undefined ? {} : { message: values.message }),
        send_email: sendEmail === true || sendEmail === 'true',
      };
      return invites.createAsOperator(organizationId, inviter?.id ?? null, body, linkBase, inviter ? forUser(context, inviter) : context.operator);
    },
  },

  'invites list': {
    async run(context, values) {
      const organizationId = await organizationOf(context.db, values.organization);
      return (await services(context).invites.list({ organizationId, level: Level.Owner }, { limit: 1_000_000, offset: 0 })).invites;
    },
  },

  'invites revoke': {
    async run(context, values) {
      const organizationId = await organizationOf(context.db, values.organization);
      if (!isUuid(values.id)) throw new NotFound('No invite with this id in the organization.');
      await services(context).invites.revoke(context.operator, organizationId, values.id.toLowerCase());
      return { id: values.id.toLowerCase(), revoked: true };
    },
  },
} satisfies CommandHandlersPart;
