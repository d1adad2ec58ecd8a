import Type, { type Static } from 'typebox';
import { PaginationQuery } from '../http/pagination.ts';
import { OrganizationIdParam } from '../http/schemas.ts';

/**
 * A project as PostHog's projects endpoints serve it (its backward-compatible basic project:
 * the project with the fields of its first team, which has the project's id).
 */
export const Project = Type.Object(
  {
    id: Type.Integer({ example: 2 }),
    uuid: Type.String({ format: 'uuid', description: "The uuid of the project's first team." }),
    organization: Type.String({ format: 'uuid' }),
    api_token: Type.String({ example: 'phc_...', description: "The project token of the project's first team." }),
    name: Type.String({ maxLength: 200, example: 'Default project' }),
    created_at: Type.String({ format: 'date-time' }),
    completed_snippet_onboarding: Type.Boolean(),
    has_completed_onboarding_for: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
    ingested_event: Type.Boolean(),
    is_demo: Type.Boolean(),
    timezone: Type.String({ example: 'UTC' }),
    anonymize_ips: Type.Boolean(),
    access_control: Type.Boolean(),
  },
  { description: 'A project of an organization.' },
);
export type Project = Static<typeof Project>;

const ProjectName = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '\\S',
  description: 'Surrounding whitespace is trimmed.',
  example: 'Website',
});

const Timezone = Type.String({ maxLength: 240, description: 'An IANA time zone name.', example: 'Europe/Berlin' });

const writable = {
  timezone: Type.Optional(Timezone),
  anonymize_ips: Type.Optional(Type.Boolean()),
};

export const ProjectCreate = Type.Object({ name: Type.Optional(ProjectName), ...writable });
export type ProjectCreate = Static<typeof ProjectCreate>;

export const ProjectUpdate = Type.Object({ name: Type.Optional(ProjectName), ...writable });
export type ProjectUpdate = Static<typeof ProjectUpdate>;

export const ProjectListParams = Type.Object({ organization_id: OrganizationIdParam });

const ProjectIdParam = Type.String({ description: "The project id, or `@current` for the caller's current project.", example: '@current' });

export const ProjectParams = Type.Object({ organization_id: OrganizationIdParam, id: ProjectIdParam });

export const TopLevelProjectParams = Type.Object({ id: ProjectIdParam });

export const ProjectListQuery = Type.Object({
  ...PaginationQuery.properties,
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Only projects whose name contains this, ignoring case.' })),
});
export type ProjectListQuery = Static<typeof ProjectListQuery>;
