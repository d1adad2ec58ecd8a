// The unit of work: every write of orgbase runs through `Writes.run` (or, for the one-statement
// role-membership writes, `Writes.statement`). The service says once what it changed (`changed`,
// `audited`) and the unit derives, in the write's own transaction, the audit row, the event
// (with its per-organization sequence), the invalidation notices for every process, and after
// the commit clears this process's caches. A write that forgets nothing by hand cannot forget one.
import { randomBytes } from 'node:crypto';
import { isOperator, type Caller, type OperatorCaller } from '../access/caller.ts';
import { recordAudit, type AuditedChange, type DomainActor } from '../audit/repository.ts';
import { appendEvent, EVENTS_TOPIC } from '../events/repository.ts';
import { EVENT_TYPES, type EventActor, type EventType } from '../events/schemas.ts';
import { notifyOnCommit, type Invalidation } from '../db/invalidation.ts';
import { byOrganization, carriesToken, CHANGE_TOPICS, type ChangeKind, type ProcessCache } from '../db/process-cache.ts';
import { tellSiblings } from '../db/sibling-writes.ts';
import type { Db, Executor } from '../db/types.ts';

/**
 * Who writes: a caller of the API, the operator (every CLI command, alone or on behalf of a
 * user), a domain's identity provider over SCIM, or nobody (null: orgbase's own bookkeeping).
 */
export type WriteActor = Caller | OperatorCaller | DomainActor | null;

/** An event the change yields instead of the one its audit action names (SCIM's words are not the catalogue's). */
export interface EventOverride {
  type: EventType;
  data: unknown;
}

const isDomainActor = (actor: WriteActor): actor is DomainActor => actor !== null && 'domainId' in actor;
const isCaller = (actor: WriteActor): actor is Caller => actor !== null && 'key' in actor;

/** The event's `actor`: the API's caller with their key's id; the CLI and identity providers without. */
export function eventActorOf(actor: WriteActor): EventActor {
  if (isDomainActor(actor)) return { user_uuid: null, key_id: null, via: 'scim' };
  if (!isCaller(actor) || isOperator(actor)) return { user_uuid: null, key_id: null, via: 'cli' };
  return { user_uuid: actor.user.uuid, key_id: actor.key.id, via: 'api' };
}

const CATALOGUE = new Set<string>(EVENT_TYPES);

// Events carry the resource as the API answers it, and never a secret: a key value that
// slipped into a field is redacted as in the audit log, and these fields are dropped.
const SECRET_FIELDS = new Set([
  'token',
  'token_hash',
  'secret',
  'scim_token',
  'scim_bearer_token',
  'scim_bearer_token_hash',
  'secure_value',
  'sensitive_config',
]);
const KEY_VALUE = /phx_[0-9A-Za-z]{16,}/g;
function withoutSecrets(state: unknown): unknown {
  if (state === undefined) return null;
  return JSON.parse(
    JSON.stringify(state, (field, value: unknown) =>
      SECRET_FIELDS.has(field) ? undefined : typeof value === 'string' ? value.replace(KEY_VALUE, 'phx_[redacted]') : value,
    ) ?? 'null',
  );
}

/** The event a change yields, by its audit action: the resource after, `{before, after}` for an update, the last state for a deletion. */
export function eventOf(change: AuditedChange): EventOverride | undefined {
  if (change.organizationId === null || !CATALOGUE.has(change.action)) return undefined;
  const type = change.action as EventType;
  const data =
    change.before !== undefined && change.after !== undefined
      ? { before: change.before, after: change.after }
      : change.after !== undefined
        ? change.after
        : change.before;
  return { type, data };
}

/** This process's writes, told apart from other processes' by their token in the notification. */
const PROCESS_TOKEN = randomBytes(6).toString('base64url');
let writeSequence = 0;

/** What a write told the caches it changes: after its commit they hear it did. */
interface Written {
  kind: ChangeKind;
  ids: string[];
  token: string;
}

