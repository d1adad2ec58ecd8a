import type { LoadShape } from './load/types.ts';
import type { SeededData } from './seed.ts';

export type ServerRole = 'orgbase' | 'reference';

/** One load pattern against one server; its runs' medians make one row of the table. */
export interface Scenario {
  name: string;
  description: string;
  server: ServerRole;
  /** Only after the scale seed (PostgreSQL only). */
  scale: boolean;
  shape(data: SeededData): LoadShape;
  /** The status a single request must get before load is sent (else the scenario is unavailable). */
  probeStatus: number;
  /** requests/s as a fraction of the reference measured in the same phase. */
  minThroughputRatio?: number;
}

const bearer = (data: SeededData) => `Bearer ${data.apiKey}`;
const organizationPath = (data: SeededData) => `/api/organizations/${data.organizationId}/`;
const roleMembershipsPath = (data: SeededData) => `/api/organizations/${data.roleOrganizationId}/roles/${data.roleId}/role_memberships/`;

export const REFERENCE: Scenario = {
  name: 'reference',
  description: 'reference: one organization row by primary key (pg, named prepared statement)',
  server: 'reference',
  scale: false,
  shape: (data) => ({ kind: 'get', path: `/organizations/${data.organizationId}/` }),
  probeStatus: 200,
};

export const GET_ORGANIZATION: Scenario = {
  name: 'get-organization',
  description: 'GET /api/organizations/:id/',
  server: 'orgbase',
  scale: false,
  shape: (data) => ({ kind: 'get', path: organizationPath(data), authorization: bearer(data) }),
  probeStatus: 200,
  minThroughputRatio: 1.5,
};

export const LIST_ORGANIZATIONS: Scenario = {
  name: 'list-organizations',
  description: 'GET /api/organizations/?limit=100 (user in 1,000 organizations)',
  server: 'orgbase',
  scale: false,
  shape: (data) => ({ kind: 'get', path: '/api/organizations/?limit=100', authorization: bearer(data) }),
  probeStatus: 200,
  minThroughputRatio: 0.6,
};

export const ADD_REMOVE_ROLE_MEMBERSHIP: Scenario = {
  name: 'role-membership-add-remove',
  description: 'POST then DELETE .../roles/:role_id/role_memberships/ (alternating)',
  server: 'orgbase',
  scale: false,
  shape: (data) => ({
    kind: 'add-remove-role-membership',
    path: roleMembershipsPath(data),
    authorization: bearer(data),
    userUuids: data.poolUserUuids,
  }),
  probeStatus: 201,
  minThroughputRatio: 0.45,
};

export const LIST_MEMBERS: Scenario = {
  name: 'list-members-10k',
  description: 'GET /api/organizations/:id/members/?limit=100 (organization with 10,000 members)',
  server: 'orgbase',
  scale: false,
  shape: (data) => ({ kind: 'get', path: `/api/organizations/${data.membersOrganizationId}/members/?limit=100`, authorization: bearer(data) }),
  probeStatus: 200,
  minThroughputRatio: 1.0,
};

export const REFERENCE_SCALE: Scenario = { ...REFERENCE, name: 'reference-1m', description: 'reference with 1M organizations', scale: true };

export const GET_ORGANIZATION_SCALE: Scenario = {
  ...GET_ORGANIZATION,
  name: 'get-organization-1m',
  description: 'GET /api/organizations/:id/ with 1M organizations, 2M memberships',
  scale: true,
  minThroughputRatio: undefined,
};

export const SCENARIOS: Scenario[] = [
  REFERENCE,
  GET_ORGANIZATION,
  LIST_ORGANIZATIONS,
  ADD_REMOVE_ROLE_MEMBERSHIP,
  LIST_MEMBERS,
  REFERENCE_SCALE,
  GET_ORGANIZATION_SCALE,
];

/** p99 with the large database over p99 with the base one, each over its paired reference run's (issue 27). */
export const MAX_SCALE_P99_RATIO = 1.3;

/** Peak RSS budget of orgbase under the get-organization load, in MB. */
export function rssBudgetMb(embedded: boolean): number {
  return embedded ? 500 : 150;
}
