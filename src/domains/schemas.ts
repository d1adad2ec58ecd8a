import Type, { type Static } from 'typebox';
import { PaginationQuery } from '../http/pagination.ts';
import { OrganizationIdParam } from '../http/schemas.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T, description: string) => Type.Union([schema, Type.Null()], { description });

export const OrganizationDomain = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    domain: Type.String({ maxLength: 128, example: 'example.com', description: 'Lower-case; unique across every organization; fixed once created.' }),
    is_verified: Type.Boolean({ description: 'Whether the DNS challenge has been met (or an operator forced it).' }),
    verified_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    verification_challenge: Type.String({
      description: 'Publish it as a TXT record of `_posthog-challenge.<domain>`, then call `verify`. Generated once.',
      example: 'p2Yc5m1kFJgW0WmBiO3v6mAkhX4pQ6gxQk7n2sZ1d8E',
    }),
    jit_provisioning_enabled: Type.Boolean({ description: 'Verified domains only.' }),
    sso_enforcement: Type.String({ maxLength: 28, description: 'Verified domains only; free text, as PostHog (e.g. `saml`, `google-oauth2`).' }),
    has_saml: Type.Boolean({ description: 'All three SAML fields are set.' }),
    saml_entity_id: Nullable(Type.String({ maxLength: 512 }), 'SAML entity id.'),
    saml_acs_url: Nullable(Type.String({ maxLength: 512 }), 'SAML ACS URL.'),
    saml_x509_cert: Nullable(Type.String(), 'SAML signing certificate.'),
    has_scim: Type.Boolean({ description: 'SCIM is enabled and a bearer token exists.' }),
    scim_enabled: Type.Boolean({ description: 'Verified domains only. Turning it on creates a bearer token, returned once.' }),
    scim_base_url: Nullable(Type.String(), 'The SCIM 2.0 base URL to give the identity provider; null without SCIM.'),
    scim_bearer_token: Nullable(
      Type.String(),
      'The SCIM bearer token, only in the answer of the request that created it; null everywhere else (only its hash is kept).',
    ),
  },
  { description: "A verified (or to-be-verified) email domain of an organization: PostHog's authentication domain." },
);
export type OrganizationDomain = Static<typeof OrganizationDomain>;

const Writable = {
  jit_provisioning_enabled: Type.Optional(Type.Boolean()),
  sso_enforcement: Type.Optional(Type.String({ maxLength: 28 })),
  saml_entity_id: Type.Optional(Type.Union([Type.String({ maxLength: 512 }), Type.Null()])),
  saml_acs_url: Type.Optional(Type.Union([Type.String({ maxLength: 512 }), Type.Null()])),
  saml_x509_cert: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  scim_enabled: Type.Optional(Type.Boolean()),
};

export const OrganizationDomainCreate = Type.Object(
  {
    domain: Type.String({ maxLength: 128, example: 'example.com', description: 'Lower-case letters, digits and hyphens, e.g. `eu.example.com`.' }),
    ...Writable,
  },
  {
    description:
      'A new domain. `jit_provisioning_enabled`, `sso_enforcement` and `scim_enabled` are ignored here (they need a verified domain); SAML fields are kept.',
  },
);
export type OrganizationDomainCreate = Static<typeof OrganizationDomainCreate>;

export const OrganizationDomainUpdate = Type.Object(
  {
    domain: Type.Optional(Type.String({ description: 'Ignored: a domain cannot be changed once created.' })),
    ...Writable,
  },
  { description: 'The writable fields of a domain; read-only fields in the body are ignored.' },
);
export type OrganizationDomainUpdate = Static<typeof OrganizationDomainUpdate>;

export const ScimToken = Type.Object(
  {
    scim_enabled: Type.Boolean(),
    scim_base_url: Type.Union([Type.String(), Type.Null()]),
    scim_bearer_token: Type.String({ description: 'The new bearer token, shown this once; the previous one stops working.' }),
  },
  { description: 'A freshly issued SCIM bearer token.' },
);

export const DomainListParams = Type.Object({ organization_id: OrganizationIdParam });
export const DomainParams = Type.Object({
  organization_id: OrganizationIdParam,
  id: Type.String({ description: 'The domain id.' }),
});

export const DomainListQuery = Type.Object({ ...PaginationQuery.properties });
export type DomainListQuery = Static<typeof DomainListQuery>;

export const ScimLogEntry = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    request_method: Type.String(),
    request_path: Type.String({ description: 'With filter values masked.' }),
    request_headers: Type.Record(Type.String(), Type.String(), { description: 'Authorization shown as `***`; cookies dropped.' }),
    request_body: Type.Unknown({ description: 'Masked: names, emails and member ids keep a first and last character; passwords are `[redacted]`.' }),
    response_status: Type.Integer(),
    response_body: Type.Unknown({ description: 'Masked as the request body.' }),
    identity_provider: Type.String({ description: '`okta`, `entra_id`, `google`, `onelogin` or `other`, from the User-Agent.' }),
    duration_ms: Type.Integer(),
    created_at: Type.String({ format: 'date-time' }),
  },
  { description: 'One SCIM request of a domain, as stored (secrets and personal data masked).' },
);
export type ScimLogEntry = Static<typeof ScimLogEntry>;

export const ScimLogQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, description: 'Page number (20 per page by default).' })),
  page_size: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  status_min: Type.Optional(Type.Integer({ description: 'Only responses with at least this status.' })),
  status_max: Type.Optional(Type.Integer({ description: 'Only responses with at most this status.' })),
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Case-insensitive substring of the path or the (masked) body.' })),
  after: Type.Optional(Type.String({ format: 'date-time' })),
  before: Type.Optional(Type.String({ format: 'date-time' })),
});
export type ScimLogQuery = Static<typeof ScimLogQuery>;

export const ScimLogPage = Type.Object({
  count: Type.Integer(),
  next: Type.Union([Type.String(), Type.Null()]),
  previous: Type.Union([Type.String(), Type.Null()]),
  results: Type.Array(ScimLogEntry),
});
