import { randomBytes } from 'node:crypto';
import type { Caller, OperatorCaller } from '../access/caller.ts';
import type { OrganizationAccess } from '../access/organization-rule.ts';
import { auditChange } from '../audit/repository.ts';
import { isUuid, uuidv7 } from '../db/ids.ts';
import type { Writes } from '../writes/unit-of-work.ts';
import { NotFound, ValidationError } from '../domain/errors.ts';
import { refuse } from '../domain/refusals.ts';
import type { Page } from '../domain/page.ts';
import { assertPrecondition, type Precondition } from '../domain/precondition.ts';
import { generateScimToken, hashScimToken } from '../scim/token.ts';
import { lookUpChallenge, type DnsSettings } from './dns.ts';
import {
  countDomains,
  deleteDomain,
  domainTaken,
  findDomain,
  findDomainById,
  insertDomain,
  listDomains,
  lockDomain,
  markVerified,
  updateDomain,
  type DomainChanges,
  type DomainRow,
} from './repository.ts';
import type { OrganizationDomain, OrganizationDomainCreate, OrganizationDomainUpdate } from './schemas.ts';

/** PostHog's rule: lower-case labels of letters, digits and inner hyphens, a TLD of two letters or more. */
export const DOMAIN_PATTERN = /^([a-z0-9]+(-[a-z0-9]+)*\.)+[a-z]{2,}$/;

export const DOMAIN_ERRORS = {
  invalid: () => new ValidationError('Please enter a valid domain or subdomain name.', { attr: 'domain' }),
  taken: () => refuse.domainTaken(),
  verificationRequired: (attr: string) =>
    new ValidationError('This attribute cannot be updated until the domain is verified.', { attr, code: 'verification_required' }),
  alreadyVerified: () => new ValidationError('This domain has already been verified.', { code: 'already_verified' }),
  scimNotEnabled: () => new ValidationError('SCIM is not enabled for this domain', { code: 'scim_not_enabled' }),
};

/** Fields that mean something only for a domain the organization has proven it owns. */
const VERIFIED_ONLY = ['jit_provisioning_enabled', 'sso_enforcement', 'scim_enabled'] as const;

export const scimBaseUrl = (baseUrl: string, domainId: string) => `${baseUrl}/scim/v2/${domainId}`;

/** The domain as the API shows it; `token` only in the answer that created it. */
export function representDomain(row: DomainRow, baseUrl: string, token: string | null = null): OrganizationDomain {
  const hasScim = row.scim_enabled && row.scim_bearer_token_hash !== null;
  return {
    id: row.id,
    domain: row.domain,
    is_verified: row.verified_at !== null,
    verified_at: row.verified_at,
    verification_challenge: row.verification_challenge,
    jit_provisioning_enabled: row.jit_provisioning_enabled,
    sso_enforcement: row.sso_enforcement,
    has_saml: Boolean(row.saml_entity_id && row.saml_acs_url && row.saml_x509_cert),
    saml_entity_id: row.saml_entity_id,
    saml_acs_url: row.saml_acs_url,
    saml_x509_cert: row.saml_x509_cert,
    has_scim: hasScim,
    scim_enabled: row.scim_enabled,
    scim_base_url: hasScim ? scimBaseUrl(baseUrl, row.id) : null,
    scim_bearer_token: token,
  };
}

// Audit snapshots never hold a token, and do not depend on the URL the request came in on.
const snapshot = (row: DomainRow | undefined) => row && representDomain(row, '');
const domainChange = (verb: string, before: DomainRow | undefined, after: DomainRow | undefined) =>
  auditChange('domain', verb, (before ?? after)!.organization_id, (before ?? after)!.id, snapshot(before), snapshot(after));

