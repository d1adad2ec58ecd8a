import type { Caller } from '../access/caller.ts';
import { Level } from '../access/levels.ts';
import { organizationsNamed } from '../access/reach.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { auditChange } from '../audit/repository.ts';
import { uuidv7 } from '../db/ids.ts';
import type { Executor } from '../db/types.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import { assertPrecondition, type Precondition } from '../domain/precondition.ts';
import { NotFound, ValidationError } from '../domain/errors.ts';
import { refuse } from '../domain/refusals.ts';
import type { Page } from '../domain/page.ts';
import { insertMembership } from '../members/repository.ts';
import { setCurrentOrganization } from '../users/repository.ts';
import { createDefaultProject } from './bootstrap.ts';
import {
  deleteOrganization,
  findVisibleOrganization,
  findVisibleOrganizations,
  insertOrganizationIfSlugFree,
  lockOrganization,
  roleBelongsTo,
  updateOrganization,
  type OrganizationRow,
} from './repository.ts';
import { type OrganizationLists, UserOrganizations } from './list-cache.ts';
import { findListedMemberships, foldCase } from './list-repository.ts';
import type { Organization, OrganizationCreate, OrganizationListQuery, OrganizationUpdate } from './schemas.ts';
import { slugify, slugWithSuffix } from './slug.ts';

const SLUG_ATTEMPTS = 10;

type WritableFields = Omit<OrganizationUpdate, 'name'>;

/** The writable fields present in a body; everything else a client sends is ignored, as in PostHog. */
function writableFields(input: OrganizationUpdate): Partial<OrganizationRow> {
  const fields: Partial<OrganizationRow> = {};
  const keys: (keyof WritableFields)[] = [
    'logo_media_id',
    'is_member_join_email_enabled',
    'enforce_2fa',
    'members_can_invite',
    'members_can_use_personal_api_keys',
    'allow_publicly_shared_resources',
    'is_ai_data_processing_approved',
    'default_experiment_stats_method',
    'default_anonymize_ips',
    'default_role_id',
  ];
  for (const key of keys) if (input[key] !== undefined) (fields as Record<string, unknown>)[key] = input[key];
  if (input.name !== undefined) fields.name = input.name.trim();
  if (typeof fields.default_role_id === 'string') fields.default_role_id = fields.default_role_id.toLowerCase();
  return fields;
}

const roleDoesNotExist = () => refuse.defaultRoleDoesNotExist();

function organizationChange(verb: string, id: string, before: Organization | undefined, after: Organization | undefined) {
  // The caller's own level is part of the representation, not of the organization.
  const snapshot = (organization: Organization | undefined) => organization && { ...organization, membership_level: undefined };
  return auditChange('organization', verb, id, id, snapshot(before), snapshot(after));
}

/** A page of the caller's organizations: their ids in the page's order with the caller's level in each, and the total listed. */
export interface OrganizationListPage {
  rows: { id: string; level: number }[];
  count: number;
}

