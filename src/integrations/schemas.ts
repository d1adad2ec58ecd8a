import Type, { type Static } from 'typebox';
import { OrganizationIdParam } from '../http/schemas.ts';
import { UserBasic } from '../users/schemas.ts';

/** Kinds an organization-level integration can be; extend with a migration of the check. */
export const INTEGRATION_KINDS = ['vercel', 'aws_marketplace'] as const;

/** The `config.type` that marks an integration whose environments can be mapped to projects. */
export const CONNECTABLE = 'connectable';

export const Integration = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: Type.String({ enum: [...INTEGRATION_KINDS], example: 'vercel' }),
    integration_id: Type.Union([Type.String(), Type.Null()], { description: 'The id of the installation on the other side.' }),
    config: Type.Unknown({ description: 'Non-secret configuration, returned as stored.' }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    created_by: Type.Union([UserBasic, Type.Null()]),
  },
  { description: 'An integration installed for a whole organization.' },
);
export type Integration = Static<typeof Integration>;

export const IntegrationListParams = Type.Object({ organization_id: OrganizationIdParam });

export const IntegrationParams = Type.Object({
  organization_id: OrganizationIdParam,
  id: Type.String({ description: 'The integration id (a UUID).' }),
});

const ProjectId = (description: string) => Type.Integer({ description, example: 2 });

export const EnvironmentMappingUpdate = Type.Object(
  {
    production: ProjectId('The project that receives production traffic.'),
    preview: Type.Optional(ProjectId('The project for preview deployments; defaults to `production`.')),
    development: Type.Optional(ProjectId('The project for development; defaults to `production`.')),
    personal_api_key: Type.Optional(Type.String({ description: "The caller's key, for clients that cannot send an Authorization header." })),
  },
  {
    description: 'Which project of the organization each environment of the integration reports to. Other fields are ignored, as in PostHog.',
  },
);
export type EnvironmentMappingUpdate = Static<typeof EnvironmentMappingUpdate>;

/** The three environments always stored, in this order; also the order their ids are checked. */
export const ENVIRONMENTS = ['production', 'preview', 'development'] as const;
export type EnvironmentMapping = Record<(typeof ENVIRONMENTS)[number], number>;
