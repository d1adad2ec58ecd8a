import type { Compilable } from 'kysely';
import type { Db } from '../src/db/types.ts';
import { selectMemberPage } from '../src/members/list-repository.ts';
import { selectMembershipLevel } from '../src/members/repository.ts';
import { selectListedMemberships } from '../src/organizations/list-repository.ts';
import { selectVisibleByIds } from '../src/organizations/repository.ts';
import type { SeededData } from './seed.ts';

interface Context {
  userId: number;
  data: SeededData;
  /** The ids of the list's first page. */
  pageIds: string[];
}

/** The statements behind the measured scenarios, as the server sends them. */
export const HOT_QUERIES: { name: string; build(db: Db, context: Context): Compilable }[] = [
  { name: "get-organization: the caller's level (level cache miss)", build: (db, { userId, data }) => selectMembershipLevel(db, userId, data.organizationId) },
  { name: 'get-organization / list: a representation (cache miss)', build: (db, { userId, data }) => selectVisibleByIds(db, userId, [data.organizationId]) },
  {
    name: "list-organizations: the user's memberships (list cache miss)",
    build: (db, { userId }) => selectListedMemberships(db, userId),
  },
  {
    name: 'list-organizations: 100 representations (all missed)',
    build: (db, { userId, pageIds }) => selectVisibleByIds(db, userId, pageIds),
  },
  { name: 'list-members-10k: the page', build: (db, { data }) => selectMemberPage(db, data.membersOrganizationId, {}, { limit: 100, offset: 0 }) },
];
