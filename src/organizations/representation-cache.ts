import type { Invalidation } from '../db/invalidation.ts';
import { OrganizationCache } from '../db/process-cache.ts';
import { etagOfPayload } from '../http/etag.ts';
import type { Organization } from './schemas.ts';

const MEMBERSHIP_LEVEL = '"membership_level":null';
const MAX_ENTRIES = 10_000;

export type SerializeOrganization = (organization: Organization) => string;

export interface RepresentationBytes {
  /** UTF-8, encoded once: a list of 100 writes 100 of these without encoding 116 KB per request. */
  payload: Buffer;
  etag: string;
}

/**
 * The serialized organization, with the caller's level left out: the bytes of the 25 shared
 * fields are built once, and each level's variant (and its ETag) once on first use.
 */
class Entry {
  private readonly prefix: string;
  private readonly suffix: string;
  private readonly variants = new Map<number | null, RepresentationBytes>();

  constructor(serialized: string) {
    const at = serialized.indexOf(MEMBERSHIP_LEVEL);
    // Inside a JSON string a quote is escaped, so the unescaped key can only be the field itself.
    this.prefix = serialized.slice(0, at + MEMBERSHIP_LEVEL.length - 4);
    this.suffix = serialized.slice(at + MEMBERSHIP_LEVEL.length);
  }

  forLevel(level: number | null): RepresentationBytes {
    let variant = this.variants.get(level);
    if (!variant) {
      const payload = Buffer.from(`${this.prefix}${level === null ? 'null' : level}${this.suffix}`);
      this.variants.set(level, (variant = { payload, etag: etagOfPayload(payload) }));
    }
    return variant;
  }
}

/**
 * Organization representations (bytes and ETag per organization) cached in process.
 *
 * Never stale on the process that acknowledged a write: the write's unit of work (writes/unit-of-work.ts,
 * `changed('organization', id)`) calls `beginWrite` inside the write's transaction, which drops
 * the entry and marks the organization as being written, and no read fills it again until the
 * write's own notification comes back over LISTEN, which PostgreSQL delivers only after the
 * commit. Other processes drop the entry when
 * that notification reaches them (milliseconds). A read that began before an invalidation is
 * never cached (the generation check), and nothing is cached while the channel is down.
 *
 * On a database that runs one statement at a time (the embedded PGlite), no read can run
 * between the invalidation and the commit, so no marking is needed there. A local channel on a
 * pool (tests of one app on PostgreSQL) hears no echo, so its marks simply expire.
 *
 * The caller's level is not kept here but beside it (tenancy/level-cache.ts), under the same rules.
 */
export class OrganizationRepresentations extends OrganizationCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    invalidation: Invalidation,
    private readonly options: { oneStatementAtATime: boolean; maxEntries?: number },
  ) {
    super(invalidation, options.oneStatementAtATime);
  }

  get(organizationId: string, level: number | null): RepresentationBytes | undefined {
    return this.entries.get(organizationId)?.forLevel(level);
  }

  /** Caches `organization` unless an invalidation came after `generation` or a write is open. */
  fill(organization: Organization, generation: number, serialize: SerializeOrganization): RepresentationBytes {
    const entry = new Entry(serialize({ ...organization, membership_level: null }));
    if (this.mayFill(organization.id, generation)) {
      if (this.entries.size >= (this.options.maxEntries ?? MAX_ENTRIES)) this.entries.clear();
      this.entries.set(organization.id, entry);
    }
    return entry.forLevel(organization.membership_level);
  }

  private mayFill(organizationId: string, generation: number): boolean {
    return this.marks.mayFill(organizationId, generation);
  }

  protected forget(organizationId: string): void {
    this.entries.delete(organizationId);
  }

  protected dropAll(): void {
    this.entries.clear();
  }
}
