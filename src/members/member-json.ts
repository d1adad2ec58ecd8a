import type { MemberListRow, MembershipFields, MemberUserFields } from './repository.ts';

export type { MemberListRow };

/** What a member's JSON takes from the user: the `user` object, and the member fields after `updated_at`. */
export interface UserBytes {
  user: string;
  tail: string;
}

// What JSON.stringify would escape in a string (lone surrogates included): most names and
// emails have none, and quoting them directly is several times cheaper than calling it.
const NEEDS_ESCAPING = /[\u0000-\u001f"\\\ud800-\udfff]/;
const string = (value: string) => (NEEDS_ESCAPING.test(value) ? JSON.stringify(value) : `"${value}"`);
const nullableString = (value: string | null) => (value === null ? 'null' : string(value));
const nullableBoolean = (value: boolean | null) => (value === null ? 'null' : value ? 'true' : 'false');

/**
 * OrganizationMember as JSON is byte for byte what the route's serializer writes for
 * `toOrganizationMember(row)`, in the schema's field order (pinned by member-json.test.ts).
 * UUIDs and timestamps come from PostgreSQL's uuid and timestamptz types, whose text never
 * needs escaping, so they are quoted as they are.
 */
export function userBytes(user: MemberUserFields): UserBytes {
  return {
    user:
      `{"id":${user.id},"uuid":"${user.uuid}","distinct_id":${nullableString(user.distinct_id)}` +
      `,"first_name":${string(user.first_name)},"last_name":${string(user.last_name)},"email":${string(user.email)}` +
      `,"is_email_verified":${nullableBoolean(user.is_email_verified)}` +
      `,"hedgehog_config":${user.hedgehog_config === null || user.hedgehog_config === undefined ? 'null' : JSON.stringify(user.hedgehog_config)}` +
      `,"role_at_organization":${nullableString(user.role_at_organization)}}`,
    tail:
      `,"is_2fa_enabled":${user.is_2fa_enabled ? 'true' : 'false'},"has_social_auth":${user.has_social_auth ? 'true' : 'false'}` +
      `,"last_login":${user.last_login === null ? 'null' : `"${user.last_login}"`}}`,
  };
}

export function membershipJson(membership: MembershipFields, user: UserBytes): string {
  return `{"id":"${membership.membership_id}","user":${user.user},"level":${membership.level},"joined_at":"${membership.joined_at}","updated_at":"${membership.updated_at}"${user.tail}`;
}

export function memberJson(row: MemberListRow): string {
  return membershipJson(row, userBytes(row));
}