export function createDomainService({ writes, dns }: { writes: Writes; dns: DnsSettings }) {
  const { db } = writes;
  async function requireDomain(organizationId: string, domainId: string): Promise<DomainRow> {
    const row = isUuid(domainId) ? await findDomain(db, organizationId, domainId.toLowerCase()) : undefined;
    if (!row) throw new NotFound();
    return row;
  }

  return {
    async list(access: OrganizationAccess, page: Page, baseUrl: string) {
      const [rows, count] = await Promise.all([listDomains(db, access.organizationId, page), countDomains(db, access.organizationId)]);
      return { domains: rows.map((row) => representDomain(row, baseUrl)), count };
    },

    async get(access: OrganizationAccess, domainId: string, baseUrl: string): Promise<OrganizationDomain> {
      return representDomain(await requireDomain(access.organizationId, domainId), baseUrl);
    },

    /** PostHog's order: uniqueness (across every organization) is checked before the pattern. */
    async create(caller: Caller, access: OrganizationAccess, input: OrganizationDomainCreate, baseUrl: string): Promise<OrganizationDomain> {
      const domain = input.domain;
      if (await domainTaken(db, domain)) throw DOMAIN_ERRORS.taken();
      if (!DOMAIN_PATTERN.test(domain)) throw DOMAIN_ERRORS.invalid();
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const row = await insertDomain(trx, {
          id: uuidv7(),
          organization_id: access.organizationId,
          domain,
          verification_challenge: randomBytes(32).toString('base64url'),
          saml_entity_id: input.saml_entity_id ?? null,
          saml_acs_url: input.saml_acs_url ?? null,
          saml_x509_cert: input.saml_x509_cert ?? null,
        });
        unit.audited(domainChange('created', undefined, row));
        return representDomain(row, baseUrl);
      });
    },

    async update(
      caller: Caller,
      access: OrganizationAccess,
      domainId: string,
      input: OrganizationDomainUpdate,
      baseUrl: string,
      precondition?: Precondition,
    ): Promise<OrganizationDomain> {
      if (!isUuid(domainId)) throw new NotFound();
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await lockDomain(trx, access.organizationId, domainId.toLowerCase());
        if (!before) throw new NotFound();
        assertPrecondition(precondition, representDomain(before, baseUrl));
        if (before.verified_at === null) {
          for (const field of VERIFIED_ONLY) if (input[field] !== undefined) throw DOMAIN_ERRORS.verificationRequired(field);
        }
        const changes: DomainChanges = {};
        if (input.jit_provisioning_enabled !== undefined) changes.jit_provisioning_enabled = input.jit_provisioning_enabled;
        if (input.sso_enforcement !== undefined) changes.sso_enforcement = input.sso_enforcement;
        if (input.saml_entity_id !== undefined) changes.saml_entity_id = input.saml_entity_id;
        if (input.saml_acs_url !== undefined) changes.saml_acs_url = input.saml_acs_url;
        if (input.saml_x509_cert !== undefined) changes.saml_x509_cert = input.saml_x509_cert;
        let token: string | null = null;
        if (input.scim_enabled === true && !before.scim_enabled) {
          token = generateScimToken();
          changes.scim_enabled = true;
          changes.scim_bearer_token_hash = hashScimToken(token);
        } else if (input.scim_enabled === false && before.scim_enabled) {
          changes.scim_enabled = false;
          changes.scim_bearer_token_hash = null;
        }
        const changed = Object.entries(changes).some(([field, value]) => before[field as keyof DomainRow] !== value);
        if (!changed) return representDomain(before, baseUrl);
        const after = await updateDomain(trx, before.id, changes);
        unit.audited(domainChange('updated', before, after));
        return representDomain(after, baseUrl, token);
      });
    },

    /**
     * Looks the challenge up in DNS (outside any transaction: it may take seconds), then records
     * the outcome. Not found is a 200 with `is_verified: false`, as PostHog answers.
     */
    async verify(caller: Caller | OperatorCaller | null, access: OrganizationAccess, domainId: string, baseUrl: string): Promise<OrganizationDomain> {
      const row = await requireDomain(access.organizationId, domainId);
      if (row.verified_at !== null) throw DOMAIN_ERRORS.alreadyVerified();
      const lookup = await lookUpChallenge(row.domain, row.verification_challenge, dns);
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await lockDomain(trx, access.organizationId, row.id);
        if (!before) throw new NotFound();
        if (before.verified_at !== null) return representDomain(before, baseUrl);
        if (!lookup.found) {
          return representDomain(await updateDomain(trx, before.id, { last_verification_retry: new Date().toISOString() }), baseUrl);
        }
        const after = await markVerified(trx, before.id);
        unit.audited(domainChange('verified', before, after));
        return representDomain(after, baseUrl);
      });
    },

    /** `orgbase domains verify --id ID --force`: for installs whose DNS the server cannot see. */
    async forceVerify(operator: OperatorCaller, domainId: string): Promise<OrganizationDomain> {
      const row = isUuid(domainId) ? await findDomainById(db, domainId.toLowerCase()) : undefined;
      if (!row) throw new NotFound(`No domain with id ${domainId}.`);
      if (row.verified_at !== null) return representDomain(row, '');
      return writes.run(operator, async (unit) => {
        const { trx } = unit;
        const before = (await lockDomain(trx, row.organization_id, row.id))!;
        const after = await markVerified(trx, before.id);
        unit.audited(domainChange('verified', before, after));
        return representDomain(after, '');
      });
    },

    async remove(caller: Caller, access: OrganizationAccess, domainId: string, baseUrl: string, precondition?: Precondition): Promise<void> {
      if (!isUuid(domainId)) throw new NotFound();
      await writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await lockDomain(trx, access.organizationId, domainId.toLowerCase());
        if (!before) throw new NotFound();
        assertPrecondition(precondition, representDomain(before, baseUrl));
        // Its SCIM records and request logs go with it (foreign keys); memberships stay.
        await deleteDomain(trx, access.organizationId, before.id);
        unit.audited(domainChange('deleted', before, undefined));
      });
    },

    /** A new SCIM bearer token; the previous one stops working when this commits. */
    async rotateScimToken(caller: Caller, access: OrganizationAccess, domainId: string, baseUrl: string) {
      if (!isUuid(domainId)) throw new NotFound();
      return writes.run(caller, async (unit) => {
        const { trx } = unit;
        const before = await lockDomain(trx, access.organizationId, domainId.toLowerCase());
        if (!before) throw new NotFound();
        if (!before.scim_enabled) throw DOMAIN_ERRORS.scimNotEnabled();
        const token = generateScimToken();
        const after = await updateDomain(trx, before.id, { scim_bearer_token_hash: hashScimToken(token) });
        // The token is no event's business; that the domain changed is.
        unit.audited(domainChange('scim_token_rotated', before, after), { type: 'domain.updated', data: { before: snapshot(before), after: snapshot(after) } });
        return { scim_enabled: true, scim_base_url: scimBaseUrl(baseUrl, after.id), scim_bearer_token: token };
      });
    },
  };
}

export type DomainService = ReturnType<typeof createDomainService>;
