import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyReply } from 'fastify';
import { probeDatabase } from '../db/connection.ts';
import type { Config } from '../config.ts';
import { Invalidation } from '../db/invalidation.ts';
import { createWrites, type Writes } from '../writes/unit-of-work.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's unit of work, with its caches: the control socket's commands write through it too. */
    writes: Writes;
  }
}
import type { Db } from '../db/types.ts';
import type { Deps } from './deps.ts';
import type { App } from '../http/app-types.ts';
import { installDeclaredStatusCheck } from '../openapi/declared-statuses.ts';
import { ParseError } from '../http/errors.ts';
import { openApiOptions } from './openapi-components.ts';
import { registerOpenApiRoutes } from '../openapi/routes.ts';
import { loggerOptions } from '../http/logging.ts';
import { requestIdSource } from '../http/request-ids.ts';
import { applySecurityHeaders } from '../http/security-headers.ts';
import { installRequestPipeline } from './pipeline.ts';
import { validatorCompiler } from '../http/validation.ts';
import { MemberPageCache } from '../members/page-cache.ts';
import { OrganizationRepresentations } from '../organizations/representation-cache.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { createAuthenticator } from '../personal-api-keys/authenticate.ts';
import { FailedAuthentications } from '../personal-api-keys/failed-authentications.ts';
import { KeyCache } from '../personal-api-keys/key-cache.ts';
import { MailOutbox } from '../mail/outbox.ts';
import { EventRetention } from '../events/retention.ts';
import { WebhookDelivery } from '../webhooks/delivery.ts';
import { loadSecretKey, SecretBox } from '../webhooks/secrets.ts';
import { registerFeatureRoutes } from './routes.ts';
import { MembershipLevels } from '../tenancy/level-cache.ts';
import { MeCache } from '../tenancy/me-cache.ts';
import { ProjectCache } from '../projects/project-cache.ts';
import { RolePages } from '../roles/role-pages.ts';
import { OrganizationLists } from '../organizations/list-cache.ts';
import { commit, version } from '../version.ts';

