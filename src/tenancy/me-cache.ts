import type { Caller } from '../access/caller.ts';
import { reachShape, type Reach } from '../access/reach.ts';
import type { Invalidation } from '../db/invalidation.ts';
import { UserCache } from '../db/process-cache.ts';
import type { Executor } from '../db/types.ts';
import type { Eventually } from '../domain/eventually.ts';
import { findCurrentOrganizationId } from '../members/repository.ts';

/** Users with something kept; past it, the cache starts over. */
const MAX_USERS = 10_000;
/** All `@me` answers together, in bytes: one shows the current organization whole and every organization of the user. */
const MAX_ME_BYTES = 16 * 1024 * 1024;

/** An answer's bytes and its ETag, computed once. */
export interface MeBytes {
  payload: Buffer;
  etag: string;
}

interface Kept {
  /** The current organization's id (null: the user is in none the key reaches), by the key's reach. */
  current: Map<string, string | null>;
  /** `/api/users/@me/`, by the key's reach. */
  me: Map<string, MeBytes>;
}

/**
 * Per user and key reach (the organizations and teams a key is narrowed to), which
 * organization `@current` names and what `/api/users/@me/` answers: with them a warm `@me`, and
 * the resolution of `@current` on every organization route, send no statement.
 *
 * How they are dropped (issue 27 left it open): `@me` shows the user's organizations with their
 * levels, the current one whole, and its current project; which one is current falls back to
 * the first joined. A write that adds a user to an organization names the organization, not
 * the user, and a per-organization index of users would miss that user; so, as the
 * organization lists, every `changed('organization', ...)` drops every user's entries (the
 * UserCache base). What changes a user alone, their names and email (PATCH @me, SCIM) and their
 * current organization or project (PATCH @me's set_current_organization and set_current_team),
 * states `changed('user', id)`, which drops that user's. A busy server refills them often; each
 * refill is the reads the uncached request makes, and a warm one makes none.
 */
export class MeCache extends UserCache {
  private readonly byUser = new Map<number, Kept>();
  private meBytes = 0;

  constructor(invalidation: Invalidation, options: { oneStatementAtATime: boolean }) {
    super(invalidation, options.oneStatementAtATime);
  }

  currentOrganization(userId: number, reach: string): string | null | undefined {
    return this.byUser.get(userId)?.current.get(reach);
  }

  fillCurrentOrganization(userId: number, reach: string, organizationId: string | null, generation: number): void {
    if (this.mayFill(generation)) this.kept(userId).current.set(reach, organizationId);
  }

  me(userId: number, reach: string): MeBytes | undefined {
    return this.byUser.get(userId)?.me.get(reach);
  }

  fillMe(userId: number, reach: string, bytes: MeBytes, generation: number): void {
    if (bytes.payload.length > MAX_ME_BYTES || !this.mayFill(generation)) return;
    if (this.meBytes + bytes.payload.length > MAX_ME_BYTES) this.dropAll();
    const { me } = this.kept(userId);
    this.meBytes += bytes.payload.length - (me.get(reach)?.payload.length ?? 0);
    me.set(reach, bytes);
  }

  private kept(userId: number): Kept {
    let kept = this.byUser.get(userId);
    if (!kept) {
      if (this.byUser.size >= MAX_USERS) this.dropAll();
      this.byUser.set(userId, (kept = { current: new Map(), me: new Map() }));
    }
    return kept;
  }

  protected forgetUser(userId: string): void {
    const kept = this.byUser.get(Number(userId));
    for (const bytes of kept?.me.values() ?? []) this.meBytes -= bytes.payload.length;
    this.byUser.delete(Number(userId));
  }

  protected dropAll(): void {
    this.byUser.clear();
    this.meBytes = 0;
  }
}

/**
 * The caller's current organization among those the key reaches: from memory when known, else
 * from the database (and kept, when nothing was invalidated meanwhile). Null: none.
 */
export function readCurrentOrganization(db: Executor, cache: MeCache | undefined, caller: Caller, reach: Reach): Eventually<string | null> {
  const shape = reachShape(caller.key);
  const kept = cache?.currentOrganization(caller.user.id, shape);
  if (kept !== undefined) return kept;
  const generation = cache?.generation ?? 0;
  return findCurrentOrganizationId(db, caller.user.id, reach.organizationIds).then((organizationId) => {
    cache?.fillCurrentOrganization(caller.user.id, shape, organizationId, generation);
    return organizationId;
  });
}
