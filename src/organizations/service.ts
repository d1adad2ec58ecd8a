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
  userHasOrganizations,
  type OrganizationRow,
} from './repository.ts';
import { listOrganizationPage } from './list-repository.ts';
import { type OrganizationRepresentations, type RepresentationBytes, type SerializeOrganization } from './representation-cache.ts';
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

export function createOrganizationService({ writes, representations }: { writes: Writes; representations?: OrganizationRepresentations }) {
  const { db } = writes;
  // Reads serve from the cache; the CLI only writes, and holds none.
  const cache = (): OrganizationRepresentations => representations ?? (Promise.reject(new Error('reading organizations needs their cache')) as never);
  async function visible(executor: Executor, caller: Caller, organizationId: string): Promise<Organization> {
    const organization = await findVisibleOrganization(executor, caller.user.id, organizationId);
    if (!organization) throw new NotFound();
    return organization;
  }

  return {
    /**
     * The page's ids and the caller's level in each come from the database on every request;
     * the representations from the cache, the missing ones in one more query.
     */
    async list(caller: Caller, query: OrganizationListQuery, page: Page, serialize: SerializeOrganization): Promise<{ payloads: Buffer[]; count: number }> {
      const onlyIds = organizationsNamed(caller.key);
      const generation = cache().generation;
      const { rows, count } = await listOrganizationPage(db, caller.user.id, { onlyIds, query, page });
      if (count === 0 && !(await userHasOrganizations(db, caller.user.id))) {
        throw new NotFound('You need to belong to an organization.');
      }
      const payloads: (Buffer | undefined)[] = rows.map((row) => cache().get(row.id, row.level)?.payload);
      const missing = rows.filter((_row, index) => payloads[index] === undefined).map((row) => row.id);
      if (missing.length > 0) {
        const byId = new Map((await findVisibleOrganizations(db, caller.user.id, missing)).map((organization) => [organization.id, organization]));
        rows.forEach((row, index) => {
          const organization = byId.get(row.id);
          // Left or deleted between the two queries: the page shows what the first one saw.
          if (payloads[index] === undefined && organization) payloads[index] = cache().fill(organization, generation, serialize).payload;
        });
      }
      return { payloads: payloads.filter((payload): payload is Buffer => payload !== undefined), count };
    },

    /**
     * Access was decided on current data by the organization scope (the caller's level); the
     * organization's bytes and ETag come from the cache, or from one more query that fills it.
     */
    async get(caller: Caller, access: OrganizationAccess, serialize: SerializeOrganization): Promise<RepresentationBytes> {
      const generation = cache().generation;
      const cached = cache().get(access.organizationId, access.level);
      if (cached) return cached;
      return cache().fill(await visible(db, caller, access.organizationId), generation, serialize);
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
        // Only members' levels are cached (level-cache.ts): a new organization has none to drop.
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