const nextToken = (kind: ChangeKind) => (carriesToken(kind) ? `${PROCESS_TOKEN}.${++writeSequence}` : '');

/** A notice's payload: the ids, with the write's token where the kind carries one. */
const payloadsOf = ({ kind, ids, token }: Written) => (carriesToken(kind) ? ids.map((one) => `${one} ${token}`) : ids);

/** What one write changed, stated by its service while it runs. */
export class UnitOfWork {
  private readonly changes = new Map<ChangeKind, Set<string>>();
  /** Changes a one-statement write notifies itself (`announce`), already told to the caches. */
  private readonly announced: Written[] = [];
  /** The organizations whose events this write appended (the webhook sender wakes on them after the commit). */
  readonly eventOrganizations = new Set<string>();
  private readonly records: (
    | { change: AuditedChange; event: EventOverride | null | undefined }
    | { change: null; organizationId: string; event: EventOverride }
  )[] = [];

  constructor(
    /** The write's transaction: every statement of the write goes through it. */
    readonly trx: Executor,
    private who: WriteActor,
    private readonly caches: readonly ProcessCache[] = [],
    /**
     * The database runs one statement at a time and never waits for a lock (the embedded
     * engine, one session): role-memberships/audited-writes.ts queues a second call there.
     */
    readonly oneStatementAtATime = false,
  ) {}

  get actor(): WriteActor {
    return this.who;
  }

  /** The write made its own actor (an invite accepted by a new user, with their first key): it records as them. */
  actingAs(actor: WriteActor): void {
    this.who = actor;
  }

  /** The event's actor for statements that append their own event (role-memberships/audited-writes.ts). */
  get eventActor(): EventActor {
    return eventActorOf(this.actor);
  }

  /** What `kind` of cached thing `id` (or several) this write makes stale, on every process. */
  changed(kind: ChangeKind, id: string | readonly string[]): void {
    let ids = this.changes.get(kind);
    if (!ids) this.changes.set(kind, (ids = new Set()));
    for (const one of typeof id === 'string' ? [id] : id) ids.add(byOrganization(kind) ? one.toLowerCase() : one);
  }

  /**
   * `changed` for a write of one statement that sends its own notices (role memberships,
   * role-memberships/audited-writes.ts): this process's caches and its sibling workers are
   * told now, before the statement is sent, and the statement must send the notice of the
   * token returned (`pg_notify(CHANNEL, noticeOf(kind, id, [token, ...]))`) in its transaction;
   * once it returned, the caches hear it committed (Writes.statement, or the commit of the
   * unit it runs in).
   */
  async announce(kind: ChangeKind, id: string): Promise<string> {
    const written: Written = { kind, ids: [byOrganization(kind) ? id.toLowerCase() : id], token: nextToken(kind) };
    for (const cache of this.caches) if (cache.kind === kind) cache.beginWrite(written.ids, written.token);
    await tellSiblings(kind, written.ids, written.token);
    this.announced.push(written);
    return written.token;
  }

  /** After a one-statement write's statement (committed, or failed and rolled back: either way over). */
  settleAnnounced(): void {
    for (const written of this.announced.splice(0)) tellCommitted(this.caches, written);
  }

  /**
   * A change to record: its audit row, and the event its action names when the action is in
   * the catalogue and concerns an organization (`event` overrides that; null yields none).
   */
  audited(change: AuditedChange, event?: EventOverride | null): void {
    this.records.push({ change, event });
  }

  /**
   * An event without an audit row of its own: a change the audit log records under another
   * action (a SCIM group's members are one `scim_group.*` row, and one event per membership).
   */
  emitted(organizationId: string, event: EventOverride): void {
    this.records.push({ change: null, organizationId, event });
  }

