// Every refusal text that more than one place sends, or that the OpenAPI examples quote, written
// once. The server, the CLI and the OpenAPI document take them from here, so a grep for a message
// finds its single source and a documented example cannot drift from what is sent. The wording is
// PostHog's (Django REST framework's where PostHog inherits it), kept to the byte: clients match
// on `detail`. Texts a single class owns (NotFound's "Not found.", PreconditionFailed's) stay
// with that class in ./errors.ts.
import { Conflict, NotFound, ValidationError } from './errors.ts';

export const REFUSAL = {
  organizationNotFound: 'Organization not found.',

  // Django REST framework's field messages.
  required: 'This field is required.',
  blank: 'This field may not be blank.',
  null: 'This field may not be null.',
  emptyList: 'This list may not be empty.',
  invalidInput: 'Invalid input.',
  invalidValue: 'Invalid value.',
  notAString: 'Not a valid string.',
  notABoolean: 'Must be a valid boolean.',
  notADictionary: 'Expected a dictionary of items.',
  invalidEmail: 'Enter a valid email address.',
  tooLong: (max: number | string) => `Ensure this field has no more than ${max} characters.`,

  userDoesNotExist: 'User does not exist.',
  roleDoesNotExist: 'Role does not exist.',
  domainTaken: 'domain with this domain already exists.',

  idempotencyKeyMalformed: 'Idempotency-Key must be 1 to 255 visible ASCII characters.',
  idempotencyKeyInFlight: 'A request with this Idempotency-Key is still being processed. Retry later.',
  idempotencyKeyReused: 'This Idempotency-Key was already used with a different request.',

  // Memberships (PostHog's organization_member serializer).
  ownerStays: 'Cannot leave the organization as its owner!',
  editOthersNotAdmin: 'You can only edit others if you are an admin.',
  editOthersAboveCaller: 'You can only edit others with level lower or equal to you.',

  // Invites (PostHog's organization_invite serializer).
  inviteLevelAboveOwn: 'You cannot invite a user with a higher permission level than your own.',
  inviteAlreadyMember: 'A user with this email address already belongs to the organization.',
  inviteProjectNotInOrganization: 'Project does not exist on this organization, or it is private and you do not have access to it.',
  bulkInviteNotAnArray: 'This endpoint needs an array of data for bulk invite creation.',
  bulkInviteTooMany: (max: number) => `A maximum of ${max} invites can be sent in a single request.`,

  integrationNotConnectable: 'Environment mapping is only supported for connectable integrations.',
} as const;

/** The refusals thrown from more than one place, as the errors they are. */
export const refuse = {
  organizationNotFound: () => new NotFound(REFUSAL.organizationNotFound),
  required: (attr: string | null) => new ValidationError(REFUSAL.required, { attr, code: 'required' }),
  blank: (attr: string | null) => new ValidationError(REFUSAL.blank, { attr, code: 'blank' }),
  null: (attr: string | null) => new ValidationError(REFUSAL.null, { attr, code: 'null' }),
  emptyList: (attr: string | null) => new ValidationError(REFUSAL.emptyList, { attr, code: 'empty' }),
  tooLong: (attr: string | null, max: number | string) => new ValidationError(REFUSAL.tooLong(max), { attr, code: 'max_length' }),
  invalidValue: () => new ValidationError(REFUSAL.invalidValue, { code: 'invalid_input' }),
  defaultRoleDoesNotExist: () => new ValidationError(REFUSAL.roleDoesNotExist, { attr: 'default_role_id', code: 'does_not_exist' }),
  domainTaken: () => new ValidationError(REFUSAL.domainTaken, { attr: 'domain', code: 'unique' }),
  idempotencyKeyInFlight: () => new Conflict(REFUSAL.idempotencyKeyInFlight),
};
