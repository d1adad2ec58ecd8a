import type { SiblingWriteKind } from './sibling-writes.ts';

/** What a process caches and a write can make stale. */
export type ChangeKind = SiblingWriteKind;

/** The invalidation-channel topic of each kind; the payload is the id (and, for organizations, the write's token). */
export const CHANGE_TOPICS: Record<ChangeKind, string> = { organization: 'organization-representation', key: 'personal-api-key' };

/** A cache of this process, told by the unit about the writes of its kind. */
export interface ProcessCache {
  readonly kind: ChangeKind;
  /** Inside the write's transaction, before its commit: stop serving and filling `ids`. */
  beginWrite(ids: string[], token: string): void;
  /** After the commit: this process's own notification need not come back first. */
  committed(ids: string[], token: string): void;
}
