// Requests in the shapes Okta's and Microsoft Entra ID's public documentation shows, replayed in
// order against one organization (src/scim/dialects.test.ts). Each entry cites the page its shape
// comes from; values are the pages' own where they fit (Okta's test.user@okta.local, Entra's
// Test_User_... on testuser.com), and ids are those orgbase returned earlier in the run
// (`{{name}}`, captured with `capture`). An email the page puts on another domain
// (updatedEmail@microsoft.com) is moved to the tenant's verified domain: orgbase only provisions
// addresses of its organization's verified domains.

export const OKTA_SCIM_20 = 'https://developer.okta.com/docs/api/openapi/okta-scim/guides/scim-20';
export const ENTRA_TUTORIAL = 'https://learn.microsoft.com/en-us/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups';
export const ENTRA_KNOWN_ISSUES = 'https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-config-problem-scim-compatibility';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const patch = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });

export interface CorpusEntry {
  source: string;
  dialect: 'okta' | 'entra';
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Under `/scim/v2/<domain id>`; `{{name}}` is a captured id. */
  path: string;
  body?: unknown;
  status: number;
  /** A deep subset the response body must hold (arrays: element by element, at least that many). */
  expect?: Record<string, unknown>;
  /** Top-level attributes the response must not have. */
  absent?: string[];
  /** Remembers the answer's `id` under this name. */
  capture?: string;
  scimType?: string;
}

const OKTA_USER = {
  schemas: [USER],
  userName: 'test.user@okta.local',
  name: { givenName: 'Test', familyName: 'User' },
  emails: [{ primary: true, value: 'test.user@okta.local', type: 'work' }],
  displayName: 'Test User',
  locale: 'en-US',
  externalId: '00ujl29u0le5T6Aj10h7',
  groups: [],
  password: '1mz050nq',
  active: true,
};

const okta = (entry: Omit<CorpusEntry, 'source' | 'dialect'>): CorpusEntry => ({ source: OKTA_SCIM_20, dialect: 'okta', ...entry });
const entra = (entry: Omit<CorpusEntry, 'dialect'>): CorpusEntry => ({ dialect: 'entra', ...entry });

