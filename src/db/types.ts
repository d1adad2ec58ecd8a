import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';

/** Timestamps travel as ISO-8601 strings with microseconds (see type-parsers.ts). */
type Timestamp = ColumnType<string, string | undefined, string>;
type Json = ColumnType<unknown, string, string>;

export interface UsersTable {
  id: Generated<number>;
  uuid: string;
  email: string;
  first_name: ColumnType<string, string | undefined, string>;
  last_name: ColumnType<string, string | undefined, string>;
  distinct_id: string | null;
  is_email_verified: boolean | null;
  is_active: ColumnType<boolean, boolean | undefined, boolean>;
  is_2fa_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  has_social_auth: ColumnType<boolean, boolean | undefined, boolean>;
  role_at_organization: string | null;
  hedgehog_config: Json | null;
  last_login: string | null;
  current_organization_id: string | null;
  current_team_id: ColumnType<number | null, number | null | undefined, number | null>;
  date_joined: Timestamp;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  slug: string;
  logo_media_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  plugins_access_level: ColumnType<number, number | undefined, number>;
  available_product_features: ColumnType<unknown, string | undefined, string>;
  is_member_join_email_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  customer_id: string | null;
  enforce_2fa: boolean | null;
  members_can_invite: boolean | null;
  members_can_use_personal_api_keys: ColumnType<boolean, boolean | undefined, boolean>;
  allow_publicly_shared_resources: ColumnType<boolean, boolean | undefined, boolean>;
  is_ai_data_processing_approved: boolean | null;
  default_experiment_stats_method: string | null;
  default_anonymize_ips: ColumnType<boolean, boolean | undefined, boolean>;
  default_role_id: string | null;
  is_active: boolean | null;
  is_not_active_reason: string | null;
}

export interface ProjectsTable {
  id: number;
  organization_id: string;
  name: string;
  created_at: Timestamp;
}

export interface TeamsTable {
  id: number;
  uuid: string;
  organization_id: string;
  project_id: number;
  api_token: string;
  name: string;
  timezone: ColumnType<string, string | undefined, string>;
  anonymize_ips: ColumnType<boolean, boolean | undefined, boolean>;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  ingested_event: ColumnType<boolean, boolean | undefined, boolean>;
  completed_snippet_onboarding: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
}

export interface OrganizationMembershipsTable {
  id: string;
  organization_id: string;
  user_id: number;
  level: number;
  joined_at: Timestamp;
  updated_at: Timestamp;
}

export interface RolesTable {
  id: string;
  organization_id: string;
  name: string;
  created_at: Timestamp;
  created_by_id: number | null;
}

export interface RoleMembershipsTable {
  id: string;
  role_id: string;
  user_id: number;
  organization_member_id: string;
  joined_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganizationIntegrationsTable {
  id: string;
  organization_id: string;
  kind: string;
  integration_id: string | null;
  config: ColumnType<Record<string, unknown>, string | undefined, string>;
  sensitive_config: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_by_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PersonalApiKeysTable {
  id: string;
  user_id: number;
  label: string;
  secure_value: string;
  mask_value: string;
  created_at: Timestamp;
  last_used_at: string | null;
  last_rolled_at: string | null;
  scopes: string[];
  /** `[]` for every project the user can reach. */
  scoped_teams: number[];
  /** `[]` for every organization of the user. */
  scoped_organizations: string[];
}

export interface AuditLogTable {
  id: string;
  organization_id: string | null;
  actor_user_id: number | null;
  actor_user_uuid: string | null;
  actor_email: string | null;
  actor_key_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  request_id: string | null;
  /** The verified domain whose identity provider made the change over SCIM. */
  actor_domain_id: ColumnType<string | null, string | null | undefined, never>;
  created_at: Timestamp;
}

export interface OrganizationDomainsTable {
  id: string;
  organization_id: string;
  domain: string;
  verification_challenge: string;
  verified_at: string | null;
  last_verification_retry: string | null;
  jit_provisioning_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  sso_enforcement: ColumnType<string, string | undefined, string>;
  saml_entity_id: string | null;
  saml_acs_url: string | null;
  saml_x509_cert: string | null;
  scim_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  scim_bearer_token_hash: string | null;
  created_at: Timestamp;
}

export interface ScimProvisionedUsersTable {
  id: string;
  domain_id: string;
  user_id: number;
  user_name: string;
  external_id: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ScimRequestLogsTable {
  id: string;
  domain_id: string;
  request_method: string;
  request_path: string;
  request_headers: ColumnType<unknown, string, never>;
  request_body: ColumnType<unknown, string | null, never>;
  response_status: number;
  response_body: ColumnType<unknown, string | null, never>;
  identity_provider: string;
  duration_ms: number;
  created_at: Timestamp;
}

export interface IdempotencyKeysTable {
  user_id: number;
  key: string;
  fingerprint: string;
  status_code: number | null;
  response_body: string | null;
  created_at: Timestamp;
}

export interface EventsTable {
  id: string;
  organization_id: string;
  sequence: number;
  type: string;
  actor: ColumnType<EventActorColumn, string, string>;
  data: Json;
  created_at: Timestamp;
}

export interface EventActorColumn {
  user_uuid: string | null;
  key_id: string | null;
  via: 'api' | 'cli' | 'scim';
}

export interface EventSequencesTable {
  organization_id: string;
  last_sequence: number;
}

export interface Database {
  users: UsersTable;
  organizations: OrganizationsTable;
  projects: ProjectsTable;
  teams: TeamsTable;
  organization_memberships: OrganizationMembershipsTable;
  roles: RolesTable;
  role_memberships: RoleMembershipsTable;
  organization_integrations: OrganizationIntegrationsTable;
  personal_api_keys: PersonalApiKeysTable;
  audit_log: AuditLogTable;
  events: EventsTable;
  event_sequences: EventSequencesTable;
  idempotency_keys: IdempotencyKeysTable;
  organization_domains: OrganizationDomainsTable;
  scim_provisioned_users: ScimProvisionedUsersTable;
  scim_request_logs: ScimRequestLogsTable;
}

export type Db = Kysely<Database>;
/** A transaction handle; repositories take it (or the root handle) as their first argument. */
export type Executor = Kysely<Database> | Transaction<Database>;
