import Type, { type Static } from 'typebox';
import { UserBasic } from '../users/schemas.ts';

/** Kinds an organization-level integration can be; extend with a migration of the check. */
export const INTEGRATION_KINDS = ['vercel', 'aws_marketplace'] as const;

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
