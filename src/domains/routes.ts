import type { FastifyRequest } from 'fastify';
import { Level } from '../access/levels.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { preconditionOf } from '../http/etag.ts';
import { pageOf, paginate, Paginated } from '../http/pagination.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { trimFields } from '../http/trim.ts';
import { NotFound } from '../domain/errors.ts';
import { isUuid } from '../db/ids.ts';
import { findDomain } from './repository.ts';
import { listScimLogs } from '../scim/repository.ts';
import { maskString } from '../scim/redact.ts';
import {
  DomainListParams,
  DomainListQuery,
  DomainParams,
  OrganizationDomain,
  OrganizationDomainCreate,
  OrganizationDomainUpdate,
  ScimLogPage,
  ScimLogQuery,
  ScimToken,
} from './schemas.ts';
import { createDomainService } from './service.ts';

const tags = ['domains'];
const anyMember = { minimum: Level.Member } as const;
const admin = { minimum: Level.Admin } as const;
const logsAdmin = { minimum: Level.Admin, refusal: () => 'Only organization admins can view SCIM logs.' } as const;

const VERIFIED_ONLY_NOTE =
  '`jit_provisioning_enabled`, `sso_enforcement` and `scim_enabled` need a verified domain (400 `verification_required` otherwise). ' +
  'Turning `scim_enabled` on returns the SCIM bearer token in `scim_bearer_token`, this once.';

