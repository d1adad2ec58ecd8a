import type { Caller } from '../access/caller.ts';
import { Level } from '../access/levels.ts';
import { requireLevel, resolveOrganizationAccess } from '../access/organization-access.ts';
import type { Db } from '../db/types.ts';
import type { Page } from '../http/pagination.ts';
import { listAudit } from './repository.ts';
import type { AuditLogQuery } from './schemas.ts';

export function createAuditService({ db }: { db: Db }) {
  return {
    /** An organization's trail, newest first; admins and owners only. */
    async list(caller: Caller, organizationParam: string, query: AuditLogQuery, page: Page) {
      const access = await resolveOrganizationAccess(db, caller, organizationParam);
      requireLevel(access, Level.Admin);
      return listAudit(db, access.organizationId, query, page);
    },
  };
}