  /** A one-statement write records itself: anything stated beside it would be lost. */
  assertSelfRecorded(): void {
    if (this.records.length > 0 || this.changes.size > 0) throw new Error('a one-statement write stated changes it cannot write; use Writes.run');
  }

  /** Writes what was stated, in the transaction, before the commit; returns what the caches hear committed after it. */
  async flush(): Promise<Written[]> {
    const actor = this.eventActor;
    const withEvents = new Set<string>();
    for (const record of this.records) {
      if (record.change) await recordAudit(this.trx, this.actor, record.change);
      const organizationId = record.change ? record.change.organizationId : record.organizationId;
      const yielded = record.event === null ? undefined : (record.event ?? (record.change ? eventOf(record.change) : undefined));
      if (yielded && organizationId) {
        await appendEvent(this.trx, { organizationId, type: yielded.type, actor, data: withoutSecrets(yielded.data) });
        withEvents.add(organizationId);
      }
    }
    if (withEvents.size > 0) await notifyOnCommit(this.trx, EVENTS_TOPIC, [...withEvents]);
    for (const organizationId of withEvents) this.eventOrganizations.add(organizationId);
    const written: Written[] = [...this.announced.splice(0)];
    for (const [kind, set] of this.changes) {
      const change: Written = { kind, ids: [...set], token: nextToken(kind) };
      for (const cache of this.caches) if (cache.kind === kind) cache.beginWrite(change.ids, change.token);
      await tellSiblings(kind, change.ids, change.token);
      // Sent even where nobody listens (the embedded database, the CLI): it costs one statement
      // inside a transaction that writes anyway, and the process cannot tell who listens.
      await notifyOnCommit(this.trx, CHANGE_TOPICS[kind], payloadsOf(change));
      written.push(change);
    }
    return written;
  }
}

function tellCommitted(caches: readonly ProcessCache[], { kind, ids, token }: Written): void {
  for (const cache of caches) if (cache.kind === kind) cache.committed(ids, token);
}

/** The writes of one process: its database and the caches its writes must clear. */
export interface Writes {
  readonly db: Db;
  /** Runs `work` as `actor` in one transaction with everything it stated; its result once committed. */
  run<T>(actor: WriteActor, work: (unit: UnitOfWork) => Promise<T>): Promise<T>;
  /**
   * A write of one statement outside any transaction that records itself (its CTE appends the
   * audit row, the event and the notice): `work` gets the database as its unit's executor.
   */
  statement<T>(actor: WriteActor, work: (unit: UnitOfWork) => Promise<T>): Promise<T>;
}

/**
 * `events`: this process's own channel, told after each commit which organizations have new
 * events (the webhook sender wakes on it). PostgreSQL's notification reaches the other
 * processes; a local channel (the embedded database) hears only this.
 */
export function createWrites(
  db: Db,
  caches: readonly ProcessCache[] = [],
  events?: Pick<Invalidation, 'dispatchLocally'>,
  options: { oneStatementAtATime?: boolean } = {},
): Writes {
  const afterCommit = (written: Written[]) => {
    for (const change of written) tellCommitted(caches, change);
  };
  return {
    db,
    async run(actor, work) {
      const { result, written, organizations } = await db.transaction().execute(async (trx) => {
        const unit = new UnitOfWork(trx, actor, caches, options.oneStatementAtATime);
        const result = await work(unit);
        return { result, written: await unit.flush(), organizations: unit.eventOrganizations };
      });
      afterCommit(written);
      for (const organizationId of organizations) events?.dispatchLocally(EVENTS_TOPIC, organizationId);
      return result;
    },
    async statement(actor, work) {
      const unit = new UnitOfWork(db, actor, caches, options.oneStatementAtATime);
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await work(unit);
      } finally {
        unit.settleAnnounced();
      }
      unit.assertSelfRecorded();
      for (const organizationId of unit.eventOrganizations) events?.dispatchLocally(EVENTS_TOPIC, organizationId);
      return result;
    },
  };
}
