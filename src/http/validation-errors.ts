import type { ErrorObject } from 'ajv';
import { ValidationError } from '../domain/errors.ts';
import { REFUSAL, refuse } from '../domain/refusals.ts';

/** JSON type names as Django REST framework words them in "Expected a dictionary, but got list.". */
function pythonTypeName(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}

function attrOf(error: ErrorObject): string | null {
  const segments = error.instancePath.split('/').slice(1);
  if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') segments.push(String(error.params.additionalProperty));
  return segments.length ? segments.map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~')).join('__') : null;
}

function valueAt(data: unknown, instancePath: string): unknown {
  let current = data;
  for (const segment of instancePath.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}

function expectedTypeMessage(expected: string): string {
  if (expected.includes('boolean')) return REFUSAL.notABoolean;
  if (expected.includes('integer')) return 'A valid integer is required.';
  if (expected.includes('number')) return 'A valid number is required.';
  if (expected.includes('array')) return 'Expected a list of items.';
  if (expected.includes('object')) return REFUSAL.notADictionary;
  return REFUSAL.notAString;
}

/**
 * Turns the first Ajv error into the error Django REST framework would give for the same
 * input, since PostHog clients match on `code` and `attr`.
 */
export function toValidationError(errors: ErrorObject[], data: unknown): ValidationError {
  // Within a nullable union Ajv reports each branch; the branch that is not "null" says more.
  const error = errors.find((candidate) => !(candidate.keyword === 'type' && candidate.params.type === 'null')) ?? errors[0];
  if (!error) return new ValidationError(REFUSAL.invalidInput);
  const attr = attrOf(error);
  const value = valueAt(data, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return refuse.required(attr);
    case 'type':
    case 'anyOf': {
      if (value === null) return refuse.null(attr);
      if (attr === null) {
        return new ValidationError(`Invalid data. Expected a dictionary, but got ${pythonTypeName(value)}.`, { attr });
      }
      const expected = error.keyword === 'type' ? String(params.type) : JSON.stringify(error.schema);
      return new ValidationError(expectedTypeMessage(expected), { attr });
    }
    case 'minLength':
      return Number(params.limit) === 1 && typeof value === 'string'
        ? refuse.blank(attr)
        : new ValidationError(`Ensure this field has at least ${String(params.limit)} characters.`, { attr, code: 'min_length' });
    case 'maxLength':
      return refuse.tooLong(attr, String(params.limit));
    case 'pattern':
      return new ValidationError(typeof value === 'string' && value.trim() === '' ? REFUSAL.blank : 'Enter a valid value.', {
        attr,
        code: typeof value === 'string' && value.trim() === '' ? 'blank' : 'invalid_input',
      });
    case 'format':
      return new ValidationError(params.format === 'uuid' ? 'Must be a valid UUID.' : `Enter a valid ${String(params.format)}.`, {
        attr,
      });
    case 'enum':
    case 'const':
      return new ValidationError(`"${String(value)}" is not a valid choice.`, { attr, code: 'invalid_choice' });
    case 'minimum':
      return new ValidationError(`Ensure this value is greater than or equal to ${String(params.limit)}.`, {
        attr,
        code: 'min_value',
      });
    case 'maximum':
      return new ValidationError(`Ensure this value is less than or equal to ${String(params.limit)}.`, {
        attr,
        code: 'max_value',
      });
    case 'minItems':
      return refuse.emptyList(attr);
    case 'maxItems':
      return new ValidationError(`Ensure this field has no more than ${String(params.limit)} elements.`, {
        attr,
        code: 'max_length',
      });
    case 'uniqueItems':
      return new ValidationError('Items must be unique.', { attr, code: 'unique' });
    case 'additionalProperties':
      return new ValidationError('Unknown field.', { attr, code: 'unknown_field' });
    default:
      return new ValidationError(REFUSAL.invalidInput, { attr });
  }
}
