// The one place that names the OpenAPI components. A schema listed here, wherever a route uses
// it, becomes `#/components/schemas/<Name>` in /api/schema/, so client generators produce
// named types. A new resource (e.g. Project) is one line here. app.ts takes the OpenAPI
// options from this module, so the names are set before any document is built.
import type { TSchema } from 'typebox';
import { COMPONENT_NAMES } from '../openapi/components.ts';
import { AuditLogEntry } from '../audit/schemas.ts';
import { OrganizationDomain, ScimLogEntry, ScimToken } from '../domains/schemas.ts';
import { Integration } from '../integrations/schemas.ts';
import { Invite, InviteCreate, InviteCreated, SignupAccepted, SignupPreview } from '../invites/schemas.ts';
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
  ['OrganizationInvite', Invite],
  ['OrganizationInviteCreate', InviteCreate],
  ['OrganizationInviteCreated', InviteCreated],
  ['InviteSignupPreview', SignupPreview],
  ['InviteSignupAccepted', SignupAccepted],
  ['OrganizationDomain', OrganizationDomain],
  ['ScimToken', ScimToken],
  ['ScimLogEntry', ScimLogEntry],
];

for (const [name, schema] of NAMED_SCHEMAS) COMPONENT_NAMES.set(schema, name);

export { openApiOptions } from '../openapi/openapi.ts';
