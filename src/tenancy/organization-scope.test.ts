// The organization scope and the pipeline refuse at boot what would otherwise fail (or leak) at
// run time: a route about an organization without a rule, or outside the scope, or a stage
// installed before what it needs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { Level } from '../access/levels.ts';
import type { Db } from '../db/types.ts';
import type { App } from '../http/app-types.ts';
import { installAuth } from '../http/auth.ts';
import { registerOrganizationScope } from './organization-scope.ts';
import { installRateLimit } from '../http/rate-limit.ts';
import { installRouteTable } from '../http/route-table.ts';

const noDb = {} as Db;
const neverAuthenticates = async () => {
  throw new Error('not called at boot');
};

function bareApp(): App {
  const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
  installRouteTable(app);
  installAuth(app, neverAuthenticates);
  return app as unknown as App;
}

const ok = { handler: async () => ({}) };

describe('the organization scope', () => {
  it('refuses at boot a route of the scope that declares no rule', async () => {
    const app = bareApp();
    await assert.rejects(
      registerOrganizationScope(app, noDb, (scope) => {
        scope.get('/api/organizations/:organization_id/things/', { config: { scope: 'organization:read' }, ...ok });
      }),
      /GET \/api\/organizations\/:organization_id\/things\/ declares no config.organization rule/,
    );
  });

  it('refuses at boot a route in the scope that is not about one organization', async () => {
    const app = bareApp();
    await assert.rejects(
      registerOrganizationScope(app, noDb, (scope) => {
        scope.get('/api/things/', { config: { scope: 'organization:read', organization: { minimum: Level.Member } }, ...ok });
      }),
      /\/api\/things\/ is not about one organization/,
    );
  });

  it('refuses to start when an organization route is registered outside the scope', async () => {
    const app = bareApp();
    await registerOrganizationScope(app, noDb, (scope) => {
      scope.get('/api/organizations/:organization_id/things/', { config: { scope: 'organization:read', organization: { minimum: Level.Member } }, ...ok });
    });
    app.get('/api/organizations/:organization_id/back-door/', { config: { scope: 'organization:read', organization: { minimum: Level.Admin } }, ...ok });
    await assert.rejects(async () => {
      await app.ready();
    }, /back-door\/ is about an organization but is not registered in the organization scope/);
  });

  it('boots when every organization route is in the scope with a rule', async () => {
    const app = bareApp();
    await registerOrganizationScope(app, noDb, (scope) => {
      scope.get('/api/organizations/:id/', { config: { scope: 'organization:read', organization: { minimum: Level.Member } }, ...ok });
      scope.get('/api/organizations/:organization_id/things/', { config: { scope: 'organization:read', organization: { minimum: Level.Member } }, ...ok });
    });
    await app.ready();
    assert.deepEqual(
      app.routeTable.map((route) => [route.url, route.organization?.minimum]),
      [
        ['/api/organizations/:id/', Level.Member],
        ['/api/organizations/:organization_id/things/', Level.Member],
      ],
    );
    await app.close();
  });
});

describe('the request pipeline', () => {
  it('refuses a stage installed before a stage it needs', () => {
    const app = Fastify();
    assert.throws(
      () => installRateLimit(app, { perMinute: 1, perHour: 1, redisUrl: undefined, redisPrefix: '' }),
      /rate-limit needs authentication installed before it/,
    );
  });

  it('refuses the organization scope before authentication', async () => {
    const app = Fastify().withTypeProvider<TypeBoxTypeProvider>() as unknown as App;
    installRouteTable(app);
    await assert.rejects(
      registerOrganizationScope(app, noDb, () => {}),
      /organization-access needs authentication installed before it/,
    );
  });

  it('refuses a stage installed twice', () => {
    const app = Fastify();
    installRouteTable(app);
    assert.throws(() => installRouteTable(app), /route-table is installed twice/);
  });
});
