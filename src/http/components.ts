// The one place that names the OpenAPI components. A schema listed here, wherever a route uses
// it, becomes `#/components/schemas/<Name>` in /api/schema/, so client generators produce
// named types. A new resource (e.g. Project) is one line here.
import type { TSchema } from 'typebox';
import { AuditLogEntry } from '../audit/schemas.ts';
import { Integration } from '../integrations/schemas.ts';
import { OrganizationMember } from '../members/schemas.ts';
import { Organization, ProjectBasic, TeamBasic } from '../organizations/schemas.ts';
import { Project } from '../projects/schemas.ts';
import { KeyIntrospection, PersonalApiKey } from '../personal-api-keys/schemas.ts';
import { RoleMembership } from '../role-memberships/schemas.ts';
import { Role } from '../roles/schemas.ts';
import { Me, UserBasic } from '../users/schemas.ts';

export const NAMED_SCHEMAS: Array<[name: string, schema: TSchema]> = [
  ['Organization', Organization],
  ['Member', OrganizationMember],
  ['Role', Role],
  ['RoleMembership', RoleMembership],
  ['Integration', Integration],
  ['Project', Project],
  ['PersonalApiKey', PersonalApiKey],
  ['PersonalApiKeyIntrospection', KeyIntrospection],
  ['User', UserBasic],
  ['Me', Me],
  ['AuditLogEntry', AuditLogEntry],
  ['TeamBasic', TeamBasic],
  ['ProjectBasic', ProjectBasic],
];

/** The error body's component name; every error response refers to it. */
export const ERROR_COMPONENT = 'Error';
/** `Paginated<Name>List`, as PostHog's own document names its lists. */
export const paginatedName = (item: string) => `Paginated${item}List`;
