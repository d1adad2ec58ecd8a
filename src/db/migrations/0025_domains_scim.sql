-- Verified domains and SCIM 2.0 provisioning (issue 25).

-- PostHog's authentication domains. `domain` is unique across every organization, as PostHog
-- keeps it: a domain proves an organization owns an email domain, so two cannot both own one.
CREATE TABLE organization_domains (
  id                       uuid PRIMARY KEY,
  organization_id          uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  domain                   varchar(128) NOT NULL,
  verification_challenge   varchar(64) NOT NULL,
  verified_at              timestamptz,
  last_verification_retry  timestamptz,
  jit_provisioning_enabled boolean NOT NULL DEFAULT false,
  sso_enforcement          varchar(28) NOT NULL DEFAULT '',
  saml_entity_id           varchar(512),
  saml_acs_url             varchar(512),
  saml_x509_cert           text,
  scim_enabled             boolean NOT NULL DEFAULT false,
  -- Only "sha256$<hex>" of the SCIM bearer token; the token is shown once.
  scim_bearer_token_hash   varchar(100),
  created_at               timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organization_domains_domain_key UNIQUE (domain)
);
CREATE INDEX organization_domains_organization_idx ON organization_domains (organization_id, domain);

-- What a domain's identity provider provisioned: the userName it sent (verbatim) and its
-- externalId, per (domain, user). Kept while the user is deactivated (active = false, no
-- membership) so the provider can find and reactivate them; deleted by a SCIM DELETE.
CREATE TABLE scim_provisioned_users (
  id          uuid PRIMARY KEY,
  domain_id   uuid NOT NULL REFERENCES organization_domains (id) ON DELETE CASCADE,
  user_id     integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  user_name   varchar(254) NOT NULL,
  external_id varchar(254),
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT scim_provisioned_users_domain_user_key UNIQUE (domain_id, user_id)
);
-- userName is unique per domain ignoring case (RFC 7643 userName: caseExact false, uniqueness server).
CREATE UNIQUE INDEX scim_provisioned_users_user_name_key ON scim_provisioned_users (domain_id, lower(user_name));
CREATE INDEX scim_provisioned_users_user_idx ON scim_provisioned_users (user_id);

-- Recent SCIM requests of a domain, with secrets and personal data masked before they are stored.
CREATE TABLE scim_request_logs (
  id                uuid PRIMARY KEY,
  domain_id         uuid NOT NULL REFERENCES organization_domains (id) ON DELETE CASCADE,
  request_method    varchar(10) NOT NULL,
  request_path      text NOT NULL,
  request_headers   jsonb NOT NULL DEFAULT '{}',
  request_body      jsonb,
  response_status   smallint NOT NULL,
  response_body     jsonb,
  identity_provider varchar(16) NOT NULL,
  duration_ms       integer NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scim_request_logs_domain_idx ON scim_request_logs (domain_id, id DESC);

-- A change made by an identity provider is recorded with its domain as the actor.
ALTER TABLE audit_log ADD COLUMN actor_domain_id uuid;

-- orgbase is self-hosted: every organization has automatic provisioning and SCIM, and says so
-- as PostHog does for an organization whose plan includes them.
ALTER TABLE organizations ALTER COLUMN available_product_features
  SET DEFAULT '[{"key": "automatic_provisioning", "name": "Automatic provisioning"}, {"key": "scim", "name": "SCIM"}]';
UPDATE organizations
  SET available_product_features = '[{"key": "automatic_provisioning", "name": "Automatic provisioning"}, {"key": "scim", "name": "SCIM"}]'
  WHERE available_product_features = '[]'::jsonb;
