import { randomBytes } from 'node:crypto';
import { TEST_SECRET_KEY } from './app.ts';
import { newSigningSecret, SecretBox } from '../../src/webhooks/secrets.ts';
import { sealContext } from '../../src/webhooks/signing.ts';
import { Level } from '../../src/access/levels.ts';
import { uuidv7 } from '../../src/db/ids.ts';
import { appendEvent } from '../../src/events/repository.ts';
import type { Db } from '../../src/db/types.ts';
import { addMember, createOrganizationRow, createUser, seedKey, type SeededKey } from './fixtures.ts';
import { createProjectRow } from './integrations.ts';
import { insertInviteRow } from './invites.ts';

/** Someone with two keys, one of each of two scopes (a feature's read and write), in no organization yet. */
export interface Person {
  user: Awaited<ReturnType<typeof createUser>>;
  readKey: string;
  writeKey: string;
}

export async function personHolding(db: Db, [read, write]: readonly [string, string]): Promise<Person> {
  const user = await createUser(db);
  return { user, readKey: (await seedKey(db, user.id, [read])).value, writeKey: (await seedKey(db, user.id, [write])).value };
}

/**
 * The small world of a feature's tests: an organization with an owner, an admin and a plain
 * member, and an outsider in none of it, each holding the feature's read and write keys.
 * seedWorld below is the large one, for the security matrix.
 */
export async function organizationWithPeopleHolding(db: Db, scopes: readonly [string, string]) {
  const owner = await personHolding(db, scopes);
  const organizationId = await createOrganizationRow(db, owner.user.id, `Org ${token()}`);
  const admin = await personHolding(db, scopes);
  const member = await personHolding(db, scopes);
  await addMember(db, organizationId, admin.user.id, Level.Admin);
  await addMember(db, organizationId, member.user.id, Level.Member);
  const outsider = await personHolding(db, scopes);
  return { organizationId, owner, admin, member, outsider };
}

export interface SeededUser {
  id: number;
  uuid: string;
  email: string;
  key: SeededKey;
}

/** One organization with everything the endpoints under test can touch. */
export interface Tenant {
  organizationId: string;
  name: string;
  slug: string;
  owner: SeededUser;
  admin: SeededUser;
  member: SeededUser;
  /** A plain member that write requests aim at (level changes, removal). */
  target: SeededUser;
  /** A member in no role yet, for role-membership adds. */
  outsider: SeededUser;
  roleId: string;
  roleName: string;
  /** A second role, holding the target, so role-membership routes have a row to read. */
  otherRoleId: string;
  roleMembershipId: string;
  integrationId: string;
  integrationExternalId: string;
  projectId: number;
  /** A pending invite, and the address it is for. */
  inviteId: string;
  invitedEmail: string;
  /** A verified domain with SCIM on, and a domain still waiting for its DNS challenge. */
  domainId: string;
  unverifiedDomainId: string;
  domainNames: string[];
  /** A webhook endpoint (to a closed local port) and one delivery attempt of it. */
  webhookId: string;
  webhookDeliveryId: string;
  /** Every identifier of this tenant: none may appear in another tenant's responses. */
  identifiers: string[];
}

const token = () => randomBytes(6).toString('hex');

async function seededUser(db: Db, tag: string): Promise<SeededUser> {
  const user = await createUser(db, { email: `${tag.replace(/[^a-z0-9]+/gi, '-')}-${token()}@hard.example.com` });
  return { id: user.id, uuid: user.uuid, email: user.email, key: await seedKey(db, user.id, ['*']) };
}

/** A project with its first team; the shared fixture, under the name the hard suite uses. */
export const insertProject = createProjectRow;

/** A domain row of the organization, verified (with SCIM on) or not. */
export async function insertDomain(
  db: Db,
  organizationId: string,
  options: { verified?: boolean; scim?: boolean } = {},
): Promise<{ id: string; domain: string }> {
  const id = uuidv7();
  const domain = `d${token()}.example.com`;
  await db
    .insertInto('organization_domains')
    .values({
      id,
      organization_id: organizationId,
      domain,
      verification_challenge: randomBytes(32).toString('base64url'),
      verified_at: options.verified ? new Date().toISOString() : null,
      scim_enabled: options.scim ?? false,
      scim_bearer_token_hash: options.scim ? `sha256$${randomBytes(32).toString('hex')}` : null,
    })
    .execute();
  return { id, domain };
}

