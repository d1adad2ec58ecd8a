// SCIM 2.0 at PostHog's paths, `/scim/v2/:domain_id/...`, authenticated by the domain's bearer
// token (its own scheme: personal API keys do not reach it, nor does a SCIM token reach /api/).
// One encapsulated plugin: its own body parser, error handler and not-found handler, so every
// answer under /scim/v2/ is SCIM's (`application/scim+json`, RFC 7644 error bodies).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DomainActor } from '../audit/repository.ts';
import { translateDatabaseError, isConnectionFailure } from '../db/database-errors.ts';
import { isUuid } from '../db/ids.ts';
import type { Deps } from '../app/deps.ts';
import { findDomainById, type DomainRow } from '../domains/repository.ts';
import { FallbackCounterStore, MemoryCounterStore, RedisCounterStore } from '../http/rate-limit.ts';
import { ScimError, SCIM_ERRORS } from './errors.ts';
import { parseFilter } from './filter.ts';
import { createScimGroupService } from './groups.ts';
import { insertScimLog, pruneScimLogs } from './repository.ts';
import { identityProviderOf, maskBody, maskHeaders, maskRequestPath } from './redact.ts';
import type { ScimContext, ScimResource } from './resources.ts';
import { LIST_RESPONSE_URN, MAX_RESULTS, resourceTypes, schemaDocuments, serviceProviderConfig } from './schemas.ts';
import { scimTokenMatches } from './token.ts';
import { createScimUserService, type Page } from './users.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The SCIM request's context, once its bearer token is accepted. */
    scim: ScimContext | null;
    /** The SCIM body as JSON (parsed by the SCIM plugin, so its errors are SCIM's). */
    scimBody: unknown;
    scimStartedAt: number;
    scimResponse: string | undefined;
  }
}

const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

function sendError(reply: FastifyReply, error: ScimError): FastifyReply {
  return reply.code(error.status).headers(error.headers).type(SCIM_CONTENT_TYPE).send(JSON.stringify(error.body()));
}

/**
 * `startIndex` (from 1) and `count` (0 to MAX_RESULTS). The RFC reads a startIndex below 1 as 1
 * and a negative count as 0; orgbase answers them with a SCIM 400 `invalidValue`, as the issue
 * asks (and as PostHog does), so a client's paging bug is seen rather than silently repaired.
 */
function pageOf(query: Record<string, string | undefined>): Page {
  const number = (name: string, fallback: number) => {
    const raw = query[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^-?\d{1,15}$/.test(raw.trim())) throw SCIM_ERRORS.invalidValue(`Invalid ${name} value`);
    return Number(raw.trim());
  };
  const startIndex = number('startIndex', 1);
  if (startIndex < 1) throw SCIM_ERRORS.invalidValue('Invalid startIndex (must be >= 1)');
  const count = number('count', MAX_RESULTS);
  if (count < 0) throw SCIM_ERRORS.invalidValue('Invalid count (must be >= 0)');
  if (count > MAX_RESULTS) throw SCIM_ERRORS.invalidValue(`Invalid count (must be <= ${MAX_RESULTS})`);
  return { startIndex, count };
}

/** RFC 7644 §3.4.2.5: `attributes` keeps only those (and `id`, `schemas`, `meta`); `excludedAttributes` drops those. */
function project(resource: Record<string, unknown>, query: Record<string, string | undefined>): Record<string, unknown> {
  const names = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((name) => name.trim().split(':').pop()!.split('.')[0]!.toLowerCase())
      .filter(Boolean);
  const only = names(query.attributes);
  const excluded = names(query.excludedAttributes);
  if (only.length === 0 && excluded.length === 0) return resource;
  const always = ['id', 'schemas', 'meta'];
  return Object.fromEntries(
    Object.entries(resource).filter(([name]) => {
      const lower = name.toLowerCase();
      if (always.includes(lower)) return true;
      if (only.length > 0) return only.includes(lower);
      return !excluded.includes(lower);
    }),
  );
}

function listResponse(resources: unknown[], total: number, startIndex: number) {
  return { schemas: [LIST_RESPONSE_URN], totalResults: total, startIndex, itemsPerPage: resources.length, Resources: resources };
}

