// A warm read is answered without a promise: the caller's key, their level and their reach are
// in memory, so authentication and the organization's access come back as values, not as
// promises (domain/eventually.ts). A database that throws on any use proves none is asked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../access/caller.ts';
import { Level } from '../access/levels.ts';
import { Invalidation } from '../db/invalidation.ts';
import type { Executor } from '../db/types.ts';
import { NotFound } from '../domain/errors.ts';
import { createAuthenticator } from '../personal-api-keys/authenticate.ts';
import { FailedAuthentications } from '../personal-api-keys/failed-authentications.ts';
import { KeyCache } from '../personal-api-keys/key-cache.ts';
import { hashKeyValue } from '../personal-api-keys/key-format.ts';
import { MembershipLevels } from './level-cache.ts';
import { resolveOrganizationAccess } from './organization-access.ts';

const ORG = '01a24ade-6853-7039-ad39-8a1354d8a639';
const TOKEN = 'phx_warmpathwarmpathwarmpathwarmpathwarmpath';
const noDatabase = new Proxy({} as Executor, {
  get: () => {
    throw new Error('the database was asked');
  },
});
const caller = (scopedOrganizations: string[] = []): Caller => ({
  requestId: 'r',
  user: { id: 7, uuid: 'u' },
  key: { id: 'k', secureValue: hashKeyValue(TOKEN), scopes: ['*'], scopedOrganizations, scopedTeams: [] },
});
const request = { headers: { authorization: `Bearer ${TOKEN}` }, id: 'req-1', ip: '127.0.0.1' } as unknown as FastifyRequest;

/** An authenticator whose key cache holds the key, last used at `lastUsedAt`. */
function authenticatorWithKeyUsedAt(lastUsedAt: string) {
  const keys = new KeyCache(60_000);
  const key = { id: 'k', secure_value: hashKeyValue(TOKEN), user_id: 7, user_uuid: 'u', scopes: ['*'], scoped_organizations: [], scoped_teams: [] };
  keys.set({ ...key, last_used_at: lastUsedAt });
  const failures = new FailedAuthentications({ perAddress: 10, total: 100 });
  return { keys, authenticate: createAuthenticator({ db: noDatabase as never, keyCache: keys, failures }) };
}

describe('the warm path', () => {
  it('authenticates a cached key used within the hour as a value', () => {
    const { keys, authenticate } = authenticatorWithKeyUsedAt(new Date(Date.now() - 60_000).toISOString());
    const found = authenticate(request);
    assert.ok(!(found instanceof Promise), 'a promise for a key in memory');
    assert.deepEqual({ user: found.user, key: found.key.id, requestId: found.requestId }, { user: { id: 7, uuid: 'u' }, key: 'k', requestId: 'req-1' });
    keys.close();
  });

  it('asks the database for a key not used within the hour (its use is recorded)', async () => {
    const { keys, authenticate } = authenticatorWithKeyUsedAt('2020-01-01T00:00:00Z');
    const found = authenticate(request);
    assert.ok(found instanceof Promise);
    await assert.rejects(found, /the database was asked/);
    keys.close();
  });

  it("resolves a member's access to an organization from the level cache as a value", () => {
    const levels = new MembershipLevels(Invalidation.local());
    levels.fill(7, ORG, Level.Admin, levels.generation);
    const access = resolveOrganizationAccess(noDatabase, caller(), ORG.toUpperCase(), {}, { levels });
    assert.deepEqual(access, { organizationId: ORG, level: Level.Admin });
    levels.close();
  });

  it('refuses at once what needs no database: a malformed id, an organization outside the key', () => {
    const levels = new MembershipLevels(Invalidation.local());
    levels.fill(7, ORG, Level.Admin, levels.generation);
    assert.throws(() => resolveOrganizationAccess(noDatabase, caller(), 'not-an-id', {}, { levels }), NotFound);
    assert.throws(() => resolveOrganizationAccess(noDatabase, caller(['01a24ade-0000-7000-8000-000000000000']), ORG, {}, { levels }), /does not have access/);
    levels.close();
  });
});