export function registerDomainRoutes(app: App, deps: Deps): void {
  const domains = createDomainService({ writes: deps.writes, dns: { servers: deps.config.dnsServers, timeoutMs: deps.config.dnsTimeoutMs } });
  // The SCIM base URL shown to admins: SITE_URL when set, else where this request came in.
  const baseUrlOf = (request: FastifyRequest) => deps.config.siteUrl ?? `${request.protocol}://${request.host}`;

  app.get('/api/organizations/:organization_id/domains/', {
    config: { scope: 'organization:read', organization: anyMember },
    schema: {
      tags,
      operationId: 'domains_list',
      summary: "List the organization's domains, by domain name",
      params: DomainListParams,
      querystring: DomainListQuery,
      response: { 200: Paginated(OrganizationDomain), ...errorResponses(403, 404) },
    },
    handler: async (request) => {
      const page = pageOf(request.query);
      const { domains: results, count } = await domains.list(request.access, page, baseUrlOf(request));
      return paginate(request, page, count, results, deps.config.siteUrl);
    },
  });

  app.post('/api/organizations/:organization_id/domains/', {
    config: { scope: 'organization:write', organization: admin, representation: OrganizationDomain },
    preValidation: trimFields('domain', 'sso_enforcement'),
    schema: {
      tags,
      operationId: 'domains_create',
      summary: 'Add a domain to verify',
      description:
        'Admins and owners only. The domain must be lower-case and not used by any organization. It starts unverified, with a `verification_challenge` to publish in DNS.',
      params: DomainListParams,
      body: OrganizationDomainCreate,
      response: { 201: OrganizationDomain, ...errorResponses(400, 403, 404) },
    },
    handler: async (request, reply) => {
      const domain = await domains.create(callerOf(request), request.access, request.body, baseUrlOf(request));
      return reply.code(201).send(domain);
    },
  });

  app.get('/api/organizations/:organization_id/domains/:id/', {
    config: { scope: 'organization:read', organization: anyMember, representation: OrganizationDomain },
    schema: {
      tags,
      operationId: 'domains_retrieve',
      summary: 'Retrieve a domain',
      params: DomainParams,
      response: { 200: OrganizationDomain, ...errorResponses(403, 404) },
    },
    handler: (request) => domains.get(request.access, request.params.id, baseUrlOf(request)),
  });

  for (const method of ['patch', 'put'] as const) {
    app[method]('/api/organizations/:organization_id/domains/:id/', {
      config: { scope: 'organization:write', organization: admin, representation: OrganizationDomain },
      preValidation: trimFields('sso_enforcement'),
      schema: {
        tags,
        operationId: method === 'patch' ? 'domains_partial_update' : 'domains_update',
        summary: method === 'patch' ? "Change a domain's settings" : "Replace a domain's settings",
        description: `Admins and owners only. \`domain\` cannot be changed (it is ignored). ${VERIFIED_ONLY_NOTE}`,
        params: DomainParams,
        body: OrganizationDomainUpdate,
        response: { 200: OrganizationDomain, ...errorResponses(400, 403, 404, 412) },
      },
      handler: (request, reply) =>
        domains.update(callerOf(request), request.access, request.params.id, request.body, baseUrlOf(request), preconditionOf(request, reply)),
    });
  }

  app.delete('/api/organizations/:organization_id/domains/:id/', {
    config: { scope: 'organization:write', organization: admin, representation: OrganizationDomain },
    schema: {
      tags,
      operationId: 'domains_destroy',
      summary: 'Delete a domain',
      description: 'Admins and owners only. Its SCIM token stops working; the members it provisioned stay members.',
      params: DomainParams,
      response: { 204: NoContent, ...errorResponses(403, 404, 412) },
    },
    handler: async (request, reply) => {
      await domains.remove(callerOf(request), request.access, request.params.id, baseUrlOf(request), preconditionOf(request, reply));
      return reply.code(204).send(null);
    },
  });

  app.post('/api/organizations/:organization_id/domains/:id/verify/', {
    config: { scope: 'organization:write', organization: admin },
    schema: {
      tags,
      operationId: 'domains_verify_create',
      summary: "Check the domain's DNS challenge",
      description: [
        'Admins and owners only. Looks up the TXT record `_posthog-challenge.<domain>`; when one holds `verification_challenge`',
        'the domain becomes verified. Answers 200 with the domain either way: look at `is_verified` (DNS may take hours to',
        'propagate). A resolver that fails or times out means "not verified", never an error.',
        '',
        'Difference from PostHog, on purpose: PostHog refuses every scoped personal API key on this action; orgbase has only',
        'keys, so it takes `organization:write`.',
      ].join('\n'),
      params: DomainParams,
      response: { 200: OrganizationDomain, ...errorResponses(400, 403, 404) },
    },
    handler: (request) => domains.verify(callerOf(request), request.access, request.params.id, baseUrlOf(request)),
  });

  app.post('/api/organizations/:organization_id/domains/:id/scim/token/', {
    config: { scope: 'organization:write', organization: admin },
    schema: {
      tags,
      operationId: 'domains_scim_token_create',
      summary: 'Issue a new SCIM bearer token',
      description:
        'Admins and owners only, for a domain with SCIM enabled. The token is shown this once; the previous one stops working. ' +
        'PostHog answers "SCIM is not enabled for this domain" as a bare `{"detail"}`; orgbase uses its usual error body.',
      params: DomainParams,
      response: { 200: ScimToken, ...errorResponses(400, 403, 404) },
    },
    handler: (request) => domains.rotateScimToken(callerOf(request), request.access, request.params.id, baseUrlOf(request)),
  });

  app.get('/api/organizations/:organization_id/domains/:id/scim/logs/', {
    config: { scope: 'organization:read', organization: logsAdmin },
    schema: {
      tags,
      operationId: 'domains_scim_logs_list',
      summary: "The domain's recent SCIM requests, newest first",
      description:
        'Admins and owners only. 20 per page (`page_size` up to 100). Authorization headers, passwords, names, emails and member ids are masked before they are stored.',
      params: DomainParams,
      querystring: ScimLogQuery,
      response: { 200: ScimLogPage, ...errorResponses(400, 403, 404) },
    },
    handler: async (request) => {
      const id = request.params.id;
      const domain = isUuid(id) ? await findDomain(deps.db, request.access.organizationId, id.toLowerCase()) : undefined;
      if (!domain) throw new NotFound();
      const pageSize = request.query.page_size ?? 20;
      const page = request.query.page ?? 1;
      const search = request.query.search;
      const terms = search ? [search, maskString(search)] : [];
      const { entries, count } = await listScimLogs(deps.db, domain.id, request.query, terms, pageSize, (page - 1) * pageSize);
      const url = new URL(request.url, baseUrlOf(request));
      const link = (number: number) => {
        url.searchParams.set('page', String(number));
        return url.toString();
      };
      return { count, next: page * pageSize < count ? link(page + 1) : null, previous: page > 1 ? link(page - 1) : null, results: entries };
    },
  });
}
