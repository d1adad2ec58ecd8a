// Who may use each role and role-membership route: owner, admin, member and non-member, each
// with an `organization:read` and an `organization:write` key. Refusals write nothing, and no
// answer carries another organization's data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomBytes } from 'node:crypto';
import { uuidv7 } from '../db/ids.ts';
import { client, startTestApp, type ApiResponse, type TestApp } from '../../test/support/app.ts';
import { assertError } from '../../test/support/fixtures.ts';
import { addRoleMembershipRow, createRoleRow, organizationWithPeople, type Person } from '../../test/support/roles.ts';

let t: TestApp;
let a: Awaited<ReturnType<typeof organizationWithPeople>>;
/** Identifiers of tenant B, which must appear in no answer given about tenant A. */
let foreignIdentifiers: string[];

before(async () => {
  t = await startTestApp();
  a = await organizationWithPeople(t.db);
  const b = await organizationWithPeople(t.db);
  const foreignRole = await createRoleRow(t.db, b.organizationId, `Foreign ${randomBytes(3).toString('hex')}`);
  const foreignMembership = await addRoleMembershipRow(t.db, foreignRole, b.member.user.id);
  // A's outsider owns B too: a real user of another tenant, with every level there.
  await t.db
    .insertInto('organization_memberships')
    .values({ id: uuidv7(), organization_id: b.organizationId, user_id: a.outsider.user.id, level: 15 })
    .execute();
  foreignIdentifiers = [b.organizationId, foreignRole, foreignMembership, b.owner.user.uuid, b.owner.user.email, b.member.user.email, b.member.user.uuid];
});
after(() => t.close());

interface Target {
  roleId: string;
  membershipId: string;
}

interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  write: boolean;
  success: number;
  path: (target: Target) => string;
  body?: () => unknown;
}

const base = () => `/api/organizations/${a.organizationId}/roles/`;
const unique = (prefix: string) => `${prefix} ${randomBytes(4).toString('hex')}`;

const ROUTES: Route[] = [
  { name: 'list roles', method: 'GET', write: false, success: 200, path: () => base() },
  { name: 'create a role', method: 'POST', write: true, success: 201, path: () => base(), body: () => ({ name: unique('New') }) },
  { name: 'retrieve a role', method: 'GET', write: false, success: 200, path: ({ roleId }) => `${base()}${roleId}/` },
  { name: 'rename a role (PATCH)', method: 'PATCH', write: true, success: 200, path: ({ roleId }) => `${base()}${roleId}/`, body: () => ({ name: unique('Renamed') }) },
  { name: 'replace a role (PUT)', method: 'PUT', write: true, success: 200, path: ({ roleId }) => `${base()}${roleId}/`, body: () => ({ name: unique('Replaced') }) },
  { name: 'delete a role', method: 'DELETE', write: true, success: 204, path: ({ roleId }) => `${base()}${roleId}/` },
  { name: 'list role memberships', method: 'GET', write: false, success: 200, path: ({ roleId }) => `${base()}${roleId}/role_memberships/` },
  {
    name: 'add a role membership',
    method: 'POST',
    write: true,
    success: 201,
    path: ({ roleId }) => `${base()}${roleId}/role_memberships/`,
    body: () => ({ user_uuid: a.admin.user.uuid }),
  },
  {
    name: 'set role memberships (PUT)',
    method: 'PUT',
    write: true,
    success: 200,
    path: ({ roleId }) => `${base()}${roleId}/role_memberships/`,
    body: () => ({ user_uuids: [a.owner.user.uuid] }),
  },
  {
    name: 'retrieve a role membership',
    method: 'GET',
    write: false,
    success: 200,
    path: ({ roleId, membershipId }) => `${base()}${roleId}/role_memberships/${membershipId}/`,
  },
  {
    name: 'delete a role membership',
    method: 'DELETE',
    write: true,
    success: 204,
    path: ({ roleId, membershipId }) => `${base()}${roleId}/role_memberships/${membershipId}/`,
  },
];

