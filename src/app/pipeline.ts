import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types.ts';
import { installIdempotency } from '../idempotency/hooks.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { installAuth, type Authenticate } from '../http/auth.ts';
import { installContentParsers } from '../http/content-parsers.ts';
import { installErrorHandling } from '../http/error-handler.ts';
import { installEtags } from '../http/etag.ts';
import { installRateLimit, type RateLimitSettings } from '../http/rate-limit.ts';
import { installRouteTable } from '../http/route-table.ts';
import { installSecurityHeaders } from '../http/security-headers.ts';

export interface PipelineParts {
  db: Db;
  authenticate: Authenticate;
  rateLimit: RateLimitSettings;
  metrics?: Metrics;
}

/**
 * The request pipeline, listed once in the order a request meets it. Hooks of one kind run in
 * the order they are added, and each stage refuses at install a stage it needs that is not
 * installed yet (src/http/stages.ts).
 *
 *   onRequest      metrics                    requests in flight, latency by route
 *   parsing        content parsers            JSON and form bodies, as DRF parses them
 *   preValidation  authentication + scope     the caller, and the key's scope for the route
 *   preValidation  rate limit                 per key, after the scope check (DRF's order)
 *   preValidation  organization access        the caller's membership and the route's rule;
 *                                             installed with the organization routes
 *                                             (src/tenancy/organization-scope.ts), so it runs
 *                                             after the stages above and before route hooks
 *   validation     the route's schema
 *   preHandler     idempotency                claims an Idempotency-Key, or replays
 *   onSend         security headers, idempotency (keeps the response), ETag / If-None-Match
 *   errors         one handler renders every error as PostHog's body
 */
export function installRequestPipeline(app: FastifyInstance, parts: PipelineParts): void {
  parts.metrics?.instrument(app);
  installContentParsers(app);
  installErrorHandling(app);
  installSecurityHeaders(app);
  installRouteTable(app);
  installAuth(app, parts.authenticate);
  installRateLimit(app, parts.rateLimit);
  installIdempotency(app, parts.db);
  installEtags(app);
}
