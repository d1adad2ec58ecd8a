// A verified domain with SCIM on, made through the domains API, and a client speaking SCIM to it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { App } from '../../src/http/app-types.ts';
import type { Db } from '../../src/db/types.ts';
import { client, type ApiResponse } from './app.ts';
import { createOrganizationRow, createUserWithKey } from './fixtures.ts';

export interface ScimTenant {
  organizationId: string;
  ownerId: number;
  ownerKey: string;
  domainId: string;
  /** The domain name: provisioned emails end with `@<domain>`. */
  domain: string;
  token: string;
  scim: ScimClient;
  api: ReturnType<typeof client>;
}

export type ScimClient = ReturnType<typeof scimClient>;

export function scimClient(app: App, domainId: string, token: string | undefined, userAgent = 'orgbase-tests') {
  async function call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const response = await app.inject({
      method: method as 'GET',
      url: `/scim/v2/${domainId}${path}`,
      headers: {
        'user-agent': userAgent,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    let parsed: unknown;
    try {
      parsed = response.body === '' ? undefined : response.json();
    } catch {
      parsed = response.body;
    }
    return { status: response.statusCode, body: parsed as T, headers: response.headers };
  }
  return {
    call,
    get: <T = any>(path: string, headers?: Record<string, string>) => call<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body: unknown, headers?: Record<string, string>) => call<T>('POST', path, body, headers),
    put: <T = any>(path: string, body: unknown, headers?: Record<string, string>) => call<T>('PUT', path, body, headers),
    patch: <T = any>(path: string, body: unknown, headers?: Record<string, string>) => call<T>('PATCH', path, body, headers),
    delete: <T = any>(path: string, headers?: Record<string, string>) => call<T>('DELETE', path, undefined, headers),
  };
}

/** An organization with an owner, a domain verified and SCIM on (its token from the API, shown once). */
export async function scimTenant(app: App, db: Db, domain = `scim-${randomBytes(4).toString('hex')}.example.com`): Promise<ScimTenant> {
  const { user, key } = await createUserWithKey(db);
  const organizationId = await createOrganizationRow(db, user.id, 'SCIM organization');
  const api = client(app, key);
  const created = await api.post(`/api/organizations/${organizationId}/domains/`, { domain });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  // Verified as an operator would force it (the DNS path has its own tests).
  await db.updateTable('organization_domains').set({ verified_at: new Date().toISOString() }).where('id', '=', created.body.id).execute();
  const enabled = await api.patch(`/api/organizations/${organizationId}/domains/${created.body.id}/`, { scim_enabled: true });
  assert.equal(enabled.status, 200, JSON.stringify(enabled.body));
  const token = enabled.body.scim_bearer_token as string;
  assert.ok(token);
  return { organizationId, ownerId: user.id, ownerKey: key, domainId: created.body.id, domain, token, scim: scimClient(app, created.body.id, token), api };
}

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

export function scimUser(email: string, extra: Record<string, unknown> = {}) {
  const [local] = email.split('@');
  return {
    schemas: [USER_SCHEMA],
    userName: email,
    name: { givenName: local, familyName: 'Tester' },
    emails: [{ value: email, primary: true, type: 'work' }],
    active: true,
    ...extra,
  };
}

/** Asserts an RFC 7644 error body. */
export function assertScimError(response: ApiResponse, status: number, scimType?: string, detail?: RegExp | string): void {
  const shown = JSON.stringify(response.body);
  assert.equal(response.status, status, shown);
  assert.match(String(response.headers['content-type']), /application\/scim\+json/, shown);
  assert.deepEqual(response.body.schemas, [ERROR_SCHEMA], shown);
  assert.equal(response.body.status, String(status), shown);
  assert.equal(response.body.scimType, scimType, shown);
  if (detail instanceof RegExp) assert.match(response.body.detail, detail, shown);
  else if (detail !== undefined) assert.equal(response.body.detail, detail, shown);
}
