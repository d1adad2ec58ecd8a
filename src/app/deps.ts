// What the feature route tables are built from, assembled by app.ts. It names features' own
// types (the caches), so it lives beside the composition rather than in http/, which every
// feature builds on.
import type { Config } from '../config.ts';
import type { Invalidation } from '../db/invalidation.ts';
import type { Db } from '../db/types.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import type { MemberPageCache } from '../members/page-cache.ts';
import type { OrganizationLists } from '../organizations/list-cache.ts';
import type { OrganizationRepresentations } from '../organizations/representation-cache.ts';
import type { KeyCache } from '../personal-api-keys/key-cache.ts';
import type { ProjectCache } from '../projects/project-cache.ts';
import type { RolePages } from '../roles/role-pages.ts';
import type { MembershipLevels } from '../tenancy/level-cache.ts';
import type { MeCache } from '../tenancy/me-cache.ts';
import type { SecretBox } from '../webhooks/secrets.ts';

/** What feature route modules are built from. */
export interface Deps {
  db: Db;
  /** Every write's unit of work, with this process's caches (writes/unit-of-work.ts). */
  writes: Writes;
  config: Config;
  keyCache: KeyCache;
  /** The cluster's cache invalidation channel (local for the embedded database and tests). */
  invalidation: Invalidation;
  /** Organizations' representations (src/organizations/representation-cache.ts). */
  representations: OrganizationRepresentations;
  /** Member list pages and totals (src/members/page-cache.ts). */
  memberPages: MemberPageCache;
  /** Users' organization lists and finished list pages (src/organizations/list-cache.ts). */
  organizationLists: OrganizationLists;
  /** Callers' membership levels, read by the organization scope (src/tenancy/level-cache.ts). */
  levels: MembershipLevels;
  /** Roles list pages, each role with its members (src/roles/role-pages.ts). */
  rolePages: RolePages;
  /** Projects list pages and projects by id (src/projects/project-cache.ts). */
  projectCache: ProjectCache;
  /** Users' `@me` answers and current organizations (src/tenancy/me-cache.ts). */
  me: MeCache;
  /** The invitation mail queue's sender, when SMTP is configured (src/mail/outbox.ts). */
  mail?: { wake(): void };
  /** What seals webhook signing secrets; undefined when the server has no key (webhooks refused). */
  webhookSecrets?: SecretBox;
}