export function createOrganizationService({ writes, lists }: { writes: Writes; lists?: OrganizationLists }) {
  const { db } = writes;
  async function visible(executor: Executor, caller: Caller, organizationId: string): Promise<Organization> {
    const organization = await findVisibleOrganization(executor, caller.user.id, organizationId);
    if (!organization) throw new NotFound();
    return organization;
  }

  /** The user's organizations: from the list cache, or one statement that fills it. */
  async function organizationsOf(userId: number): Promise<UserOrganizations> {
    const generation = lists?.generation ?? 0;
    const cached = lists?.get(userId);
    if (cached) return cached;
    const memberships = await findListedMemberships(db, userId);
    return lists ? lists.fill(userId, memberships, generation) : new UserOrganizations(memberships);
  }

  async function folded(search: string): Promise<string> {
    const cached = lists?.foldedSearch(search);
    if (cached !== undefined) return cached;
    const value = await foldCase(db, search);
    lists?.fillFoldedSearch(search, value);
    return value;
  }

  return {
    /**
     * The page of the caller's organizations the key reaches, searched (ILIKE on the name, as
     * the database folds case) and ordered as asked; from memory when the list is cached.
     */
    async list(caller: Caller, query: OrganizationListQuery, page: Page): Promise<OrganizationListPage> {
      const organizations = await organizationsOf(caller.user.id);
      if (organizations.byId.length === 0) throw new NotFound('You need to belong to an organization.');
      const onlyIds = organizationsNamed(caller.key);
      const needle = query.search ? await folded(query.search) : undefined;
      let listed = organizations.ordered(query.ordering);
      if (onlyIds !== null) {
        const reached = new Set(onlyIds);
        listed = listed.filter((membership) => reached.has(membership.id));
      }
      if (needle !== undefined) listed = listed.filter((membership) => membership.foldedName.includes(needle));
      const rows = listed.slice(page.offset, page.offset + page.limit).map(({ id, level }) => ({ id, level }));
      return { rows, count: listed.length };
    },

    /** The organizations of `ids` the caller belongs to, with the caller's level (any order; left or deleted ones missing). */
    async visibleAmong(caller: Caller, ids: string[]): Promise<Organization[]> {
      return findVisibleOrganizations(db, caller.user.id, ids);
    },

    /** The organization, access decided by the organization scope (the caller's level). */
    async get(caller: Caller, access: OrganizationAccess): Promise<Organization> {
      return visible(db, caller, access.organizationId);
    },

    /**
     * Creates the organization with the caller as owner, its default project and team, and
     * makes it the caller's current organization. The slug comes from the name; a taken slug
     * gets a random suffix, and the unique index settles concurrent creates.
     */
    async create(caller: Caller, input: OrganizationCreate): Promise<Organization> {
      if (input.default_role_id) throw roleDoesNotExist(); // a new organization has no roles yet
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const id = uuidv7();
        const fields = writableFields(input);
        const name = input.name.trim();
        let slug = slugify(name);
        let inserted = false;
        for (let attempt = 0; attempt < SLUG_ATTEMPTS && !inserted; attempt++) {
          if (attempt > 0) slug = slugWithSuffix(slug);
          inserted = await insertOrganizationIfSlugFree(trx, { id, name, slug, fields });
        }
        if (!inserted) throw new ValidationError('Could not find a free slug for this name; try another name.', { attr: 'name' });
        const teamId = await createDefaultProject(trx, id, fields.default_anonymize_ips ?? false);
        await insertMembership(trx, { id: uuidv7(), organizationId: id, userId: caller.user.id, level: Level.Owner });
        // Nothing of the new organization is cached, but the creator's organization list is.
        unit.changed('organization', id);
        await setCurrentOrganization(trx, caller.user.id, id, teamId);
        const organization = await visible(trx, caller, id);
        unit.audited(organizationChange('created', id, undefined, organization));
        return organization;
      });
    },

    async update(caller: Caller, access: OrganizationAccess, input: OrganizationUpdate, precondition?: Precondition): Promise<Organization> {
      const id = access.organizationId;
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        if (!(await lockOrganization(trx, id))) throw new NotFound();
        const before = await visible(trx, caller, id);
        assertPrecondition(precondition, before);
        const fields = writableFields(input);
        if (fields.default_role_id && !(await roleBelongsTo(trx, fields.default_role_id, id))) throw roleDoesNotExist();
        if (Object.keys(fields).length === 0) return before;
        await updateOrganization(trx, id, fields);
        unit.changed('organization', id);
        const after = await visible(trx, caller, id);
        unit.audited(organizationChange('updated', id, before, after));
        return after;
      });
    },

    /** Removes the organization and everything in it, in one transaction; users stay. */
    async remove(caller: Caller, access: OrganizationAccess, precondition?: Precondition): Promise<void> {
      const id = access.organizationId;
      await writes.run(caller, async (unit) => {
        const { trx } = unit;
        if (!(await lockOrganization(trx, id))) throw new NotFound();
        const before = await visible(trx, caller, id);
        assertPrecondition(precondition, before);
        await deleteOrganization(trx, id);
        unit.changed('organization', id);
        unit.audited(organizationChange('deleted', id, before, undefined));
      });
    },
  };
}

export type OrganizationService = ReturnType<typeof createOrganizationService>;