/** A webhook endpoint sealed under TEST_SECRET_KEY, with one failed delivery of an event that is not stored. */
export async function insertWebhook(db: Db, organizationId: string, eventId: string = uuidv7()): Promise<{ webhookId: string; webhookDeliveryId: string }> {
  const webhookId = uuidv7();
  const webhookDeliveryId = uuidv7();
  const box = new SecretBox(TEST_SECRET_KEY);
  await db
    .insertInto('webhook_endpoints')
    .values({
      id: webhookId,
      organization_id: organizationId,
      url: 'https://127.0.0.1:9/hook',
      secret_encrypted: box.seal(newSigningSecret(), sealContext(webhookId)),
      disabled_reason: null,
      previous_secret_encrypted: null,
      previous_secret_expires_at: null,
      claimed_until: null,
      claim_token: null,
      failing_since: null,
    })
    .execute();
  await db
    .insertInto('webhook_deliveries')
    .values({
      id: webhookDeliveryId,
      endpoint_id: webhookId,
      event_id: eventId,
      event_type: 'role.created',
      event_sequence: 1,
      attempt: 1,
      outcome: 'retrying',
      status_code: 500,
      duration_ms: 3,
      error: 'HTTP 500',
      response_body: null,
      event_created_at: new Date().toISOString(),
    })
    .execute();
  return { webhookId, webhookDeliveryId };
}

async function insertDomains(db: Db, organizationId: string) {
  const verified = await insertDomain(db, organizationId, { verified: true, scim: true });
  const unverified = await insertDomain(db, organizationId);
  return { domainId: verified.id, unverifiedDomainId: unverified.id, domainNames: [verified.domain, unverified.domain] };
}

export async function seedTenant(db: Db, label: string): Promise<Tenant> {
  const owner = await seededUser(db, `${label}-owner`);
  const name = `${label} ${token()}`;
  const organizationId = await createOrganizationRow(db, owner.id, name);
  const { slug } = await db.selectFrom('organizations').select('slug').where('id', '=', organizationId).executeTakeFirstOrThrow();
  await db.updateTable('users').set({ current_organization_id: organizationId }).where('id', '=', owner.id).execute();
  const admin = await seededUser(db, `${label}-admin`);
  const member = await seededUser(db, `${label}-member`);
  const target = await seededUser(db, `${label}-target`);
  const outsider = await seededUser(db, `${label}-outsider`);
  await addMember(db, organizationId, admin.id, Level.Admin);
  await addMember(db, organizationId, member.id, Level.Member);
  const targetMembershipId = await addMember(db, organizationId, target.id, Level.Member);
  await addMember(db, organizationId, outsider.id, Level.Member);
  for (const user of [admin, member, target, outsider]) {
    await db.updateTable('users').set({ current_organization_id: organizationId }).where('id', '=', user.id).execute();
  }
  const roleId = uuidv7();
  const otherRoleId = uuidv7();
  const roleName = `engineers ${token()}`;
  await db
    .insertInto('roles')
    .values([
      { id: roleId, organization_id: organizationId, name: roleName, created_by_id: owner.id },
      { id: otherRoleId, organization_id: organizationId, name: `designers ${token()}`, created_by_id: owner.id },
    ])
    .execute();
  const roleMembershipId = uuidv7();
  await db
    .insertInto('role_memberships')
    .values({ id: roleMembershipId, role_id: roleId, user_id: target.id, organization_member_id: targetMembershipId })
    .execute();
  const projectId = await insertProject(db, organizationId, `Default project ${token()}`);
  const integrationId = uuidv7();
  const integrationExternalId = `icfg_${token()}`;
  await db
    .insertInto('organization_integrations')
    .values({
      id: integrationId,
      organization_id: organizationId,
      kind: 'vercel',
      integration_id: integrationExternalId,
      config: JSON.stringify({ type: 'connectable', account: { name: `acct-${token()}` } }),
      sensitive_config: JSON.stringify({ access_token: `secret-${token()}` }),
      created_by_id: owner.id,
    })
    .execute();
  const invitedEmail = `${label.replace(/[^a-z0-9]+/gi, '-')}-invited-${token()}@hard.example.com`;
  const inviteId = await insertInviteRow(db, organizationId, invitedEmail);
  const { domainId, unverifiedDomainId, domainNames } = await insertDomains(db, organizationId);
  // A stored event, so a delivery retried by hand has something to send again.
  const event = await appendEvent(db, { organizationId, type: 'organization.updated', actor: { user_uuid: null, key_id: null, via: 'cli' }, data: {} });
  const { webhookId, webhookDeliveryId } = await insertWebhook(db, organizationId, event.id);
  const users = [owner, admin, member, target, outsider];
  return {
    webhookId,
    webhookDeliveryId,
    organizationId,
    name,
    slug,
    owner,
    admin,
    member,
    target,
    outsider,
    roleId,
    roleName,
    otherRoleId,
    roleMembershipId,
    integrationId,
    integrationExternalId,
    projectId,
    inviteId,
    invitedEmail,
    domainId,
    unverifiedDomainId,
    domainNames,
    identifiers: [
      webhookId,
      webhookDeliveryId,
      inviteId,
      invitedEmail,
      domainId,
      unverifiedDomainId,
      ...domainNames,
      organizationId,
      name,
      slug,
      roleId,
      otherRoleId,
      roleName,
      roleMembershipId,
      integrationId,
      integrationExternalId,
      ...users.flatMap((user) => [user.uuid, user.email]),
    ],
  };
}

