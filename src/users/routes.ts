import type { App, Deps } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { errorResponses } from '../http/schemas.ts';
import { Me } from './schemas.ts';
import { createUserService } from './service.ts';

export function registerUserRoutes(app: App, deps: Deps): void {
  const users = createUserService(deps);

  app.get('/api/users/@me/', {
    config: { scope: 'user:read' },
    schema: {
      tags: ['users'],
      operationId: 'users_me_retrieve',
      summary: 'The calling user, with their organizations',
      response: { 200: Me, ...errorResponses(403) },
    },
    handler: (request) => users.me(callerOf(request).user.id),
  });
}
