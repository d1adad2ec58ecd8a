import type { OrganizationAccess } from '../access/organization-rule.ts';
import type { Db } from '../db/types.ts';
import type { Page } from '../domain/page.ts';
import { listAudit } from './repository.ts';
import type { AuditLogQuery } from './schemas.ts';

export function createAuditService({ db }: { db: Db }) {
  return {
    /** An organization's trail, newest first; the route admits admins and owners only. */
    async list(access: OrganizationAccess, query: AuditLogQuery, page: Page) {
      return listAudit(db, access.organizationId, query, page);
    },
  };
}
