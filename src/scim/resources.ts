// Users and groups as SCIM renders them (RFC 7643 §4), with `meta.version` a weak ETag of the
// rest of the resource, so it changes exactly when what a client can see changes.
import { createHash } from 'node:crypto';
import type { DomainActor } from '../audit/repository.ts';
import type { DomainRow } from '../domains/repository.ts';
import type { ScimGroupRow, ScimUserRow } from './repository.ts';
import { GROUP_URN, USER_URN } from './schemas.ts';

/** What every SCIM operation of one request works within. */
export interface ScimContext {
  domain: DomainRow;
  organizationId: string;
  actor: DomainActor;
  /** `<site>/scim/v2/<domain id>`: resources' `location`s start with it. */
  baseUrl: string;
}

export type ScimResource = Record<string, unknown> & { id: string; meta: Record<string, unknown> & { version: string } };

function versionOf(resource: Record<string, unknown>): string {
  return `W/"${createHash('sha256').update(JSON.stringify(resource)).digest('base64url').slice(0, 22)}"`;
}

export function renderUser(context: ScimContext, row: ScimUserRow, roles: { id: string; name: string }[]): ScimResource {
  const displayName = `${row.first_name} ${row.last_name}`.trim();
  const body: Record<string, unknown> = {
    schemas: [USER_URN],
    id: row.uuid,
    ...(row.external_id ? { externalId: row.external_id } : {}),
    userName: row.user_name ?? row.email,
    name: { givenName: row.first_name, familyName: row.last_name, ...(displayName ? { formatted: displayName } : {}) },
    ...(displayName ? { displayName } : {}),
    emails: [{ value: row.email, type: 'work', primary: true }],
    active: row.membership_id !== null,
    groups: roles.map((role) => ({ value: role.id, $ref: `${context.baseUrl}/Groups/${role.id}`, display: role.name })),
  };
  const created = row.record_created_at ?? row.date_joined;
  const lastModified = [row.record_updated_at, row.membership_updated_at, created]
    .filter((value): value is string => Boolean(value))
    .sort()
    .pop()!;
  return {
    ...body,
    id: row.uuid,
    meta: { resourceType: 'User', created, lastModified, location: `${context.baseUrl}/Users/${row.uuid}`, version: versionOf(body) },
  };
}

export function renderGroup(context: ScimContext, row: ScimGroupRow, members: { uuid: string; email: string }[]): ScimResource {
  const body: Record<string, unknown> = {
    schemas: [GROUP_URN],
    id: row.id,
    displayName: row.name,
    members: members.map((member) => ({ value: member.uuid, $ref: `${context.baseUrl}/Users/${member.uuid}`, display: member.email, type: 'User' })),
  };
  return {
    ...body,
    id: row.id,
    meta: {
      resourceType: 'Group',
      created: row.created_at,
      lastModified: row.created_at,
      location: `${context.baseUrl}/Groups/${row.id}`,
      version: versionOf(body),
    },
  };
}

/** The resource without what the server decides (`meta`, `schemas`): the copy a PATCH is applied to. */
export function editableCopy(resource: ScimResource): Record<string, unknown> {
  const { meta: _meta, ...rest } = structuredClone(resource) as Record<string, unknown>;
  return rest;
}
