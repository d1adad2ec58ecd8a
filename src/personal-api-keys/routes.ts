import Type from 'typebox';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { preconditionOf } from '../http/etag.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { trimFields } from '../http/trim.ts';
import { KeyIdParams, KeyIntrospection, PersonalApiKey, PersonalApiKeyCreate, PersonalApiKeyUpdate } from './schemas.ts';
import { createPersonalApiKeyService } from './service.ts';

const tags = ['personal_api_keys'];
/** A replayed create or roll (Idempotency-Key) answers the key without its value: never stored. */
const SECRET_FIELDS = ['value'] as const;

/**
 * PostHog manages keys only from a logged-in session; orgbase has no sessions, so keys manage
 * keys, guarded by the `personal_api_key` scope. A key sees and touches only keys whose power is
 * within its own and never makes one beyond it (the rule: src/access/key-power.ts).
 */
export function registerPersonalApiKeyRoutes(app: App, deps: Deps): void {
  const keys = createPersonalApiKeyService(deps);

  app.get('/api/personal_api_keys/', {
    config: { scope: 'personal_api_key:read' },
    schema: {
      tags,
      operationId: 'personal_api_keys_list',
      summary: "List the caller's personal API keys",
      response: { 200: Type.Array(PersonalApiKey), ...errorResponses(403) },
    },
    handler: (request) => keys.list(callerOf(request)),
  });

  app.post('/api/personal_api_keys/', {
    config: { scope: 'personal_api_key:write', secretFields: SECRET_FIELDS, representation: PersonalApiKey },
    preValidation: trimFields('label'),
    schema: {
      tags,
      operationId: 'personal_api_keys_create',
      summary: 'Create a personal API key; the response holds its value, shown only this once',
      body: PersonalApiKeyCreate,
      response: { 201: PersonalApiKey, ...errorResponses(400, 403) },
    },
    handler: async (request, reply) => {
      const caller = callerOf(request);
      return reply.code(201).send(await keys.create(caller, caller.user.id, request.body));
    },
  });

  app.get('/api/personal_api_keys/@current/', {
    config: { scope: 'authenticated', representation: KeyIntrospection },
    schema: {
      tags,
      operationId: 'personal_api_keys_current_retrieve',
      summary: 'Introspect the calling key',
      description:
        "The calling key's scopes and scoping, and every organization it can reach with the caller's membership level in each. Any valid key may call it, whatever its scopes (an orgbase addition; PostHog has no such endpoint).",
      response: { 200: KeyIntrospection, ...errorResponses() },
    },
    handler: (request) => keys.introspect(callerOf(request)),
  });

  app.get('/api/personal_api_keys/:id/', {
    config: { scope: 'personal_api_key:read', representation: PersonalApiKey },
    schema: {
      tags,
      operationId: 'personal_api_keys_retrieve',
      summary: 'Retrieve a personal API key',
      params: KeyIdParams,
      response: { 200: PersonalApiKey, ...errorResponses(403, 404) },
    },
    handler: (request) => keys.get(callerOf(request), request.params.id),
  });

  app.patch('/api/personal_api_keys/:id/', {
    config: { scope: 'personal_api_key:write', representation: PersonalApiKey },
    preValidation: trimFields('label'),
    schema: {
      tags,
      operationId: 'personal_api_keys_partial_update',
      summary: "Change a key's label, scopes or scoping",
      params: KeyIdParams,
      body: PersonalApiKeyUpdate,
      response: { 200: PersonalApiKey, ...errorResponses(400, 403, 404) },
    },
    handler: (request, reply) => keys.update(callerOf(request), request.params.id, request.body, preconditionOf(request, reply)),
  });

  app.delete('/api/personal_api_keys/:id/', {
    config: { scope: 'personal_api_key:write', representation: PersonalApiKey },
    schema: {
      tags,
      operationId: 'personal_api_keys_destroy',
      summary: 'Delete a personal API key; it stops working at once',
      params: KeyIdParams,
      response: { 204: NoContent, ...errorResponses(403, 404) },
    },
    handler: async (request, reply) => {
      await keys.remove(callerOf(request), request.params.id, preconditionOf(request, reply));
      return reply.code(204).send(null);
    },
  });

  app.post('/api/personal_api_keys/:id/roll/', {
    config: { scope: 'personal_api_key:write', secretFields: SECRET_FIELDS, representation: PersonalApiKey },
    schema: {
      tags,
      operationId: 'personal_api_keys_roll_create',
      summary: "Replace a key's value; the old value stops working at once",
      params: KeyIdParams,
      response: { 200: PersonalApiKey, ...errorResponses(403, 404) },
    },
    handler: (request) => keys.roll(callerOf(request), request.params.id),
  });
}
