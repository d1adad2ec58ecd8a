-- orgbase initial schema. The invariants the API promises live here as constraints,
-- so concurrent requests cannot break them whatever the application does.
-- Nothing newer than PostgreSQL 15: production may run 15 while PGlite is 18.

CREATE TABLE users (
  id                    serial PRIMARY KEY,
  uuid                  uuid NOT NULL UNIQUE,
  email                 varchar(254) NOT NULL,
  first_name            varchar(150) NOT NULL DEFAULT '',
  last_name             varchar(150) NOT NULL DEFAULT '',
  distinct_id           varchar(200) UNIQUE,
  is_email_verified     boolean,
  is_active             boolean NOT NULL DEFAULT true,
  is_2fa_enabled        boolean NOT NULL DEFAULT false,
  has_social_auth       boolean NOT NULL DEFAULT false,
  role_at_organization  varchar(64),
  hedgehog_config       jsonb,
  last_login            timestamptz,
  current_organization_id uuid,
  date_joined           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

CREATE TABLE organizations (
  id                                uuid PRIMARY KEY,
  name                              varchar(64) NOT NULL CHECK (btrim(name) <> ''),
  slug                              varchar(48) NOT NULL,
  logo_media_id                     uuid,
  created_at                        timestamptz NOT NULL DEFAULT now(),
  updated_at                        timestamptz NOT NULL DEFAULT now(),
  plugins_access_level              smallint NOT NULL DEFAULT 9 CHECK (plugins_access_level IN (0, 3, 6, 9)),
  available_product_features        jsonb NOT NULL DEFAULT '[]',
  is_member_join_email_enabled      boolean NOT NULL DEFAULT true,
  customer_id                       varchar(200),
  enforce_2fa                       boolean,
  members_can_invite                boolean DEFAULT true,
  members_can_use_personal_api_keys boolean NOT NULL DEFAULT true,
  allow_publicly_shared_resources   boolean NOT NULL DEFAULT true,
  is_ai_data_processing_approved    boolean,
  default_experiment_stats_method   varchar(20) DEFAULT 'bayesian'
    CHECK (default_experiment_stats_method IN ('bayesian', 'frequentist', '')),
  default_anonymize_ips             boolean NOT NULL DEFAULT false,
  default_role_id                   uuid,
  is_active                         boolean DEFAULT true,
  is_not_active_reason              varchar(200),
  CONSTRAINT organizations_slug_key UNIQUE (slug)
);

ALTER TABLE users
  ADD CONSTRAINT users_current_organization_fkey FOREIGN KEY (current_organization_id)
  REFERENCES organizations (id) ON DELETE SET NULL;

-- Projects and teams share one id space, as in PostHog (a project's first team has its id).
CREATE SEQUENCE team_ids;

CREATE TABLE projects (
  id              integer PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  name            varchar(200) NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projects_organization_id_idx ON projects (organization_id);

CREATE TABLE teams (
  id              integer PRIMARY KEY,
  uuid            uuid NOT NULL UNIQUE,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  project_id      integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  api_token       varchar(200) NOT NULL UNIQUE,
  name            varchar(200) NOT NULL,
  timezone        varchar(240) NOT NULL DEFAULT 'UTC',
  anonymize_ips   boolean NOT NULL DEFAULT false,
  is_demo         boolean NOT NULL DEFAULT false,
  ingested_event  boolean NOT NULL DEFAULT false,
  completed_snippet_onboarding boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX teams_organization_id_idx ON teams (organization_id);

CREATE TABLE organization_memberships (
  id              uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  user_id         integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  level           smallint NOT NULL DEFAULT 1 CHECK (level IN (1, 8, 15)),
  joined_at       timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organization_memberships_org_user_key UNIQUE (organization_id, user_id)
);
CREATE INDEX organization_memberships_user_id_idx ON organization_memberships (user_id, organization_id);

CREATE TABLE roles (
  id              uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  name            varchar(200) NOT NULL CHECK (btrim(name) <> ''),
  created_at      timestamptz NOT NULL DEFAULT now(),
  created_by_id   integer REFERENCES users (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX roles_organization_name_key ON roles (organization_id, lower(name));

ALTER TABLE organizations
  ADD CONSTRAINT organizations_default_role_fkey FOREIGN KEY (default_role_id)
  REFERENCES roles (id) ON DELETE SET NULL;

CREATE TABLE role_memberships (
  id                     uuid PRIMARY KEY,
  role_id                uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  user_id                integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- Cascades so that removing someone from the organization removes their role memberships.
  organization_member_id uuid NOT NULL REFERENCES organization_memberships (id) ON DELETE CASCADE,
  joined_at              timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT unique_user_and_role UNIQUE (role_id, user_id)
);
CREATE INDEX role_memberships_member_idx ON role_memberships (organization_member_id);

CREATE TABLE organization_integrations (
  id               uuid PRIMARY KEY,
  organization_id  uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  kind             varchar(32) NOT NULL,
  integration_id   text,
  config           jsonb NOT NULL DEFAULT '{}',
  sensitive_config jsonb NOT NULL DEFAULT '{}',
  created_by_id    integer REFERENCES users (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organization_integrations_unique UNIQUE NULLS NOT DISTINCT (organization_id, kind, integration_id)
);

CREATE TABLE personal_api_keys (
  id                   varchar(50) PRIMARY KEY,
  user_id              integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  label                varchar(40) NOT NULL CHECK (btrim(label) <> ''),
  -- Only "sha256$<hex>" of the key is ever stored; the key itself is shown once.
  secure_value         varchar(300) NOT NULL,
  mask_value           varchar(11) NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  last_used_at         timestamptz,
  last_rolled_at       timestamptz,
  scopes               text[] NOT NULL DEFAULT '{}',
  scoped_teams         integer[],
  scoped_organizations text[],
  CONSTRAINT personal_api_keys_secure_value_key UNIQUE (secure_value)
);
CREATE INDEX personal_api_keys_user_id_idx ON personal_api_keys (user_id);
