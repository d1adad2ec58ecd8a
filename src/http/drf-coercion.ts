/**
 * What Django REST framework's fields accept besides their own JSON type, applied to a body
 * before it is validated against the route's schema, so a client written for PostHog is not
 * refused where PostHog takes its value:
 * - BooleanField: "true"/"false", "1"/"0", "yes"/"no", "on"/"off", "t"/"f", "y"/"n" (in the
 *   casings DRF lists) and the numbers 1 and 0; "null" and "" are null where null is allowed.
 * - CharField: numbers, as their text (never booleans, lists or objects: "Not a valid string.").
 * - IntegerField: numeric text, "12", " 12 ", "12.0" (DRF strips a zero fraction, then int()).
 * - ChoiceField: a choice given as text or number, matched on its text ("8" for 8).
 * Anything else is left for the schema to refuse with DRF's message.
 */

type Schema = { type?: string | string[]; anyOf?: Schema[]; enum?: unknown[]; const?: unknown; format?: string; properties?: Record<string, Schema> };

const TRUE_TEXT = new Set(['t', 'T', 'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON', '1']);
const FALSE_TEXT = new Set(['f', 'F', 'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF', '0']);
const NULL_TEXT = new Set(['null', 'Null', 'NULL', '']);
// Python's int() after DRF drops a trailing `.000`: optional sign, digits (underscores between), spaces around.
const INTEGER_TEXT = /^\s*[+-]?\d+(?:_\d+)*(?:\.0*)?\s*$/;

interface Accepts {
  types: Set<string>;
  choices: unknown[] | null;
  formatted: boolean;
}

function accepts(schema: Schema, into: Accepts = { types: new Set(), choices: null, formatted: false }): Accepts {
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const type of types) into.types.add(type);
  if (schema.format !== undefined) into.formatted = true;
  if (schema.enum) into.choices = [...(into.choices ?? []), ...schema.enum];
  if (schema.const !== undefined) into.choices = [...(into.choices ?? []), schema.const];
  for (const member of schema.anyOf ?? []) accepts(member, into);
  return into;
}

function choiceMatching(choices: unknown[], text: string): { found: boolean; value?: unknown } {
  const match = choices.find((choice) => choice !== null && typeof choice !== 'object' && String(choice) === text);
  return match === undefined ? { found: false } : { found: true, value: match };
}

function coerceValue(schema: Schema, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const { types, choices, formatted } = accepts(schema);
  if (typeof value === 'object') {
    if (!Array.isArray(value) && schema.properties) coerceObject(schema, value as Record<string, unknown>);
    return value;
  }
  if (typeof value === 'boolean') return value;
  const text = String(value);
  if (choices && !types.has('boolean')) {
    const choice = choiceMatching(choices, text);
    return choice.found ? choice.value : value;
  }
  if (types.has('boolean') && !types.has(typeof value)) {
    if (TRUE_TEXT.has(text)) return true;
    if (FALSE_TEXT.has(text)) return false;
    if (typeof value === 'string' && NULL_TEXT.has(value) && types.has('null')) return null;
    return value;
  }
  if (typeof value === 'string' && (types.has('integer') || types.has('number')) && !types.has('string')) {
    if (INTEGER_TEXT.test(value)) {
      const number = Number(value.trim().replace(/_/g, '').replace(/\.0*$/, ''));
      if (Number.isSafeInteger(number)) return number;
    }
    return value;
  }
  if (typeof value === 'number' && types.has('string') && !formatted) return text;
  return value;
}

function coerceObject(schema: Schema, body: Record<string, unknown>): void {
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (Object.hasOwn(body, key)) body[key] = coerceValue(property, body[key]);
  }
}

/** Coerces a request body in place to what DRF would have parsed it to. */
export function coerceLikeDrf(schema: object, body: unknown): void {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) coerceObject(schema as Schema, body as Record<string, unknown>);
}
