import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { errorResponses } from '../http/schemas.ts';
import { sendJson } from '../http/send-json.ts';
import { trimFields } from '../http/trim.ts';
import { Me, MeUpdate } from './schemas.ts';
import { createMeRepresentation, type SerializeMe } from './me-representation.ts';
import { createUserService } from './service.ts';

export function registerUserRoutes(app: App, deps: Deps): void {
  const users = createUserService(deps);
  const me = createMeRepresentation({ users, cache: deps.me });

  app.get('/api/users/@me/', {
    config: { scope: 'user:read', representation: Me },
    schema: {
      tags: ['users'],
      operationId: 'users_me_retrieve',
      summary: 'The calling user, with their current organization and project',
      description: 'A key scoped to organizations or teams sees only those: other organizations are neither listed nor current.',
      response: { 200: Me, ...errorResponses(403) },
    },
    handler: async (request, reply) => {
      // The route's own serializer: the kept bytes are what Fastify would send, and their ETag its.
      const { payload, etag } = await me.bytes(callerOf(request), reply.compileSerializationSchema(Me as unknown as Record<string, unknown>) as SerializeMe);
      return sendJson(reply, payload, etag);
    },
  });

  app.patch('/api/users/@me/', {
    config: { scope: 'user:write', representation: Me },
    preValidation: trimFields('first_name', 'last_name'),
    schema: {
      tags: ['users'],
      operationId: 'users_me_partial_update',
      summary: 'Change your name, or switch your current organization or project',
      description: '`set_current_organization` and `set_current_team` change what `@current` means for every later request.',
      body: MeUpdate,
      response: { 200: Me, ...errorResponses(400, 403) },
    },
    handler: (request) => users.update(callerOf(request), request.body),
  });
}
