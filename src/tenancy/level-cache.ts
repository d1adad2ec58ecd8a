import type { Level } from '../access/levels.ts';
import type { Invalidation } from '../db/invalidation.ts';
import { CHANGE_TOPICS, WriteMarks, type ProcessCache } from '../db/process-cache.ts';
import { onSiblingWrite } from '../db/sibling-writes.ts';
import type { Executor } from '../db/types.ts';
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
export class MembershipLevels implements ProcessCache {
  readonly kind = 'organization' as const;
  private readonly byOrganization = new Map<string, Map<number, Level>>();
  private readonly marks: WriteMarks;
  private readonly unsubscribe: () => void;
  private readonly stopSiblingWrites: () => void;

  constructor(
    invalidation: Invalidation,
    private readonly options: { oneStatementAtATime?: boolean; maxOrganizations?: number } = {},
  ) {
    this.marks = new WriteMarks(() => invalidation.connected, options.oneStatementAtATime ?? false);
    this.unsubscribe = invalidation.subscribe(
      CHANGE_TOPICS.organization,
      (payload) => this.heard(payload),
      () => this.clear(),
    );
    // A sibling worker's write (serve --workers): marked here before it commits.
    this.stopSiblingWrites = onSiblingWrite((kind, ids, token) => {
      if (kind === 'organization') this.beginWrite(ids, token);
    });
  }

  get generation(): number {
    return this.marks.generation;
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

  /** Inside a write's transaction, before its commit (writes/unit-of-work.ts). */
  beginWrite(organizationIds: string[], token: string): void {
    for (const organizationId of organizationIds) {
      this.marks.begin(organizationId, token);
      this.byOrganization.delete(organizationId);
    }
  }

  /** After this process's write committed: as if its notification had come back. */
  committed(organizationIds: string[], token: string): void {
    for (const organizationId of organizationIds) this.heard(`${organizationId} ${token}`);
  }

  close(): void {
    this.unsubscribe();
    this.stopSiblingWrites();
    this.clear();
  }

  private heard(payload: string): void {
    const organizationId = this.marks.heard(payload);
    if (organizationId) this.byOrganization.delete(organizationId);
  }

  private clear(): void {
    this.marks.bump();
    this.byOrganization.clear();
  }
}

/**
 * The caller's level in the organization: from memory when known, else from the database (and
 * kept, when nothing invalidated the organization meanwhile). Undefined: not a member.
 */
export async function readLevel(db: Executor, levels: MembershipLevels | undefined, userId: number, organizationId: string): Promise<Level | undefined> {
  const cached = levels?.get(userId, organizationId);
  if (cached !== undefined) return cached;
  const generation = levels?.generation ?? 0;
  const level = (await findMembershipLevel(db, userId, organizationId)) as Level | undefined;
  if (level !== undefined) levels?.fill(userId, organizationId, level, generation);
  return level;
}
