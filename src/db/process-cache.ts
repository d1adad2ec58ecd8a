import type { Invalidation } from './invalidation.ts';
import { onSiblingWrite, type SiblingWriteKind } from './sibling-writes.ts';

/** What a process caches and a write can make stale. */
export type ChangeKind = SiblingWriteKind;

/** The invalidation-channel topic of each kind; the payload is the id (and, but for keys, the write's token). */
export const CHANGE_TOPICS: Record<ChangeKind, string> = {
  organization: 'organization-representation',
  key: 'personal-api-key',
  user: 'user',
  // An organization's roles and their members, which only its roles page shows.
  roles: 'roles',
};

/** Kinds whose ids are organization ids (lowercased wherever stated). */
export const byOrganization = (kind: ChangeKind): boolean => kind === 'organization' || kind === 'roles';

/**
 * Whether a kind's notices carry the write's token (`"<id> <token>"`), by which the writing
 * process knows its own write was heard (WriteMarks). The key cache marks nothing.
 */
export const carriesToken = (kind: ChangeKind): boolean => kind !== 'key';

/**
 * The invalidation-channel message (`pg_notify(CHANNEL, message)`) that writes `tokens` of
 * `kind` on `id` are over: one for several writes committed together (a batch of role
 * membership writes), which PostgreSQL delivers once.
 */
export const noticeOf = (kind: ChangeKind, id: string, tokens: readonly string[]): string =>
  JSON.stringify([CHANGE_TOPICS[kind], carriesToken(kind) ? [id, ...tokens].join(' ') : id]);

/** A cache of this process, told by the unit about the writes of its kind. */
export interface ProcessCache {
  readonly kind: ChangeKind;
  /** Inside the write's transaction, before its commit: stop serving and filling `ids`. */
  beginWrite(ids: string[], token: string): void;
  /** After the commit: this process's own notification need not come back first. */
  committed(ids: string[], token: string): void;
}

/** A write whose commit was never heard of stops blocking fills of its ids after this. */
const PENDING_MS = 30_000;

/**
 * The freshness rules every per-organization cache of a process shares: a write marks its ids
 * inside its transaction (`begin`), and nothing fills them again until its commit is known
 * (`heard`: its own notification came back, or the unit of work says it committed); a read
 * that began before any invalidation (`generation`) is never kept, nor anything while the
 * channel is not proven. On a database that runs one statement at a time (the embedded
 * PGlite) no read can run between the mark and the commit, so nothing is marked there.
 */
export class WriteMarks {
  /** Id -> tokens of this process's writes not yet heard back, with expiry. */
  private readonly pending = new Map<string, Map<string, number>>();
  private version = 0;

  constructor(
    private readonly connected: () => boolean,
    private readonly oneStatementAtATime: boolean,
  ) {}

  get generation(): number {
    return this.version;
  }

  /** Something was dropped: reads begun before now are not kept. */
  bump(): void {
    this.version++;
  }

  begin(id: string, token: string): void {
    this.version++;
    if (this.oneStatementAtATime) return;
    let tokens = this.pending.get(id);
    if (!tokens) this.pending.set(id, (tokens = new Map()));
    tokens.set(token, Date.now() + PENDING_MS);
  }

  /** A notification `"<id> <token>..."` arrived: the id is stale, and the writes it names are over. Returns the id. */
  heard(payload: string): string | undefined {
    const [id, ...tokens] = payload.split(' ');
    if (!id) return undefined;
    this.version++;
    for (const token of tokens) this.settle(id, token);
    return id;
  }

  mayFill(id: string, generation: number): boolean {
    return generation === this.version && this.connected() && !this.writeOpen(id, Date.now());
  }

  /** This process's write `token` on `id` committed: its mark need not wait for the echo. */
  settle(id: string, token: string): void {
    const tokens = this.pending.get(id);
    if (tokens?.delete(token) && tokens.size === 0) this.pending.delete(id);
  }

  /**
   * For a cache whose entries read many organizations (a user's organization list): nothing
   * invalidated since `generation`, the channel proven, and no write of this process (or a
   * sibling worker) open or unheard on any organization at all.
   */
  mayFillAcross(generation: number): boolean {
    if (generation !== this.version || !this.connected()) return false;
    const now = Date.now();
    for (const id of this.pending.keys()) if (this.writeOpen(id, now)) return false;
    return true;
  }

  /** Whether a write on `id` is still open (its expired marks are forgotten on the way). */
  private writeOpen(id: string, now: number): boolean {
    const tokens = this.pending.get(id);
    if (!tokens) return false;
    for (const [token, expiry] of tokens) if (expiry <= now) tokens.delete(token);
    if (tokens.size > 0) return true;
    this.pending.delete(id);
    return false;
  }
}

