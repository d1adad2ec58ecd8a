import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/types.ts';
import { canonicalJson } from '../http/canonical-json.ts';
import { ValidationError } from '../domain/errors.ts';
import { REFUSAL, refuse } from '../domain/refusals.ts';
import { IdempotencyKeyReused } from '../http/errors.ts';
import { claim, complete, deleteExpired, find, reclaim, release } from './repository.ts';
import { routeConfigOf } from '../http/route-table.ts';
import { installStage } from '../http/stages.ts';

const RETENTION_MS = 24 * 3600_000;
/** A claim still in progress after this long belongs to a request that died (a crash). */
const ABANDONED_AFTER_MS = 60_000;
const WAIT_FOR_FIRST_MS = 10_000;
const POLL_MS = 25;
const KEY = /^[\x21-\x7e]{1,255}$/;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Top-level response fields holding a secret (a key's `value`): never stored, so a replay
     * answers without them. The secret is shown once, to the request that made it.
     */
    secretFields?: readonly string[];
  }
  interface FastifyRequest {
    idempotency: { userId: number; key: string } | null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The stored name of an Idempotency-Key: bound to the API key that sent it, so another key of
 * the same user (perhaps a weaker one) can never have a stronger key's response replayed.
 * A hash, as the header may be 255 characters and the API key id 32.
 */
function bindingOf(apiKeyId: string, idempotencyKey: string): string {
  return createHash('sha256').update(`${apiKeyId}\n${idempotencyKey}`).digest('hex');
}

/** The response as kept for replays: JSON without its secret fields (in each item of an array answer too). */
function storable(payload: string, secretFields: readonly string[] | undefined): string {
  if (!secretFields?.length) return payload;
  const withoutSecrets = (body: unknown): unknown =>
    body === null || typeof body !== 'object' || Array.isArray(body)
      ? body
      : Object.fromEntries(Object.entries(body).filter(([field]) => !secretFields.includes(field)));
  const body = JSON.parse(payload) as unknown;
  return JSON.stringify(Array.isArray(body) ? body.map(withoutSecrets) : withoutSecrets(body));
}

function fingerprintOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
    .digest('hex');
}

type Outcome = { kind: 'proceed' } | { kind: 'replay'; status: number; body: string };

async function begin(db: Db, userId: number, key: string, fingerprint: string): Promise<Outcome> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    if (await claim(db, userId, key, fingerprint)) return { kind: 'proceed' };
    const stored = await find(db, userId, key);
    if (!stored) continue; // released between the two statements: claim again
    const age = Date.now() - Date.parse(stored.created_at);
    const expired = age > RETENTION_MS;
    const abandoned = stored.status_code === null && age > ABANDONED_AFTER_MS;
    if (expired || abandoned) {
      if (await reclaim(db, userId, key, fingerprint, stored.created_at)) return { kind: 'proceed' };
      continue;
    }
    if (stored.fingerprint !== fingerprint) throw new IdempotencyKeyReused();
    if (stored.status_code !== null) return { kind: 'replay', status: stored.status_code, body: stored.response_body ?? '' };
    // The first request with this key is still running: wait for its answer rather than act twice.
    if (Date.now() > deadline) throw refuse.idempotencyKeyInFlight();
    await sleep(POLL_MS);
  }
}

/**
 * `Idempotency-Key` on every authenticated POST: the first response (status and body, less its
 * secret fields) is kept for 24 hours per API key and Idempotency-Key and replayed, marked
 * `Idempotent-Replayed: true`, to retries of that API key;
 * a retry with a different body is 422; concurrent requests with one key act once.
 * Server errors are not kept, so the request can be retried for real.
 */
export function installIdempotency(app: FastifyInstance, db: Db): void {
  installStage(app, 'idempotency', ['authentication']);
  app.decorateRequest('idempotency', null);
  let lastCleanup = 0;

  /** Claims the key for this request; true when the reply was sent instead (a replay or a conflict). */
  async function claim(request: FastifyRequest & { caller: NonNullable<FastifyRequest['caller']> }, reply: FastifyReply, key: unknown): Promise<boolean> {
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new ValidationError(REFUSAL.idempotencyKeyMalformed, { attr: 'Idempotency-Key' });
    }
    if (Date.now() - lastCleanup > 3600_000) {
      lastCleanup = Date.now();
      await deleteExpired(db, new Date(Date.now() - RETENTION_MS).toISOString());
    }
    const userId = request.caller.user.id;
    const bound = bindingOf(request.caller.key.id, key);
    const outcome = await begin(db, userId, bound, fingerprintOf(request));
    if (outcome.kind === 'proceed') {
      request.idempotency = { userId, key: bound };
      return false;
    }
    reply
      .code(outcome.status)
      .header('idempotent-replayed', 'true')
      .header('content-type', 'application/json; charset=utf-8')
      .serializer((payload: unknown) => payload as string)
      .send(outcome.body);
    return true;
  }

  // Callback style: only a POST with a key does any work, and an async hook costs every other
  // request a promise. A hook that sent the reply itself does not call `done`.
  app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    const key = request.headers['idempotency-key'];
    const { caller } = request;
    if (request.method !== 'POST' || key === undefined || !caller) return done();
    claim(request as FastifyRequest & { caller: typeof caller }, reply, key).then(
      (answered) => answered || done(),
      (error: Error) => done(error),
    );
  });

  // Callback style: most responses hold no key, and an async hook costs each a promise.
  app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: Error | null, payload?: unknown) => void) => {
    const held = request.idempotency;
    if (!held) return done(null, payload);
    request.idempotency = null;
    const settled =
      reply.statusCode >= 500 || typeof payload !== 'string'
        ? release(db, held.userId, held.key)
        : complete(db, held.userId, held.key, reply.statusCode, storable(payload, routeConfigOf(request).secretFields));
    settled.then(
      () => done(null, payload),
      (error: Error) => done(error),
    );
  });
}