export const OKTA_CORPUS: CorpusEntry[] = [
  okta({ name: 'reads the service provider configuration', method: 'GET', path: '/ServiceProviderConfig', status: 200, expect: { patch: { supported: true }, filter: { supported: true } } }),
  okta({ name: 'looks the user up by userName before creating it', method: 'GET', path: '/Users?filter=userName%20eq%20%22test.user%40okta.local%22&startIndex=1&count=100', status: 200, expect: { totalResults: 0, Resources: [] } }),
  okta({ name: 'creates the user (with password, locale, externalId, empty groups)', method: 'POST', path: '/Users', body: OKTA_USER, status: 201, capture: 'testUser', expect: { userName: 'test.user@okta.local', active: true, externalId: '00ujl29u0le5T6Aj10h7', name: { givenName: 'Test', familyName: 'User' } }, absent: ['password'] }),
  okta({ name: 'finds the user by userName', method: 'GET', path: '/Users?filter=userName%20eq%20%22test.user%40okta.local%22&startIndex=1&count=100', status: 200, expect: { totalResults: 1, itemsPerPage: 1, startIndex: 1 } }),
  okta({ name: 'finds the user by userName in another case', method: 'GET', path: '/Users?filter=userName%20eq%20%22Test.User%40OKTA.local%22', status: 200, expect: { totalResults: 1 } }),
  okta({ name: 'reads the user', method: 'GET', path: '/Users/{{testUser}}', status: 200, expect: { id: '{{testUser}}', emails: [{ value: 'test.user@okta.local', primary: true }] } }),
  okta({ name: 'creating the same user again is a conflict', method: 'POST', path: '/Users', body: OKTA_USER, status: 409, scimType: 'uniqueness' }),
  okta({ name: 'lists users a page at a time', method: 'GET', path: '/Users?startIndex=1&count=100', status: 200, expect: { startIndex: 1 } }),
  okta({
    name: 'replaces the user (PUT with id, meta and groups echoed back)',
    method: 'PUT',
    path: '/Users/{{testUser}}',
    body: { ...OKTA_USER, id: '{{testUser}}', name: { givenName: 'Another', middleName: '', familyName: 'User' }, meta: { resourceType: 'User' }, password: undefined },
    status: 200,
    expect: { name: { givenName: 'Another', familyName: 'User' }, active: true },
  }),
  okta({ name: 'deactivates with a pathless replace', method: 'PATCH', path: '/Users/{{testUser}}', body: patch({ op: 'replace', value: { active: false } }), status: 200, expect: { active: false } }),
  okta({ name: 'reads the deactivated user', method: 'GET', path: '/Users/{{testUser}}', status: 200, expect: { active: false } }),
  okta({ name: 'still finds the deactivated user by userName', method: 'GET', path: '/Users?filter=userName%20eq%20%22test.user%40okta.local%22&startIndex=1&count=100', status: 200, expect: { totalResults: 1, Resources: [{ active: false }] } }),
  okta({ name: 'reactivates with a pathless replace', method: 'PATCH', path: '/Users/{{testUser}}', body: patch({ op: 'replace', value: { active: true } }), status: 200, expect: { active: true } }),
  okta({ name: 'pushes a password (accepted, never stored)', method: 'PATCH', path: '/Users/{{testUser}}', body: patch({ op: 'replace', value: { password: 't1meMa$heen' } }), status: 200, absent: ['password'] }),
  okta({ name: 'an unknown user id is a SCIM 404', method: 'GET', path: '/Users/010101001010101010', status: 404 }),
  okta({ name: 'creates a second user', method: 'POST', path: '/Users', body: { ...OKTA_USER, userName: 'test.user2@okta.local', emails: [{ primary: true, value: 'test.user2@okta.local', type: 'work' }], externalId: '00ujl29u0le5T6Aj10h8' }, status: 201, capture: 'user2' }),
  okta({ name: 'lists groups', method: 'GET', path: '/Groups?startIndex=1&count=100', status: 200, expect: { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'] } }),
  okta({ name: 'pushes a group', method: 'POST', path: '/Groups', body: { schemas: [GROUP], displayName: 'Test SCIMv2', members: [] }, status: 201, capture: 'group', expect: { displayName: 'Test SCIMv2', members: [] } }),
  okta({ name: 'finds the group by displayName', method: 'GET', path: '/Groups?filter=displayName%20eq%20%22Test%20SCIMv2%22&startIndex=1&count=100', status: 200, expect: { totalResults: 1 } }),
  okta({ name: 'reads the group', method: 'GET', path: '/Groups/{{group}}', status: 200, expect: { displayName: 'Test SCIMv2' } }),
  okta({ name: 'renames the group with its id in a pathless replace', method: 'PATCH', path: '/Groups/{{group}}', body: patch({ op: 'replace', value: { id: '{{group}}', displayName: 'Test SCIMv2 renamed' } }), status: 200, expect: { displayName: 'Test SCIMv2 renamed' } }),
  okta({ name: 'adds a member', method: 'PATCH', path: '/Groups/{{group}}', body: patch({ op: 'add', path: 'members', value: [{ value: '{{testUser}}', display: 'test.user@okta.local' }] }), status: 200, expect: { members: [{ value: '{{testUser}}' }] } }),
  okta({ name: 'adds another member', method: 'PATCH', path: '/Groups/{{group}}', body: patch({ op: 'add', path: 'members', value: [{ value: '{{user2}}', display: 'test.user2@okta.local' }] }), status: 200, expect: { members: [{ value: '{{testUser}}' }, { value: '{{user2}}' }] } }),
  okta({ name: 'removes a member by a value filter', method: 'PATCH', path: '/Groups/{{group}}', body: patch({ op: 'remove', path: 'members[value eq "{{user2}}"]' }), status: 200, expect: { members: [{ value: '{{testUser}}' }] } }),
  okta({
    name: 'replaces the group (PUT with its members)',
    method: 'PUT',
    path: '/Groups/{{group}}',
    body: { schemas: [GROUP], id: '{{group}}', displayName: 'Test SCIMv2', members: [{ value: '{{testUser}}', display: 'test.user@okta.local' }, { value: '{{user2}}', display: 'test.user2@okta.local' }] },
    status: 200,
    expect: { displayName: 'Test SCIMv2', members: [{ value: '{{testUser}}' }, { value: '{{user2}}' }] },
  }),
  okta({ name: "shows the group in the user's groups", method: 'GET', path: '/Users/{{testUser}}', status: 200, expect: { groups: [{ value: '{{group}}', display: 'Test SCIMv2' }] } }),
  okta({ name: 'deactivating takes the user out of its groups', method: 'PATCH', path: '/Users/{{testUser}}', body: patch({ op: 'replace', value: { active: false } }), status: 200, expect: { active: false, groups: [] } }),
  okta({ name: 'the group keeps its other member', method: 'GET', path: '/Groups/{{group}}', status: 200, expect: { members: [{ value: '{{user2}}' }] } }),
  okta({ name: 'deletes the group', method: 'DELETE', path: '/Groups/{{group}}', status: 204 }),
  okta({ name: 'the deleted group is a SCIM 404', method: 'GET', path: '/Groups/{{group}}', status: 404 }),
  okta({ name: 'a userName nobody has finds nothing', method: 'GET', path: '/Users?filter=userName%20eq%20%22nobody%40okta.local%22&startIndex=1&count=100', status: 200, expect: { totalResults: 0 } }),
  okta({ name: 'reactivates the user', method: 'PATCH', path: '/Users/{{testUser}}', body: patch({ op: 'replace', value: { active: true } }), status: 200, expect: { active: true } }),
  okta({ name: 'pages through users one at a time', method: 'GET', path: '/Users?startIndex=2&count=1', status: 200, expect: { startIndex: 2, itemsPerPage: 1 } }),
];

const ENTRA_USER = {
  schemas: [USER, ENTERPRISE],
  externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
  userName: 'Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1',
  active: true,
  emails: [{ primary: true, type: 'work', value: 'Test_User_fd0ea19b-0777-472c-9f96-4f70d2226f2e@testuser.com' }],
  meta: { resourceType: 'User' },
  name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
  roles: [],
};

export const ENTRA_CORPUS: CorpusEntry[] = [
  entra({ source: ENTRA_TUTORIAL, name: 'get user by query, zero results', method: 'GET', path: '/Users?filter=userName%20eq%20%22non-existent%20user%22', status: 200, expect: { totalResults: 0, Resources: [] } }),
  entra({ source: ENTRA_TUTORIAL, name: 'create user (core and enterprise schemas, meta, roles)', method: 'POST', path: '/Users', body: ENTRA_USER, status: 201, capture: 'entraUser', expect: { userName: ENTRA_USER.userName, externalId: ENTRA_USER.externalId, active: true, name: { givenName: 'givenName', familyName: 'familyName' } } }),
  entra({ source: ENTRA_TUTORIAL, name: 'get user', method: 'GET', path: '/Users/{{entraUser}}', status: 200, expect: { id: '{{entraUser}}', emails: [{ value: ENTRA_USER.emails[0]!.value }] } }),
  entra({ source: ENTRA_TUTORIAL, name: 'get user by query', method: 'GET', path: `/Users?filter=userName%20eq%20%22${ENTRA_USER.userName}%22`, status: 200, expect: { totalResults: 1, Resources: [{ id: '{{entraUser}}' }] } }),
  entra({ source: ENTRA_TUTORIAL, name: 'get user by externalId (a matching attribute Entra may use)', method: 'GET', path: `/Users?filter=externalId%20eq%20%22${ENTRA_USER.externalId}%22`, status: 200, expect: { totalResults: 1 } }),
  entra({ source: ENTRA_TUTORIAL, name: 'creating the same user again is a conflict', method: 'POST', path: '/Users', body: ENTRA_USER, status: 409, scimType: 'uniqueness' }),
  entra({
    source: ENTRA_TUTORIAL,
    name: 'update user, multi-valued properties (emails[type eq "work"].value, name.familyName)',
    method: 'PATCH',
    path: '/Users/{{entraUser}}',
    body: patch({ op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@testuser.com' }, { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' }),
    status: 200,
    expect: { emails: [{ value: 'updatedEmail@testuser.com' }], name: { familyName: 'updatedFamilyName' } },
  }),
  entra({ source: ENTRA_TUTORIAL, name: 'update user, single-valued property (userName)', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'Replace', path: 'userName', value: '5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com' }), status: 200, expect: { userName: '5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com' } }),
  entra({ source: ENTRA_TUTORIAL, name: 'disable user', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'Replace', path: 'active', value: false }), status: 200, expect: { active: false } }),
  entra({ source: ENTRA_KNOWN_ISSUES, name: 'enable user with the string "True"', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'Replace', path: 'active', value: 'True' }), status: 200, expect: { active: true } }),
  entra({ source: ENTRA_KNOWN_ISSUES, name: 'disable user with the string "False"', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'Replace', path: 'active', value: 'False' }), status: 200, expect: { active: false } }),
  entra({ source: ENTRA_KNOWN_ISSUES, name: 'enable user with a capitalised Add and "True"', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'Add', path: 'active', value: 'True' }), status: 200, expect: { active: true } }),
  entra({
    source: ENTRA_KNOWN_ISSUES,
    name: 'pathless Replace whose value holds dotted and URN-qualified attribute names',
    method: 'PATCH',
    path: '/Users/{{entraUser}}',
    body: patch({ op: 'Replace', value: { 'name.givenName': 'Barbara', 'name.familyName': 'Jensen', [`${ENTERPRISE}:employeeNumber`]: '12345' } }),
    status: 200,
    expect: { name: { givenName: 'Barbara', familyName: 'Jensen' } },
  }),
  entra({ source: ENTRA_KNOWN_ISSUES, name: 'Add of an attribute orgbase does not keep (nickName)', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'Add', path: 'nickName', value: 'Babs' }), status: 200, expect: { name: { givenName: 'Barbara' } } }),
  entra({ source: ENTRA_KNOWN_ISSUES, name: 'lower-case add of the same attribute', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'add', path: 'nickName', value: 'Babs' }), status: 200 }),
  entra({ source: ENTRA_TUTORIAL, name: 'enterprise extension attribute by URN path (manager)', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'Add', path: `${ENTERPRISE}:manager`, value: '{{entraUser}}' }), status: 200 }),
  entra({ source: ENTRA_TUTORIAL, name: 'enterprise extension attribute by URN path (department)', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'Replace', path: `${ENTERPRISE}:department`, value: 'Human Resources US' }), status: 200 }),
  entra({ source: ENTRA_TUTORIAL, name: 'pathless Add with the enterprise extension as an object', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'Add', value: { [ENTERPRISE]: { employeeNumber: '100009', costCenter: '4130' } } }), status: 200 }),
  entra({ source: ENTRA_KNOWN_ISSUES, name: 'empty Operations array', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch(), status: 200, expect: { id: '{{entraUser}}', active: true } }),
  entra({ source: ENTRA_TUTORIAL, name: 'displayName Replace (orgbase derives displayName from the names)', method: 'PATCH', path: '/Users/{{entraUser}}', body: patch({ op: 'Replace', path: 'displayName', value: 'Barbara J.' }), status: 200, expect: { displayName: 'Barbara Jensen' } }),
  entra({
    source: ENTRA_TUTORIAL,
    name: 'create a second user (userPrincipalName as userName, mail as the work email)',
    method: 'POST',
    path: '/Users',
    body: { schemas: [USER, ENTERPRISE], externalId: 'b5d0c2d2-6b56-4ee5-8c1a-3e4d1fcb0c50', userName: 'Second_User@testuser.com', active: true, emails: [{ primary: true, type: 'work', value: 'Second_User@testuser.com' }], name: { givenName: 'Second', familyName: 'User' }, [ENTERPRISE]: { department: 'Sales' } },
    status: 201,
    capture: 'entra2',
  }),
  entra({
    source: ENTRA_TUTORIAL,
    name: 'create group (with the ADSCIM group schema, externalId and meta)',
    method: 'POST',
    path: '/Groups',
    body: { schemas: [GROUP, 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'], externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159', displayName: 'displayName', meta: { resourceType: 'Group' } },
    status: 201,
    capture: 'entraGroup',
    expect: { displayName: 'displayName', members: [] },
  }),
  entra({ source: ENTRA_TUTORIAL, name: 'get group without members', method: 'GET', path: '/Groups/{{entraGroup}}?excludedAttributes=members', status: 200, expect: { displayName: 'displayName' }, absent: ['members'] }),
  entra({ source: ENTRA_TUTORIAL, name: 'get group by displayName', method: 'GET', path: '/Groups?excludedAttributes=members&filter=displayName%20eq%20%22displayName%22', status: 200, expect: { totalResults: 1, Resources: [{ id: '{{entraGroup}}' }] } }),
  entra({ source: ENTRA_TUTORIAL, name: 'update group, non-member attribute', method: 'PATCH', path: '/Groups/{{entraGroup}}', body: patch({ op: 'Replace', path: 'displayName', value: '1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName' }), status: 200, expect: { displayName: '1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName' } }),
  entra({ source: ENTRA_TUTORIAL, name: 'update group, add members', method: 'PATCH', path: '/Groups/{{entraGroup}}', body: patch({ op: 'Add', path: 'members', value: [{ $ref: null, value: '{{entraUser}}' }] }), status: 200, expect: { members: [{ value: '{{entraUser}}' }] } }),
  entra({ source: ENTRA_TUTORIAL, name: 'update group, add another member', method: 'PATCH', path: '/Groups/{{entraGroup}}', body: patch({ op: 'Add', path: 'members', value: [{ $ref: null, value: '{{entra2}}' }] }), status: 200, expect: { members: [{ value: '{{entraUser}}' }, { value: '{{entra2}}' }] } }),
  entra({ source: ENTRA_TUTORIAL, name: 'update group, remove members with a value list (only those)', method: 'PATCH', path: '/Groups/{{entraGroup}}', body: patch({ op: 'Remove', path: 'members', value: [{ $ref: null, value: '{{entra2}}' }] }), status: 200, expect: { members: [{ value: '{{entraUser}}' }] } }),
  entra({ source: ENTRA_KNOWN_ISSUES, name: 'remove a member by a value filter path', method: 'PATCH', path: '/Groups/{{entraGroup}}', body: patch({ op: 'remove', path: 'members[value eq "{{entraUser}}"]' }), status: 200, expect: { members: [] } }),
  entra({ source: ENTRA_KNOWN_ISSUES, name: 'add several members in one operation', method: 'PATCH', path: '/Groups/{{entraGroup}}', body: patch({ op: 'Add', path: 'members', value: [{ value: '{{entraUser}}' }, { value: '{{entra2}}' }] }), status: 200, expect: { members: [{ value: '{{entraUser}}' }, { value: '{{entra2}}' }] } }),
  entra({ source: ENTRA_KNOWN_ISSUES, name: 'pathless Replace of the group name', method: 'PATCH', path: '/Groups/{{entraGroup}}', body: patch({ op: 'Replace', value: { displayName: 'Entra Group' } }), status: 200, expect: { displayName: 'Entra Group' } }),
  entra({ source: ENTRA_KNOWN_ISSUES, name: 'empty Operations array on a group', method: 'PATCH', path: '/Groups/{{entraGroup}}', body: patch(), status: 200, expect: { displayName: 'Entra Group' } }),
  entra({ source: ENTRA_TUTORIAL, name: 'delete user', method: 'DELETE', path: '/Users/{{entra2}}', status: 204 }),
  entra({ source: ENTRA_TUTORIAL, name: 'the deleted user is a SCIM 404', method: 'GET', path: '/Users/{{entra2}}', status: 404 }),
  entra({ source: ENTRA_TUTORIAL, name: 'the deleted user left the group', method: 'GET', path: '/Groups/{{entraGroup}}', status: 200, expect: { members: [{ value: '{{entraUser}}' }] } }),
  entra({ source: ENTRA_TUTORIAL, name: 'delete group', method: 'DELETE', path: '/Groups/{{entraGroup}}', status: 204 }),
  entra({ source: ENTRA_TUTORIAL, name: 'delete the first user', method: 'DELETE', path: '/Users/{{entraUser}}', status: 204 }),
  entra({ source: ENTRA_TUTORIAL, name: 'the deleted user is not found by userName', method: 'GET', path: '/Users?filter=userName%20eq%20%225b50642d-79fc-4410-9e90-4c077cdd1a59%40testuser.com%22', status: 200, expect: { totalResults: 0 } }),
  entra({ source: ENTRA_TUTORIAL, name: 'resource types', method: 'GET', path: '/ResourceTypes', status: 200, expect: { totalResults: 2 } }),
  entra({ source: ENTRA_TUTORIAL, name: 'schemas', method: 'GET', path: '/Schemas', status: 200, expect: { totalResults: 3 } }),
  entra({ source: ENTRA_TUTORIAL, name: 'service provider configuration', method: 'GET', path: '/ServiceProviderConfig', status: 200, expect: { patch: { supported: true } } }),
];
