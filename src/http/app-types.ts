import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Caller } from '../access/caller.ts';
import type { Config } from '../config.ts';
import type { Invalidation } from '../db/invalidation.ts';
import type { Db } from '../db/types.ts';
import type { OrganizationRepresentations } from '../organizations/representation-cache.ts';
import type { KeyCache } from '../personal-api-keys/key-cache.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What feature route modules are built from. */
export interface Deps {
  db: Db;
  config: Config;
  keyCache: KeyCache;
  /** The cluster's cache invalidation channel (local for the embedded database and tests). */
  invalidation: Invalidation;
  /** Organizations' representations and member counts, shared by the features that serve them. */
  representations: OrganizationRepresentations;
}

/** The caller of a route that declared a scope; the auth hook has already set it. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new Error('callerOf() used on a route without a scope');
  return request.caller;
}