export async function registerScimRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const users = createScimUserService({ writes: deps.writes });
  const groups = createScimGroupService({ writes: deps.writes });
  const windows = deps.config.scimRateLimitPerMinute > 0 ? [{ seconds: 60, limit: deps.config.scimRateLimitPerMinute }] : [];
  const counters = deps.config.redisUrl
    ? new FallbackCounterStore(new RedisCounterStore(deps.config.redisUrl, `${deps.config.redisPrefix}scim:`), app.log)
    : new MemoryCounterStore();
  app.addHook('onClose', () => counters.close());

  await app.register(
    async (scim) => {
      scim.decorateRequest('scim', null);
      scim.decorateRequest('scimBody', undefined);
      scim.decorateRequest('scimStartedAt', 0);
      scim.decorateRequest('scimResponse', undefined);
      // Every body is read as text and parsed below, after authentication, so a malformed body
      // from a caller without a token is a 401 and malformed JSON a SCIM 400 `invalidSyntax`.
      scim.removeAllContentTypeParsers();
      scim.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

      scim.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
        if (error instanceof ScimError) return sendError(reply, error);
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, SCIM_ERRORS.tooLarge());
        if (isConnectionFailure(error)) return sendError(reply, SCIM_ERRORS.unavailable());
        const translated = translateDatabaseError(error);
        // A race lost to a concurrent write of the same user, userName or group name.
        if (translated?.code === 'unique') return sendError(reply, new ScimError(409, translated.detail, 'uniqueness'));
        if (translated && translated.kind !== 'unavailable' && translated.kind !== 'insufficient_storage') {
          return sendError(reply, new ScimError(400, translated.detail, 'invalidValue'));
        }
        if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
          return sendError(reply, new ScimError(error.statusCode, error.message, error.statusCode === 400 ? 'invalidSyntax' : undefined));
        }
        request.log.error({ err: error }, 'unhandled SCIM error');
        return sendError(reply, SCIM_ERRORS.internal());
      });
      scim.setNotFoundHandler((_request, reply) => sendError(reply, SCIM_ERRORS.notFound()));

      scim.addHook('onRequest', async (request) => {
        request.scimStartedAt = performance.now();
      });

      // Authentication: the domain in the path, verified, with SCIM on, and this token's hash.
      scim.addHook('preHandler', async (request, reply) => {
        const header = request.headers.authorization;
        const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
        if (!match) throw SCIM_ERRORS.noToken();
        // Unknown paths (the not-found handler) have no parameters: the domain is the third segment.
        const domainId = (request.params as { domain_id?: string }).domain_id ?? request.url.split(/[/?]/)[3] ?? '';
        const domain: DomainRow | undefined = isUuid(domainId) ? await findDomainById(deps.db, domainId.toLowerCase()) : undefined;
        if (!domain || domain.verified_at === null || !domain.scim_enabled || !scimTokenMatches(match[1]!, domain.scim_bearer_token_hash)) {
          throw SCIM_ERRORS.authenticationFailed();
        }
        const actor: DomainActor = { domainId: domain.id, requestId: `scim-${request.id}` };
        const site = deps.config.siteUrl ?? `${request.protocol}://${request.host}`;
        request.scim = { domain, organizationId: domain.organization_id, actor, baseUrl: `${site}/scim/v2/${domain.id}` };
        if (windows.length > 0) {
          const hit = await Promise.resolve(counters.hit(domain.scim_bearer_token_hash!, windows, Date.now() / 1000)).catch(() => undefined);
          if (hit && !hit.allowed) throw SCIM_ERRORS.throttled(60 - Math.floor((Date.now() / 1000) % 60));
          if (hit) reply.header('ratelimit-remaining', String(Math.max(0, windows[0]!.limit - hit.counts[0]!)));
        }
        const raw = request.body;
        if (['POST', 'PUT', 'PATCH'].includes(request.method)) {
          const text = typeof raw === 'string' ? raw.trim() : '';
          if (text === '') throw SCIM_ERRORS.invalidSyntax('A JSON body is required');
          try {
            request.scimBody = JSON.parse(text);
          } catch (error) {
            throw SCIM_ERRORS.invalidSyntax(`Malformed JSON: ${(error as Error).message}`);
          }
        }
      });

      // SCIM's media type unless the client asks for plain JSON; keeps the answer for the log.
      scim.addHook('onSend', (request, reply, payload, done) => {
        const accept = request.headers.accept ?? '';
        const json = /application\/json/i.test(accept) && !/application\/scim\+json/i.test(accept);
        if (reply.statusCode !== 204 && reply.statusCode !== 304) reply.type(json ? 'application/json; charset=utf-8' : SCIM_CONTENT_TYPE);
        if (typeof payload === 'string') request.scimResponse = payload;
        done(null, payload);
      });

      // Requests that passed authentication are logged, masked; a failure to log never changes an answer.
      scim.addHook('onResponse', async (request, reply) => {
        const context = request.scim;
        if (!context) return;
        let responseBody: unknown;
        try {
          responseBody = request.scimResponse ? maskBody(JSON.parse(request.scimResponse)) : undefined;
        } catch {
          responseBody = undefined;
        }
        try {
          await insertScimLog(deps.db, {
            domainId: context.domain.id,
            method: request.method,
            path: maskRequestPath(request.url),
            headers: maskHeaders(request.headers),
            requestBody: request.scimBody === undefined ? undefined : maskBody(request.scimBody),
            status: reply.statusCode,
            responseBody,
            identityProvider: identityProviderOf(request.headers['user-agent']),
            durationMs: Math.round(performance.now() - request.scimStartedAt),
          });
          if (Math.random() < 0.01) await pruneScimLogs(deps.db, context.domain.id);
        } catch (error) {
          request.log.warn({ err: error }, 'SCIM request log not stored');
        }
      });

      const contextOf = (request: FastifyRequest) => request.scim!;
      const ifMatch = (request: FastifyRequest) => (typeof request.headers['if-match'] === 'string' ? request.headers['if-match'] : undefined);
      const sendResource = (reply: FastifyReply, status: number, resource: ScimResource) => {
        reply.code(status).header('etag', resource.meta.version);
        if (status === 201) reply.header('location', String(resource.meta.location));
        return reply.send(JSON.stringify(resource));
      };
      const sendJson = (reply: FastifyReply, body: unknown) => reply.send(JSON.stringify(body));
      const filterOf = (request: FastifyRequest) => {
        const filter = (request.query as Record<string, string | undefined>).filter;
        return filter === undefined || filter.trim() === '' ? undefined : parseFilter(filter);
      };
      const hidden = { schema: { hide: true } };

      scim.get('/:domain_id/ServiceProviderConfig', hidden, async (request, reply) => sendJson(reply, serviceProviderConfig(contextOf(request).baseUrl)));
      scim.get('/:domain_id/ResourceTypes', hidden, async (request, reply) => {
        const types = resourceTypes(contextOf(request).baseUrl);
        return sendJson(reply, listResponse(types, types.length, 1));
      });
      scim.get('/:domain_id/ResourceTypes/:name', hidden, async (request, reply) => {
        const found = resourceTypes(contextOf(request).baseUrl).find((type) => type.id === (request.params as { name: string }).name);
        if (!found) throw SCIM_ERRORS.notFound();
        return sendJson(reply, found);
      });
      scim.get('/:domain_id/Schemas', hidden, async (request, reply) => {
        const documents = schemaDocuments(contextOf(request).baseUrl);
        return sendJson(reply, listResponse(documents, documents.length, 1));
      });
      scim.get('/:domain_id/Schemas/:urn', hidden, async (request, reply) => {
        const found = schemaDocuments(contextOf(request).baseUrl).find((document) => document.id === (request.params as { urn: string }).urn);
        if (!found) throw SCIM_ERRORS.notFound();
        return sendJson(reply, found);
      });

      for (const [resource, service] of [
        ['Users', users],
        ['Groups', groups],
      ] as const) {
        scim.get(`/:domain_id/${resource}`, hidden, async (request, reply) => {
          const page = pageOf(request.query as Record<string, string | undefined>);
          const query = request.query as Record<string, string | undefined>;
          const { total, resources } = await service.list(contextOf(request), filterOf(request), page);
          return sendJson(
            reply,
            listResponse(
              resources.map((resource) => project(resource, query)),
              total,
              page.startIndex,
            ),
          );
        });
        scim.post(`/:domain_id/${resource}`, hidden, async (request, reply) =>
          sendResource(reply, 201, await service.create(contextOf(request), request.scimBody)),
        );
        scim.get(`/:domain_id/${resource}/:id`, hidden, async (request, reply) => {
          const found = await service.get(contextOf(request), (request.params as { id: string }).id);
          if (request.headers['if-none-match'] === found.meta.version) return reply.code(304).header('etag', found.meta.version).send();
          reply.header('etag', found.meta.version);
          return sendJson(reply, project(found, request.query as Record<string, string | undefined>));
        });
        scim.put(`/:domain_id/${resource}/:id`, hidden, async (request, reply) =>
          sendResource(reply, 200, await service.replace(contextOf(request), (request.params as { id: string }).id, request.scimBody, ifMatch(request))),
        );
        scim.patch(`/:domain_id/${resource}/:id`, hidden, async (request, reply) =>
          sendResource(reply, 200, await service.patch(contextOf(request), (request.params as { id: string }).id, request.scimBody, ifMatch(request))),
        );
        scim.delete(`/:domain_id/${resource}/:id`, hidden, async (request, reply) => {
          await service.remove(contextOf(request), (request.params as { id: string }).id, ifMatch(request));
          return reply.code(204).send();
        });
      }
    },
    { prefix: '/scim/v2' },
  );
}
