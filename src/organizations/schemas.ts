import Type, { type Static } from 'typebox';
import { PaginationQuery } from '../http/pagination.ts';
import { OrganizationIdParam } from '../http/schemas.ts';
import { LevelSchema } from '../access/levels.ts';

export const EXPERIMENT_STATS_METHODS = ['bayesian', 'frequentist', ''] as const;

export const TeamBasic = Type.Object(
  {
    id: Type.Integer(),
    uuid: Type.String({ format: 'uuid' }),
    organization: Type.String({ format: 'uuid' }),
    project_id: Type.Integer(),
    api_token: Type.String({ example: 'phc_...' }),
    name: Type.String(),
    completed_snippet_onboarding: Type.Boolean(),
    has_completed_onboarding_for: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
    ingested_event: Type.Boolean(),
    is_demo: Type.Boolean(),
    timezone: Type.String({ example: 'UTC' }),
    access_control: Type.Boolean(),
  },
  { description: 'A team (environment) of the organization.' },
);

export const ProjectBasic = Type.Object({
  id: Type.Integer(),
  organization_id: Type.String({ format: 'uuid' }),
  name: Type.String(),
});

const StatsMethod = Type.Union([Type.Enum([...EXPERIMENT_STATS_METHODS]), Type.Null()], {
  description: 'How experiments compute their statistics by default.',
  example: 'bayesian',
});

export const Organization = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String({ maxLength: 64 }),
    slug: Type.String({ maxLength: 48, description: 'Derived from the name at creation; never changes.' }),
    logo_media_id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    membership_level: Type.Union([LevelSchema(), Type.Null()], {
      description: "The caller's level: 1 member, 8 admin, 15 owner.",
    }),
    plugins_access_level: Type.Integer({ enum: [0, 3, 6, 9] }),
    teams: Type.Array(TeamBasic),
    projects: Type.Array(ProjectBasic),
    available_product_features: Type.Union([Type.Array(Type.Unknown()), Type.Null()]),
    is_member_join_email_enabled: Type.Boolean(),
    metadata: Type.Record(Type.String(), Type.String()),
    customer_id: Type.Union([Type.String(), Type.Null()]),
    enforce_2fa: Type.Union([Type.Boolean(), Type.Null()]),
    members_can_invite: Type.Union([Type.Boolean(), Type.Null()]),
    members_can_use_personal_api_keys: Type.Boolean(),
    allow_publicly_shared_resources: Type.Boolean(),
    member_count: Type.Integer(),
    is_ai_data_processing_approved: Type.Union([Type.Boolean(), Type.Null()]),
    default_experiment_stats_method: StatsMethod,
    default_anonymize_ips: Type.Boolean(),
    default_role_id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
      description: 'A role of this organization that new members join.',
    }),
    is_active: Type.Union([Type.Boolean(), Type.Null()]),
    is_not_active_reason: Type.Union([Type.String(), Type.Null()]),
  },
  { description: 'An organization, as the caller sees it.' },
);
export type Organization = Static<typeof Organization>;

const Name = Type.String({ minLength: 1, maxLength: 64, pattern: '\\S', example: 'Acme', description: 'Trimmed; 1 to 64 characters.' });
const NullableBoolean = Type.Union([Type.Boolean(), Type.Null()]);

/** The fields a client may write (PostHog's request parameters); others in a body are ignored. */
const writable = {
  logo_media_id: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  is_member_join_email_enabled: Type.Optional(Type.Boolean()),
  enforce_2fa: Type.Optional(NullableBoolean),
  members_can_invite: Type.Optional(NullableBoolean),
  members_can_use_personal_api_keys: Type.Optional(Type.Boolean()),
  allow_publicly_shared_resources: Type.Optional(Type.Boolean()),
  is_ai_data_processing_approved: Type.Optional(NullableBoolean),
  default_experiment_stats_method: Type.Optional(StatsMethod),
  default_anonymize_ips: Type.Optional(Type.Boolean()),
  default_role_id: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
};

export const OrganizationCreate = Type.Object({ name: Name, ...writable });
export type OrganizationCreate = Static<typeof OrganizationCreate>;

export const OrganizationUpdate = Type.Object({ name: Type.Optional(Name), ...writable });
export type OrganizationUpdate = Static<typeof OrganizationUpdate>;

export const OrganizationParams = Type.Object({ id: OrganizationIdParam });

export const ORGANIZATION_ORDERINGS = ['name', '-name', 'created_at', '-created_at'] as const;

export const OrganizationListQuery = Type.Object({
  ...PaginationQuery.properties,
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Only organizations whose name contains this, ignoring case.' })),
  ordering: Type.Optional(Type.Enum([...ORGANIZATION_ORDERINGS], { description: 'Sort key; `-` for descending. Default: creation order.' })),
});
export type OrganizationListQuery = Static<typeof OrganizationListQuery>;
