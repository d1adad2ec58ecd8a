import { sql, type Selectable } from 'kysely';
import type { Executor, OrganizationDomainsTable } from '../db/types.ts';
import type { Page } from '../domain/page.ts';

export type DomainRow = Selectable<OrganizationDomainsTable>;

export async function listDomains(db: Executor, organizationId: string, page: Page): Promise<DomainRow[]> {
  return db
    .selectFrom('organization_domains')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('domain')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countDomains(db: Executor, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('organization_domains')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findDomain(db: Executor, organizationId: string, domainId: string): Promise<DomainRow | undefined> {
  return db.selectFrom('organization_domains').selectAll().where('id', '=', domainId).where('organization_id', '=', organizationId).executeTakeFirst();
}

/** A domain by id alone: SCIM knows the domain before it knows the organization. */
export async function findDomainById(db: Executor, domainId: string): Promise<DomainRow | undefined> {
  return db.selectFrom('organization_domains').selectAll().where('id', '=', domainId).executeTakeFirst();
}

export async function lockDomain(trx: Executor, organizationId: string, domainId: string): Promise<DomainRow | undefined> {
  return trx
    .selectFrom('organization_domains')
    .selectAll()
    .where('id', '=', domainId)
    .where('organization_id', '=', organizationId)
    .forUpdate()
    .executeTakeFirst();
}

export async function domainTaken(db: Executor, domain: string): Promise<boolean> {
  const row = await db.selectFrom('organization_domains').select('id').where('domain', '=', domain).executeTakeFirst();
  return row !== undefined;
}

export async function insertDomain(
  trx: Executor,
  domain: Pick<DomainRow, 'id' | 'organization_id' | 'domain' | 'verification_challenge' | 'saml_entity_id' | 'saml_acs_url' | 'saml_x509_cert'>,
): Promise<DomainRow> {
  return trx.insertInto('organization_domains').values(domain).returningAll().executeTakeFirstOrThrow();
}

export type DomainChanges = Partial<
  Pick<
    DomainRow,
    | 'jit_provisioning_enabled'
    | 'sso_enforcement'
    | 'saml_entity_id'
    | 'saml_acs_url'
    | 'saml_x509_cert'
    | 'scim_enabled'
    | 'scim_bearer_token_hash'
    | 'verified_at'
    | 'last_verification_retry'
  >
>;

export async function updateDomain(trx: Executor, domainId: string, changes: DomainChanges): Promise<DomainRow> {
  return trx.updateTable('organization_domains').set(changes).where('id', '=', domainId).returningAll().executeTakeFirstOrThrow();
}

/** Marks the domain verified now (the DNS challenge was met, or an operator forced it). */
export async function markVerified(trx: Executor, domainId: string): Promise<DomainRow> {
  return trx
    .updateTable('organization_domains')
    .set({ verified_at: sql<string>`now()`, last_verification_retry: null })
    .where('id', '=', domainId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteDomain(trx: Executor, organizationId: string, domainId: string): Promise<DomainRow | undefined> {
  return trx.deleteFrom('organization_domains').where('id', '=', domainId).where('organization_id', '=', organizationId).returningAll().executeTakeFirst();
}

/** The organization's verified domains (lower-case), which the emails SCIM provisions must belong to. */
export async function verifiedDomainNames(db: Executor, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organization_domains')
    .select('domain')
    .where('organization_id', '=', organizationId)
    .where('verified_at', 'is not', null)
    .execute();
  return rows.map((row) => row.domain);
}