/**
 * A cache of this process keyed by organization (its representation and member pages, its
 * members' levels): dropped by every write that states `changed('organization', id)`, on this
 * process inside the write's transaction, on sibling workers before the commit, on the others
 * when the write's notification arrives; marked (WriteMarks) until that notification comes
 * back. A subclass says only what it keeps and how to drop it.
 */
export abstract class OrganizationCache implements ProcessCache {
  readonly kind = 'organization' as const;
  protected readonly marks: WriteMarks;
  private readonly unsubscribe: () => void;
  private readonly stopSiblingWrites: () => void;
  private readonly alsoHeard: (() => void)[] = [];

  constructor(
    private readonly invalidation: Invalidation,
    oneStatementAtATime: boolean,
  ) {
    this.marks = new WriteMarks(() => invalidation.connected, oneStatementAtATime);
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

  /** Inside a write's transaction, before its commit (writes/unit-of-work.ts). */
  beginWrite(organizationIds: string[], token: string): void {
    for (const organizationId of organizationIds) {
      this.marks.begin(organizationId, token);
      this.forget(organizationId);
    }
  }

  /**
   * After this process's write committed: dropped again (a read that raced the commit does not
   * fill). The mark stays until the write's own notification comes back over LISTEN (or
   * expires), as the other processes' entries are dropped only then.
   */
  committed(organizationIds: string[]): void {
    this.marks.bump();
    for (const organizationId of organizationIds) this.forget(organizationId);
  }

  close(): void {
    this.unsubscribe();
    this.stopSiblingWrites();
    for (const stop of this.alsoHeard.splice(0)) stop();
    this.clear();
  }

  /**
   * The same cache as the unit of work sees it for another kind of change, with its own topic
   * and sibling-worker marks under this cache's rules (the same WriteMarks): `drop` forgets
   * what a change of that kind to `id` makes stale. Give it to createWrites beside the cache.
   */
  protected alsoHear(kind: ChangeKind, drop: (id: string) => void, settleOnCommit = false): ProcessCache {
    const hears: ProcessCache = {
      kind,
      beginWrite: (ids, token) => {
        for (const id of ids) {
          this.marks.begin(id, token);
          drop(id);
        }
      },
      committed: (ids, token) => {
        this.marks.bump();
        for (const id of ids) {
          drop(id);
          if (settleOnCommit) this.marks.settle(id, token);
        }
      },
    };
    this.alsoHeard.push(
      this.invalidation.subscribe(
        CHANGE_TOPICS[kind],
        (payload) => {
          const id = this.marks.heard(payload);
          if (id) drop(id);
        },
        () => this.clear(),
      ),
      onSiblingWrite((sibling, ids, token) => {
        if (sibling === kind) hears.beginWrite(ids, token);
      }),
    );
    return hears;
  }

  /** Drops what is kept of one organization. */
  protected abstract forget(organizationId: string): void;

  /** Drops everything (the channel went down, or the cache closes). */
  protected abstract dropAll(): void;

  private heard(payload: string): void {
    const organizationId = this.marks.heard(payload);
    if (organizationId) this.forget(organizationId);
  }

  protected clear(): void {
    this.marks.bump();
    this.dropAll();
  }
}

/**
 * A cache of this process keyed by user whose entries read many organizations (what
 * `/api/users/@me/` answers, which organization `@current` names). A write names the
 * organizations it changes, not the users whose answers show them (a membership added names
 * the organization only), so every `changed('organization', ...)` drops every user's entries,
 * as the organization lists do (organizations/list-cache.ts); a change of one user alone
 * (`changed('user', id)`: their names, email, current organization or project) drops that
 * user's. Nothing is kept from a read begun before an invalidation, while the channel is not
 * proven, or while any write of an organization or a user is open or unheard (this process's
 * own until it commits, a sibling worker's until its notification comes back).
 *
 * `users` is the same cache as the unit of work sees it for user changes: give both to createWrites.
 */
export abstract class UserCache extends OrganizationCache {
  readonly users: ProcessCache;

  constructor(invalidation: Invalidation, oneStatementAtATime: boolean) {
    super(invalidation, oneStatementAtATime);
    this.users = this.alsoHear('user', (userId) => this.forgetUser(userId), true);
  }

  /** Kept only when nothing was invalidated since `generation` and no write is open anywhere. */
  protected mayFill(generation: number): boolean {
    return this.marks.mayFillAcross(generation);
  }

  /**
   * After this process's write committed, its reads see it: the marks are lifted here at once
   * (one unheard write would otherwise keep every user's entries from filling until its echo).
   */
  override committed(organizationIds: string[], token?: string): void {
    this.marks.bump();
    this.dropAll();
    if (token !== undefined) for (const organizationId of organizationIds) this.marks.settle(organizationId, token);
  }

  /** Any organization's change may show in any user's entries: all go. */
  protected forget(): void {
    this.dropAll();
  }

  /** Drops what is kept of one user (their id as the unit states it). */
  protected abstract forgetUser(userId: string): void;
}