/** Every row of A's roles, role memberships and audit trail, to compare before and after. */
async function stateOfA(): Promise<string> {
  const roles = await t.db.selectFrom('roles').selectAll().where('organization_id', '=', a.organizationId).orderBy('id').execute();
  const memberships = await t.db
    .selectFrom('role_memberships as rm')
    .innerJoin('roles as r', 'r.id', 'rm.role_id')
    .selectAll('rm')
    .where('r.organization_id', '=', a.organizationId)
    .orderBy('rm.id')
    .execute();
  const audit = await t.db.selectFrom('audit_log').select('id').where('organization_id', '=', a.organizationId).execute();
  return JSON.stringify({ roles, memberships, audit: audit.length });
}

async function freshTarget(): Promise<Target> {
  const roleId = await createRoleRow(t.db, a.organizationId, unique('Target'));
  return { roleId, membershipId: await addRoleMembershipRow(t.db, roleId, a.member.user.id) };
}

type Caller = 'owner' | 'admin' | 'member' | 'outsider';
const LEVEL_OK: Record<Caller, { read: boolean; write: boolean }> = {
  owner: { read: true, write: true },
  admin: { read: true, write: true },
  member: { read: true, write: false },
  outsider: { read: false, write: false },
};

function assertNoForeignData(response: ApiResponse): void {
  const text = JSON.stringify(response.body ?? null);
  for (const identifier of foreignIdentifiers) assert.ok(!text.includes(identifier), `the answer names another tenant's ${identifier}`);
}

describe('the permission matrix of roles and role memberships', () => {
  for (const route of ROUTES) {
    it(`${route.name}: ${route.write ? 'admins and owners with a write key' : 'any member'}; non-members 404; refusals write nothing`, async () => {
      for (const caller of ['owner', 'admin', 'member', 'outsider'] as const) {
        for (const keyKind of ['read', 'write'] as const) {
          const person: Person = a[caller];
          const target = await freshTarget();
          const before = await stateOfA();
          const method = route.method.toLowerCase() as 'get';
          const api = client(t.app, keyKind === 'read' ? person.readKey : person.writeKey);
          const response = route.body
            ? await api.call(route.method, route.path(target), route.body())
            : await api[method](route.path(target));
          const label = `${caller} with a ${keyKind} key`;
          assertNoForeignData(response);

          if (route.write && keyKind === 'read') {
            assertError(response, 403, { code: 'permission_denied', detail: "API key missing required scope 'organization:write'" });
          } else if (caller === 'outsider') {
            assertError(response, 404, { code: 'not_found' });
          } else if (route.write && !LEVEL_OK[caller].write) {
            assertError(response, 403, { code: 'permission_denied', detail: 'Your organization access level is insufficient.' });
          } else {
            assert.equal(response.status, route.success, `${label}: ${JSON.stringify(response.body)}`);
            continue;
          }
          assert.equal(await stateOfA(), before, `${label}: a refused request changed nothing`);
        }
      }
    });
  }

  it('answers 404 to a non-member even when the body is invalid, and 403 to a member', async () => {
    const target = await freshTarget();
    const url = `${base()}${target.roleId}/role_memberships/`;
    assertError(await client(t.app, a.outsider.writeKey).post(url, { user_uuid: 'nope' }), 404, { code: 'not_found' });
    assertError(await client(t.app, a.member.writeKey).post(url, {}), 403, { detail: 'Your organization access level is insufficient.' });
    assertError(await client(t.app, a.outsider.writeKey).post(base(), {}), 404, { code: 'not_found' });
  });

  it("follows the organization in the URL: an owner of another organization is nobody here", async () => {
    assertError(await client(t.app, a.outsider.writeKey).post(base(), { name: unique('Sneaky') }), 404, { code: 'not_found' });
    // Through @current the outsider reaches their own organization, B, and sees none of A.
    const listed = await client(t.app, a.outsider.readKey).get('/api/organizations/@current/roles/');
    assert.equal(listed.status, 200);
    assert.ok(listed.body.count >= 1);
    const rolesOfA = await t.db.selectFrom('roles').select('id').where('organization_id', '=', a.organizationId).execute();
    const text = JSON.stringify(listed.body);
    for (const identifier of [a.organizationId, a.owner.user.email, a.admin.user.email, a.member.user.email, ...rolesOfA.map((role) => role.id)]) {
      assert.ok(!text.includes(identifier), `B's answer names A's ${identifier}`);
    }
  });
});
