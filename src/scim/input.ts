// What a SCIM body asks for, read leniently where identity providers differ from the RFC
// (string booleans, a userName that is the email) and strictly where a value is simply wrong.
import { SCIM_ERRORS } from './errors.ts';
import { keyOf } from './filter.ts';
import { ENTERPRISE_USER_URN, ENTRA_GROUP_URN, GROUP_URN, MAX_MEMBERS, USER_URN } from './schemas.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const field = (body: Json, name: string): unknown => {
  const key = keyOf(body, name);
  return key === undefined ? undefined : body[key];
};

/** `true`/`false`, or Entra's `"True"`/`"False"` (any case). */
export function readBoolean(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw SCIM_ERRORS.invalidValue(`"${name}" must be a boolean`);
}

/** The body's `schemas`, when given: only known URNs, and the resource's core one among them. */
function checkSchemas(body: Json, core: string, allowed: string[]): void {
  const schemas = field(body, 'schemas');
  if (schemas === undefined) return;
  if (!Array.isArray(schemas) || schemas.some((urn) => typeof urn !== 'string')) throw SCIM_ERRORS.invalidSyntax('schemas must be an array of URNs');
  const known = allowed.map((urn) => urn.toLowerCase());
  const unknown = (schemas as string[]).filter((urn) => !known.includes(urn.toLowerCase()));
  if (unknown.length > 0) throw SCIM_ERRORS.invalidSyntax(`Unknown schema ${JSON.stringify(unknown[0])}`);
  if (!(schemas as string[]).some((urn) => urn.toLowerCase() === core.toLowerCase())) throw SCIM_ERRORS.invalidSyntax(`schemas must contain "${core}"`);
}

function optionalString(value: unknown, name: string, max: number, invalid: (why: string) => Error): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(`"${name}" must be a string`);
  if (value.length > max) throw invalid(`"${name}" is longer than ${max} characters`);
  return value;
}

export interface DesiredUser {
  userName: string;
  email: string;
  givenName: string;
  familyName: string;
  active: boolean;
  externalId: string | null;
}

export function readUser(body: unknown): DesiredUser {
  if (!isObject(body)) throw SCIM_ERRORS.invalidSyntax('The body must be a User object');
  checkSchemas(body, USER_URN, [USER_URN, ENTERPRISE_USER_URN]);
  const invalid = SCIM_ERRORS.invalidUser;
  const userName = optionalString(field(body, 'userName'), 'userName', 254, invalid)?.trim();
  if (!userName) throw invalid('userName is required');
  let email: string | undefined;
  const emails = field(body, 'emails');
  if (emails !== undefined && emails !== null) {
    if (!Array.isArray(emails)) throw invalid('"emails" must be an array');
    const entries = emails.map((entry) => {
      if (!isObject(entry)) throw invalid('each of "emails" must be an object');
      const value = optionalString(field(entry, 'value'), 'emails.value', 254, invalid);
      const primary = field(entry, 'primary');
      return { value, primary: primary === undefined || primary === null ? false : readBoolean(primary, 'emails.primary') };
    });
    email = (entries.find((entry) => entry.primary && entry.value) ?? entries.find((entry) => entry.value))?.value?.trim();
  }
  // Entra and many set-ups send the address as userName only: it is the email then.
  email ??= EMAIL.test(userName) ? userName : undefined;
  if (!email) throw invalid('an email is required (emails, or a userName that is an email address)');
  if (!EMAIL.test(email)) throw invalid(`"${email}" is not an email address`);
  const name = field(body, 'name');
  if (name !== undefined && name !== null && !isObject(name)) throw invalid('"name" must be an object');
  const givenName = isObject(name) ? optionalString(field(name, 'givenName'), 'name.givenName', 150, invalid) : undefined;
  const familyName = isObject(name) ? optionalString(field(name, 'familyName'), 'name.familyName', 150, invalid) : undefined;
  const active = field(body, 'active');
  const externalId = optionalString(field(body, 'externalId'), 'externalId', 254, invalid);
  return {
    userName,
    email,
    givenName: givenName?.trim() ?? '',
    familyName: familyName?.trim() ?? '',
    active: active === undefined || active === null ? true : readBoolean(active, 'active'),
    externalId: externalId ?? null,
  };
}

export interface DesiredGroup {
  displayName: string;
  /** User ids (SCIM ids, orgbase user UUIDs) as given; undefined when the body has no `members`. */
  members: string[] | undefined;
}

export function readGroup(body: unknown): DesiredGroup {
  if (!isObject(body)) throw SCIM_ERRORS.invalidSyntax('The body must be a Group object');
  checkSchemas(body, GROUP_URN, [GROUP_URN, ENTRA_GROUP_URN]);
  const invalid = SCIM_ERRORS.invalidGroup;
  const displayName = optionalString(field(body, 'displayName'), 'displayName', 200, invalid)?.trim();
  if (!displayName) throw invalid('displayName is required');
  const members = field(body, 'members');
  if (members === undefined || members === null) return { displayName, members: members === null ? [] : undefined };
  if (!Array.isArray(members)) throw invalid('"members" must be an array');
  if (members.length > MAX_MEMBERS) throw SCIM_ERRORS.tooMany(`A group write may name at most ${MAX_MEMBERS} members`);
  const ids = members.map((member) => {
    const value = isObject(member) ? field(member, 'value') : member;
    if (typeof value !== 'string' || value === '') throw invalid('each member needs a string "value"');
    return value.trim().toLowerCase();
  });
  return { displayName, members: [...new Set(ids)] };
}

/** Whether the address is in one of the domains (exactly: a subdomain is a domain of its own, as in PostHog). */
export function emailInDomains(email: string, domains: string[]): boolean {
  const host = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domains.includes(host);
}