export interface AppOptions {
  db: Db;
  config: Config;
  keyCache?: KeyCache;
  invalidation?: Invalidation;
  /**
   * The database runs one statement at a time (the embedded PGlite behind one session), so no
   * read can slip between a write's cache invalidation and its commit. Unset, caches assume a pool.
   */
  oneStatementAtATime?: boolean;
  /** A pino logger config, or false to silence it (tests). */
  logger?: boolean | object;
  /** Prometheus metrics to record requests in (ORGBASE_METRICS_PORT). */
  metrics?: Metrics;
  /** Tests: a status a route's OpenAPI entry does not declare fails the request (http/declared-statuses.ts). */
  checkDeclaredStatuses?: boolean;
  /** What seals webhook secrets; unset, ORGBASE_SECRET_KEY(_FILE) if given (startServer adds the data directory's key file). */
  webhookSecrets?: SecretBox;
  /** Run this process's webhook sender (the server does; tests of other features need not). */
  deliverWebhooks?: boolean;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const { db, config } = options;
  const keyCache = options.keyCache ?? new KeyCache(config.keyCacheTtlSeconds * 1000);
  const nextRequestId = requestIdSource();
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : nextRequestId();
    },
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 500 },
    bodyLimit: config.bodyLimitBytes,
    // A client trickling its request ends with 408 after this long, so slow clients cannot
    // hold connections (and the memory of their bodies) forever. Node checks the deadline at
    // connectionsCheckingInterval, so that is kept well below the timeout.
    requestTimeout: config.requestTimeoutSeconds * 1000,
    http:
      config.requestTimeoutSeconds > 0
        ? {
            headersTimeout: Math.min(60_000, config.requestTimeoutSeconds * 1000),
            connectionsCheckingInterval: Math.min(1000, config.requestTimeoutSeconds * 250),
          }
        : {},
    return503OnClosing: true,
    // Only the configured proxies' X-Forwarded-Proto/Host/For count (protocol, host, ip).
    trustProxy: config.trustProxy ?? false,
    // A request target the router cannot decode never reaches the error handler.
    frameworkErrors: (error, request, reply) => {
      applySecurityHeaders(reply as FastifyReply, request.url, request.id);
      void (reply as FastifyReply).code(400).send(new ParseError(`Malformed request URL: ${error.message}`).body());
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  installRequestPipeline(app, {
    db,
    metrics: options.metrics,
    authenticate: createAuthenticator({
      db,
      keyCache,
      failures: new FailedAuthentications({ perAddress: config.authFailuresPerAddressPerMinute, total: config.authFailuresPerMinute }),
    }),
    rateLimit: {
      perMinute: config.rateLimitPerMinute,
      perHour: config.rateLimitPerHour,
      redisUrl: config.redisUrl,
      redisPrefix: config.redisPrefix,
    },
  });

  await app.register(swagger, openApiOptions);
  if (options.checkDeclaredStatuses) installDeclaredStatusCheck(app);
  await registerOpenApiRoutes(app, config.siteUrl);
  const running = { version: version(), commit: commit() };
  app.get('/_health', { schema: { hide: true } }, async () => ({ status: 'ok', ...running }));
  const invalidation = options.invalidation ?? Invalidation.local();
  app.get('/_readyz', { schema: { hide: true } }, async (_request, reply) => {
    // Without a proven invalidation channel the process still answers correctly (from the
    // database, caches off), so it stays ready; the body says so for whoever watches.
    const channel = invalidation.status === undefined ? {} : { invalidation_channel: invalidation.connected ? 'ok' : 'down' };
    try {
      await probeDatabase(db);
      return { status: 'ok', database: 'ok', ...channel };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable', ...channel });
    }
  });

  const oneStatementAtATime = options.oneStatementAtATime ?? false;
  const representations = new OrganizationRepresentations(invalidation, { oneStatementAtATime });
  const memberPages = new MemberPageCache(invalidation, { oneStatementAtATime });
  const levels = new MembershipLevels(invalidation, { oneStatementAtATime });
  const organizationLists = new OrganizationLists(invalidation, { oneStatementAtATime });
  const rolePages = new RolePages(invalidation, { oneStatementAtATime });
  const projectCache = new ProjectCache(invalidation, { oneStatementAtATime });
  const me = new MeCache(invalidation, { oneStatementAtATime });
  // Invitation mail is sent only when both are set; otherwise invites say emailing_attempt_made: false.
  const mail =
    config.smtpUrl && config.emailFrom
      ? new MailOutbox(db, { smtpUrl: config.smtpUrl, from: config.emailFrom, retryMs: config.mailRetryMs, log: app.log })
      : undefined;
  const writes = createWrites(
    db,
    [representations, memberPages, levels, organizationLists, rolePages, rolePages.roles, projectCache, me, me.users, keyCache],
    invalidation,
    { oneStatementAtATime: options.oneStatementAtATime ?? false },
  );
  app.decorate('writes', writes);
  const webhookSecrets = options.webhookSecrets ?? secretBoxOf(config);
  const deps: Deps = {
    db,
    writes,
    config,
    keyCache,
    invalidation,
    representations,
    memberPages,
    organizationLists,
    levels,
    rolePages,
    projectCache,
    me,
    mail,
    webhookSecrets,
  };
  await registerFeatureRoutes(app, deps);
  const retention = new EventRetention(db, config.eventRetentionDays, app.log);
  app.addHook('onReady', async () => retention.start());
  app.addHook('onClose', async () => retention.stop());
  if (mail) {
    app.addHook('onReady', async () => mail.start());
    app.addHook('onClose', () => mail.stop());
  }

  if (options.deliverWebhooks) {
    const webhooks = new WebhookDelivery(db, writes, invalidation, {
      secrets: webhookSecrets,
      timeoutMs: config.webhookTimeoutMs,
      allowPrivate: config.webhookAllowPrivate,
      retryScale: config.webhookRetryScale,
      concurrency: config.webhookConcurrency,
      pollMs: config.webhookPollMs,
      log: app.log,
    });
    app.addHook('onReady', async () => webhooks.start());
    // Attempts under way finish and are recorded before the database closes (SIGTERM drains).
    app.addHook('onClose', () => webhooks.stop());
  }

  app.addHook('onClose', () => keyCache.close());
  app.addHook('onClose', async () => representations.close());
  app.addHook('onClose', async () => memberPages.close());
  app.addHook('onClose', async () => levels.close());
  app.addHook('onClose', async () => organizationLists.close());
  for (const cache of [rolePages, projectCache, me]) app.addHook('onClose', async () => cache.close());
  return app;
}

/** The key that seals webhook secrets, from ORGBASE_SECRET_KEY or ORGBASE_SECRET_KEY_FILE. */
function secretBoxOf(config: Config): SecretBox | undefined {
  const key = loadSecretKey({ key: config.secretKey, keyFile: config.secretKeyFile });
  return key === undefined ? undefined : new SecretBox(key);
}
