import Type, { type Static } from 'typebox';
import { PaginationQuery } from '../http/pagination.ts';

export const AuditLogEntry = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    created_at: Type.String({ format: 'date-time' }),
    action: Type.String({ example: 'role.created', description: '`<target type>.<verb>`, e.g. `organization.updated`.' }),
    actor: Type.Object({
      user_uuid: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
      email: Type.Union([Type.String(), Type.Null()], { description: 'As it was when the change was made.' }),
      key_id: Type.Union([Type.String(), Type.Null()], { description: 'The personal API key that made the change.' }),
      domain_id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
        description: 'The verified domain whose identity provider made the change over SCIM (its request id starts with `scim-`).',
      }),
    }),
    target_type: Type.String({ example: 'role' }),
    target_id: Type.String(),
    before: Type.Unknown({ description: 'The target before the change; null for a creation.' }),
    after: Type.Unknown({ description: 'The target after the change; null for a deletion.' }),
    request_id: Type.Union([Type.String(), Type.Null()]),
  },
  { description: 'One recorded change.' },
);
export type AuditLogEntry = Static<typeof AuditLogEntry>;

export const AuditLogQuery = Type.Object({
  ...PaginationQuery.properties,
  action: Type.Optional(Type.String({ description: 'Only these actions (comma-separated), e.g. `role.created,role.deleted`.' })),
  actor: Type.Optional(Type.String({ format: 'uuid', description: 'Only changes made by this user (UUID).' })),
  target_type: Type.Optional(Type.String({ description: 'Only changes to targets of this type, e.g. `role`.' })),
  target_id: Type.Optional(Type.String({ description: 'Only changes to this target.' })),
  after: Type.Optional(Type.String({ format: 'date-time', description: 'Only changes at or after this time (ISO 8601).' })),
  before: Type.Optional(Type.String({ format: 'date-time', description: 'Only changes before this time (ISO 8601).' })),
});
export type AuditLogQuery = Static<typeof AuditLogQuery>;
