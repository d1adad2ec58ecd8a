// `orgbase domains verify`: the DNS check an admin's verify request makes, or, with --force, an
// operator's word that the organization owns the domain (an install whose server cannot see DNS).
import { Level } from '../access/levels.ts';
import { loadConfig } from '../config.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../domain/errors.ts';
import { findDomainById } from '../domains/repository.ts';
import { createDomainService } from '../domains/service.ts';
import type { CommandContext, CommandHandlersPart } from './handler.ts';

export const DOMAIN_COMMANDS = {
  'domains verify': {
    async run({ db, writes, operator }: CommandContext, values) {
      const config = loadConfig();
      const domains = createDomainService({ writes, dns: { servers: config.dnsServers, timeoutMs: config.dnsTimeoutMs } });
      const id = values.id;
      if (values.force === 'true') return domains.forceVerify(operator, id);
      const row = isUuid(id) ? await findDomainById(db, id.toLowerCase()) : undefined;
      if (!row) throw new NotFound(`No domain with id ${id}.`);
      return domains.verify(operator, { organizationId: row.organization_id, level: Level.Owner }, row.id, config.siteUrl ?? '');
    },
  },
} satisfies CommandHandlersPart;
