// The URNs of SCIM 2.0 and the discovery documents (RFC 7643 §5-§7, RFC 7644 §4) orgbase serves.

export const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_URN = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER_URN = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
/** Entra ID's group schema, which it sends beside the core one when it creates a group. */
export const ENTRA_GROUP_URN = 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group';
export const PATCH_OP_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const LIST_RESPONSE_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const SERVICE_PROVIDER_CONFIG_URN = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
export const RESOURCE_TYPE_URN = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
export const SCHEMA_URN = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

/** The most resources one list answers (`count` above it is lowered to it, RFC 7644 §3.4.2.4). */
export const MAX_RESULTS = 200;
/** The most members one group write may name. */
export const MAX_MEMBERS = 1000;

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [SERVICE_PROVIDER_CONFIG_URN],
    documentationUri: 'https://posthog.com/docs/scim',
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'Authentication scheme using the OAuth Bearer Token Standard',
        specUri: 'https://www.rfc-editor.org/rfc/rfc6750.txt',
        documentationUri: 'https://posthog.com/docs/settings/scim',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function resourceTypes(baseUrl: string) {
  return [
    {
      schemas: [RESOURCE_TYPE_URN],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'A member of the organization',
      schema: USER_URN,
      schemaExtensions: [{ schema: ENTERPRISE_USER_URN, required: false }],
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/User` },
    },
    {
      schemas: [RESOURCE_TYPE_URN],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'A role of the organization',
      schema: GROUP_URN,
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/Group` },
    },
  ];
}

type Attribute = Record<string, unknown>;
const attribute = (name: string, extra: Partial<Attribute> = {}): Attribute => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});
const complex = (name: string, subAttributes: Attribute[], extra: Partial<Attribute> = {}) => attribute(name, { type: 'complex', subAttributes, ...extra });

/** The attributes orgbase reads and returns; others are accepted and ignored. */
export function schemaDocuments(baseUrl: string) {
  const document = (id: string, name: string, description: string, attributes: Attribute[]) => ({
    schemas: [SCHEMA_URN],
    id,
    name,
    description,
    attributes,
    meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${id}` },
  });
  return [
    document(USER_URN, 'User', 'User Account', [
      attribute('userName', { required: true, uniqueness: 'server' }),
      complex('name', [attribute('givenName'), attribute('familyName'), attribute('formatted', { mutability: 'readOnly' })]),
      attribute('displayName', { mutability: 'readOnly' }),
      complex('emails', [attribute('value'), attribute('type'), attribute('primary', { type: 'boolean' })], { multiValued: true }),
      attribute('active', { type: 'boolean' }),
      attribute('externalId', { caseExact: true }),
      complex(
        'groups',
        [
          attribute('value', { mutability: 'readOnly' }),
          attribute('$ref', { type: 'reference', mutability: 'readOnly' }),
          attribute('display', { mutability: 'readOnly' }),
        ],
        {
          multiValued: true,
          mutability: 'readOnly',
        },
      ),
    ]),
    document(GROUP_URN, 'Group', 'Group', [
      attribute('displayName', { required: true, uniqueness: 'server' }),
      complex(
        'members',
        [
          attribute('value', { mutability: 'immutable' }),
          attribute('$ref', { type: 'reference', mutability: 'immutable' }),
          attribute('display', { mutability: 'readOnly' }),
        ],
        {
          multiValued: true,
        },
      ),
    ]),
    document(ENTERPRISE_USER_URN, 'EnterpriseUser', 'Enterprise User (accepted; not stored)', []),
  ];
}
