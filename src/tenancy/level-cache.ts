import type { Level } from '../access/levels.ts';
import type { Invalidation } from '../db/invalidation.ts';
import { OrganizationCache } from '../db/process-cache.ts';
import type { Executor } from '../db/types.ts';
import type { Eventually } from '../domain/eventually.ts';
import { findMembershipLevel } from '../members/repository.ts';

/** Organizations whose members' levels are kept; past it, the cache starts over. */
const MAX_ORGANIZATIONS = 10_000;
/** Members' levels kept per organization. A caller who is not a member is never kept: a
 * stranger probing ids cannot fill memory, and adding a member has nothing stale to drop. */
const MAX_USERS_PER_ORGANIZATION = 10_000;

/**
 * The callers' membership levels, per organization, cached in process: with them a warm read
 * sends no statement to authorize. Every write that changes who is in an organization, or at
 * which level, states `changed('organization', id)` to the unit of work (members added,
 * changed or removed, invites accepted, SCIM provisioning, the organization deleted), so the
 * levels drop with the organization's representation and under the same freshness rules
 * (WriteMarks): never stale on the process that acknowledged the write, milliseconds on the
 * others, nothing kept while the channel is not proven.
 *
 * Writes never decide on it: they check the caller's level again inside their transaction.
 */
export class MembershipLevels extends OrganizationCache {
  private readonly byOrganization = new Map<string, Map<number, Level>>();

  constructor(
    invalidation: Invalidation,
    private readonly options: { oneStatementAtATime?: boolean; maxOrganizations?: number } = {},
  ) {
    super(invalidation, options.oneStatementAtATime ?? false);
  }

  /** The member's level, or undefined when the database must be asked. */
  get(userId: number, organizationId: string): Level | undefined {
    return this.byOrganization.get(organizationId)?.get(userId);
  }

  /** Keeps what the database answered, unless an invalidation came after `generation` or a write is open. */
  fill(userId: number, organizationId: string, level: Level, generation: number): void {
    if (!this.marks.mayFill(organizationId, generation)) return;
    let users = this.byOrganization.get(organizationId);
    if (!users) {
      if (this.byOrganization.size >= (this.options.maxOrganizations ?? MAX_ORGANIZATIONS)) this.byOrganization.clear();
      this.byOrganization.set(organizationId, (users = new Map()));
    }
    if (users.size >= MAX_USERS_PER_ORGANIZATION) users.clear();
    users.set(userId, level);
  }

  protected forget(organizationId: string): void {
    this.byOrganization.delete(organizationId);
  }

  protected dropAll(): void {
    this.byOrganization.clear();
  }
}

/**
 * The caller's level in the organization: from memory when known, else from the database (and
 * kept, when nothing invalidated the organization meanwhile). Undefined: not a member.
 */
export function readLevel(db: Executor, levels: MembershipLevels | undefined, userId: number, organizationId: string): Eventually<Level | undefined> {
  const cached = levels?.get(userId, organizationId);
  if (cached !== undefined) return cached;
  const generation = levels?.generation ?? 0;
  return findMembershipLevel(db, userId, organizationId).then((found) => {
    const level = found as Level | undefined;
    if (level !== undefined) levels?.fill(userId, organizationId, level, generation);
    return level;
  });
}
