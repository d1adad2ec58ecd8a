// An invite row checked as PostHog's serializer checks it (Django REST framework's fields, in
// the serializer's field order), because clients match on `code` and `attr`. Hand-written
// rather than through the route's schema: PostHog's level rule is a 403 raised in the middle of
// field validation, which wins over a bad address before it.
import { isLevel, type Level } from '../access/levels.ts';
import { PermissionDenied, ValidationError } from '../domain/errors.ts';
import { REFUSAL, refuse } from '../domain/refusals.ts';

import type { ProjectAccess, ProjectAccessLevel } from './schemas.ts';

export type { ProjectAccess };

export interface InviteInput {
  targetEmail: string;
  firstName: string;
  level: Level;
  message: string | null;
  /** null when the client sent `[]` or null (PostHog's quirk), `[]` when it sent nothing. */
  privateProjectAccess: ProjectAccess[] | null;
  sendEmail: boolean;
  combinePendingInvites: boolean;
}

// Django's EmailValidator, as DRF's EmailField uses it: a dot-atom or quoted local part, and a
// domain of labels with a top-level label of letters (or an IP literal in brackets).
const LOCAL_PART =
  /^(?:[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(?:\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*|"(?:[\x01-\x08\x0b\x0c\x0e-\x1f!#-\[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*")$/i;
const DOMAIN_PART = /^(?:(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+[A-Z]{2,63}|\[[0-9a-f:.]+\])$/i;

export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1 || value.length > 320) return false;
  return LOCAL_PART.test(value.slice(0, at)) && DOMAIN_PART.test(value.slice(at + 1));
}

type FieldResult<T> = { value: T } | { error: ValidationError };

const invalid = (detail: string, attr: string, code = 'invalid_input') => ({ error: new ValidationError(detail, { attr, code }) });

/** A CharField: numbers become their text, other non-strings are refused; whitespace trimmed. */
function charField(
  raw: unknown,
  attr: string,
  options: { required?: boolean; allowNull?: boolean; allowBlank?: boolean; maxLength?: number; fallback?: string | null },
): FieldResult<string | null> {
  if (raw === undefined) {
    if (options.required) return { error: refuse.required(attr) };
    return { value: options.fallback ?? null };
  }
  if (raw === null) return options.allowNull ? { value: null } : { error: refuse.null(attr) };
  if (typeof raw !== 'string' && typeof raw !== 'number') return invalid(REFUSAL.notAString, attr);
  const text = String(raw).trim();
  if (text === '' && !options.allowBlank) return { error: refuse.blank(attr) };
  if (options.maxLength !== undefined && text.length > options.maxLength) {
    return { error: refuse.tooLong(attr, options.maxLength) };
  }
  return { value: text };
}

const TRUE = new Set<unknown>([true, 'true', 'True', 'TRUE', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', '1', 1, 't', 'T', 'y', 'Y']);
const FALSE = new Set<unknown>([false, 'false', 'False', 'FALSE', 'no', 'No', 'NO', 'off', 'Off', 'OFF', '0', 0, 'f', 'F', 'n', 'N']);

function booleanField(raw: unknown, attr: string, fallback: boolean): FieldResult<boolean> {
  if (raw === undefined) return { value: fallback };
  if (raw === null) return { error: refuse.null(attr) };
  if (TRUE.has(raw)) return { value: true };
  if (FALSE.has(raw)) return { value: false };
  return invalid(REFUSAL.notABoolean, attr);
}

/** Python's str() of a JSON value, as DRF's "is not a valid choice" message quotes it. */
function pythonText(value: unknown): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const ACCESS_LEVELS: readonly string[] = ['none', 'member', 'admin'];

/** PostHog's model validator of private_project_access, with its messages. */
function projectAccessField(raw: unknown): FieldResult<ProjectAccess[] | null> {
  const attr = 'private_project_access';
  if (raw === undefined) return { value: [] };
  // PostHog's validator returns None for a falsy value, so `[]` and null are stored as null.
  if (raw === null || (Array.isArray(raw) && raw.length === 0)) return { value: null };
  if (!Array.isArray(raw)) return invalid('The field must be a list of dictionaries.', attr);
  const items: ProjectAccess[] = [];
  for (const item of raw as unknown[]) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return invalid('Each item in the list must be a dictionary.', attr);
    const entry = item as Record<string, unknown>;
    if (!('id' in entry) || !('level' in entry)) return invalid('Each dictionary must contain "id" and "level" keys.', attr);
    if (typeof entry.id !== 'number' || !Number.isSafeInteger(entry.id)) return invalid('The "id" field must be an integer.', attr);
    if (typeof entry.level !== 'string' || !ACCESS_LEVELS.includes(entry.level)) return invalid('The "level" field must be a valid access level.', attr);
    items.push({ id: entry.id, level: entry.level as ProjectAccessLevel });
  }
  return { value: items };
}

/**
 * Checks one invite body. Returns the input, or the first field error in PostHog's field order;
 * throws the level rule's 403 (PostHog raises it from inside field validation, so it wins).
 * `attrPrefix` places the row in a bulk body (`__4__`).
 */
export function checkInviteRow(raw: unknown, inviterLevel: Level, attrPrefix = ''): { input: InviteInput } | { error: ValidationError } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const got = Array.isArray(raw)
      ? 'list'
      : raw === null
        ? 'NoneType'
        : typeof raw === 'string'
          ? 'str'
          : typeof raw === 'boolean'
            ? 'bool'
            : Number.isInteger(raw)
              ? 'int'
              : 'float';
    return { error: new ValidationError(`Invalid data. Expected a dictionary, but got ${got}.`, { attr: attrPrefix ? attrPrefix.replace(/__$/, '') : null }) };
  }
  const body = raw as Record<string, unknown>;
  const errors: ValidationError[] = [];
  const take = <T>(result: FieldResult<T>, fallback: T): T => {
    if ('error' in result) {
      errors.push(result.error);
      return fallback;
    }
    return result.value;
  };

  let targetEmail = take(charField(body.target_email, 'target_email', { required: true, maxLength: 254 }), null) ?? '';
  if (errors.length === 0 && !isEmailAddress(targetEmail)) errors.push(new ValidationError(REFUSAL.invalidEmail, { attr: 'target_email' }));
  targetEmail = targetEmail.toLowerCase();
  const firstName = take(charField(body.first_name, 'first_name', { allowBlank: true, maxLength: 30, fallback: '' }), '') ?? '';

  let level: Level = 1;
  if (body.level !== undefined) {
    if (body.level === null) errors.push(refuse.null('level'));
    else {
      const candidate = typeof body.level === 'string' && /^\d+$/.test(body.level) ? Number(body.level) : body.level;
      if (!isLevel(candidate))
        errors.push(new ValidationError(`"${pythonText(body.level)}" is not a valid choice.`, { attr: 'level', code: 'invalid_choice' }));
      else level = candidate;
    }
  }
  if (level > inviterLevel) throw new PermissionDenied(REFUSAL.inviteLevelAboveOwn);

  const message = take(charField(body.message, 'message', { allowNull: true, allowBlank: true }), null);
  const privateProjectAccess = take(projectAccessField(body.private_project_access), null);
  const sendEmail = take(booleanField(body.send_email, 'send_email', true), true);
  const combinePendingInvites = take(booleanField(body.combine_pending_invites, 'combine_pending_invites', false), false);

  const first = errors[0];
  if (first)
    return { error: attrPrefix ? new ValidationError(first.detail, { attr: `${attrPrefix}${first.attr ?? ''}`.replace(/__$/, ''), code: first.code }) : first };
  return { input: { targetEmail, firstName, level, message, privateProjectAccess, sendEmail, combinePendingInvites } };
}