/**
 * Two tenants side by side, plus the odd callers an authorization matrix needs: users who
 * belong nowhere, who were deleted or deactivated, and keys narrowed to another organization.
 */
export interface World {
  a: Tenant;
  b: Tenant;
  stranger: SeededUser;
  deletedUserKey: SeededKey;
  deactivatedUserKey: SeededKey;
  /** Owner of tenant A, holding a key narrowed to a third organization only. */
  elsewhereKey: SeededKey;
  elsewhereOrganizationId: string;
  /** Owner of tenant A, holding a key narrowed to A's project. */
  projectHereKey: SeededKey;
  /** Owner of tenant A, holding a key narrowed to a project of the third organization (one the owner is in). */
  projectElsewhereKey: SeededKey;
}

export async function seedWorld(db: Db): Promise<World> {
  const a = await seedTenant(db, 'alpha');
  const b = await seedTenant(db, 'beta');
  const stranger = await seededUser(db, 'stranger');
  const deleted = await seededUser(db, 'deleted');
  await addMember(db, a.organizationId, deleted.id, Level.Owner);
  await db.deleteFrom('users').where('id', '=', deleted.id).execute();
  const deactivated = await seededUser(db, 'deactivated');
  await addMember(db, a.organizationId, deactivated.id, Level.Owner);
  await db.updateTable('users').set({ is_active: false }).where('id', '=', deactivated.id).execute();
  const elsewhereOrganizationId = await createOrganizationRow(db, a.owner.id, `elsewhere ${token()}`);
  const elsewhereKey = await seedKey(db, a.owner.id, ['*'], { scopedOrganizations: [elsewhereOrganizationId] });
  const projectHereKey = await seedKey(db, a.owner.id, ['*'], { scopedTeams: [a.projectId] });
  const projectElsewhereKey = await seedKey(db, a.owner.id, ['*'], { scopedTeams: [await createProjectRow(db, elsewhereOrganizationId)] });
  return {
    a,
    b,
    stranger,
    deletedUserKey: deleted.key,
    deactivatedUserKey: deactivated.key,
    elsewhereKey,
    elsewhereOrganizationId,
    projectHereKey,
    projectElsewhereKey,
  };
}
