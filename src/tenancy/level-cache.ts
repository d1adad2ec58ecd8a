import { randomBytes } from 'node:crypto';
import type { Level } from '../access/levels.ts';
import { Invalidation, notifyOnCommit } from '../db/invalidation.ts';
import { onSiblingWrite, tellSiblings } from '../db/sibling-writes.ts';
import type { Executor } from '../db/types.ts';
import { findMembershipLevel } from '../members/repository.ts';

/** The `levels` invalidation kind: every write that changes who is in an organization, at which level. */
const TOPIC = 'membership-levels';
/** A write whose commit was never heard of stops blocking fills of its organization after this. */
const PENDING_MS = 30_000;
/** Organizations whose members' levels are kept; past it, the cache starts over. */
const MAX_ORGANIZATIONS = 10_000;
/** Members' levels kept per organization. A caller who is not a member is never kept: a
 * stranger probing ids cannot fill memory, and adding a member has nothing stale to drop. */
const MAX_USERS_PER_ORGANIZATION = 10_000;

/** This process's writes, told apart from other processes' by their token in the notification. */
const PROCESS_TOKEN = randomBytes(6).toString('base64url');
let writeSequence = 0;
const live = new Set<MembershipLevels>();
// A sibling worker's write (serve --workers): marked here before it commits.
onSiblingWrite((kind, ids, token) => {
  if (kind === 'levels') for (const cache of live) for (const id of ids) cache.beginWrite(id, token);
});

/**
 * The callers' membership levels, per organization, cached in process: with them a warm read
 * sends no statement to authorize. The freshness promise is the key cache's and the
 * organization representations' (representation-cache.ts, whose mechanism this repeats):
 *
 * - the process that acknowledged a change never answers from the old level:
 *   `invalidateLevels` runs inside the write's transaction, drops the organization's levels and
 *   marks it as being written, and nothing fills it again until the write's own notification
 *   comes back over LISTEN, which PostgreSQL delivers only after the commit;
 * - other processes drop them when that notification arrives (milliseconds), sibling workers
 *   of `serve --workers` before the commit (sibling-writes.ts);
 * - a lookup that began before an invalidation is not kept (the generation), and nothing is
 *   kept while the channel is not proven (proven-listener.ts).
 *
 * Writes never decide on it: they check the caller's level again inside their transaction.
 */
export class MembershipLevels {
  private readonly byOrganization = new Map<string, Map<number, Level>>();
  /** Organization id -> tokens of this process's writes not yet heard back, with expiry. */
  private readonly pending = new Map<string, Map<string, number>>();
  private version = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly invalidation: Invalidation = Invalidation.local(),
    private readonly options: { oneStatementAtATime?: boolean; maxOrganizations?: number } = {},
  ) {
    this.unsubscribe = invalidation.subscribe(TOPIC, (payload) => this.heard(payload), () => this.clear());
    live.add(this);
  }

  get generation(): number {
    return this.version;
  }

  /** The member's level, or undefined when the database must be asked. */
  get(userId: number, organizationId: string): Level | undefined {
    return this.byOrganization.get(organizationId)?.get(userId);
  }

  /** Keeps what the database answered, unless an invalidation came after `generation` or a write is open. */
  fill(userId: number, organizationId: string, level: Level, generation: number): void {
    if (!this.mayFill(organizationId, generation)) return;
    let users = this.byOrganization.get(organizationId);
    if (!users) {
      if (this.byOrganization.size >= (this.options.maxOrganizations ?? MAX_ORGANIZATIONS)) this.byOrganization.clear();
      this.byOrganization.set(organizationId, (users = new Map()));
    }
    if (users.size >= MAX_USERS_PER_ORGANIZATION) users.clear();
    users.set(userId, level);
  }

  /** Inside a write's transaction (see invalidateLevels). */
  beginWrite(organizationId: string, token: string): void {
    this.forget(organizationId);
    if (this.options.oneStatementAtATime) return;
    let tokens = this.pending.get(organizationId);
    if (!tokens) this.pending.set(organizationId, (tokens = new Map()));
    tokens.set(token, Date.now() + PENDING_MS);
  }

  close(): void {
    this.unsubscribe();
    live.delete(this);
    this.clear();
  }

  private mayFill(organizationId: string, generation: number): boolean {
    if (generation !== this.version || !this.invalidation.connected) return false;
    const tokens = this.pending.get(organizationId);
    if (!tokens) return true;
    const now = Date.now();
    for (const [token, expiry] of tokens) if (expiry <= now) tokens.delete(token);
    if (tokens.size > 0) return false;
    this.pending.delete(organizationId);
    return true;
  }

  private heard(payload: string): void {
    const [organizationId, token] = payload.split(' ');
    if (!organizationId) return;
    this.forget(organizationId);
    const tokens = this.pending.get(organizationId);
    if (token && tokens?.delete(token) && tokens.size === 0) this.pending.delete(organizationId);
  }

  private forget(organizationId: string): void {
    this.version++;
    this.byOrganization.delete(organizationId);
  }

  private clear(): void {
    this.version++;
    this.byOrganization.clear();
  }
}

/**
 * Call inside the transaction of EVERY write that changes who is in an organization or at which
 * level: a member added (invite accepted, SCIM provisioning, members add), a level changed, a
 * member removed (by an admin, leaving, SCIM deprovisioning), the organization deleted. Every
 * orgbase process on the database drops the organizations' levels when it commits; this one
 * already now (see MembershipLevels). Several organizations go in one statement.
 */
export async function invalidateLevels(trx: Executor, organizationId: string | string[]): Promise<void> {
  const ids = (typeof organizationId === 'string' ? [organizationId] : organizationId).map((id) => id.toLowerCase());
  if (ids.length === 0) return;
  const token = `${PROCESS_TOKEN}.${++writeSequence}`;
  for (const cache of live) for (const id of ids) cache.beginWrite(id, token);
  await tellSiblings('levels', ids, token);
  await notifyOnCommit(trx, TOPIC, ids.map((id) => `${id} ${token}`));
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
