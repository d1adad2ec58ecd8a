/**
 * A member list row: the membership and its user's public fields, as `selectMemberPage` reads
 * them (timestamps already in their final form, see db/type-parsers.ts).
 */
export interface MemberListRow {
  membership_id: string;
  id: number;
  uuid: string;
  distinct_id: string | null;
  first_name: string;
  last_name: string;
  email: string;
  is_email_verified: boolean | null;
  hedgehog_config: unknown;
  role_at_organization: string | null;
  level: number;
  joined_at: string;
  updated_at: string;
  is_2fa_enabled: boolean;
  has_social_auth: boolean;
  last_login: string | null;
}

const string = JSON.stringify;
const nullableString = (value: string | null) => (value === null ? 'null' : string(value));
const nullableBoolean = (value: boolean | null) => (value === null ? 'null' : value ? 'true' : 'false');

/**
 * One OrganizationMember as JSON, byte for byte what the route's serializer writes for
 * `toOrganizationMember(row)` (the schema's field order; pinned by member-json.test.ts). A page
 * of 100 is written straight from the rows, without building the objects and walking them again
 * with the schema's serializer, which checked every nullable field against its schema.
 */
export function memberJson(row: MemberListRow): string {
  return (
    `{"id":${string(row.membership_id)},"user":{"id":${row.id},"uuid":${string(row.uuid)},"distinct_id":${nullableString(row.distinct_id)}` +
    `,"first_name":${string(row.first_name)},"last_name":${string(row.last_name)},"email":${string(row.email)}` +
    `,"is_email_verified":${nullableBoolean(row.is_email_verified)}` +
    `,"hedgehog_config":${row.hedgehog_config === null || row.hedgehog_config === undefined ? 'null' : string(row.hedgehog_config)}` +
    `,"role_at_organization":${nullableString(row.role_at_organization)}},"level":${row.level}` +
    `,"joined_at":${string(row.joined_at)},"updated_at":${string(row.updated_at)}` +
    `,"is_2fa_enabled":${row.is_2fa_enabled ? 'true' : 'false'},"has_social_auth":${row.has_social_auth ? 'true' : 'false'}` +
    `,"last_login":${nullableString(row.last_login)}}`
  );
}
