import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { coerceLikeDrf } from './drf-coercion.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, strict: false });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'example' });
  return ajv;
}

// JSON bodies are checked strictly after DRF's own coercions (drf-coercion.ts): DRF refuses
// `true` for a string field and `null` for a non-nullable one, which Ajv's coercion would
// silently turn into "true" and "".
const jsonBodyAjv = makeAjv(false);
// Form bodies and query strings carry only text, so their values are coerced to the schema.
const textAjv = makeAjv('array');

/** Marks a body parsed from application/x-www-form-urlencoded (see content-parsers.ts). */
export const FORM_BODY = Symbol('formBody');

// DRF's LimitOffsetPagination ignores a malformed limit or offset rather than failing.
const LENIENT_QUERY_KEYS = new Set(['limit', 'offset']);

type Validator = (data: unknown) => { value?: unknown; error?: Error };

class AjvValidationFailure extends Error {
  constructor(
    readonly validationErrors: ErrorObject[],
    readonly data: unknown,
  ) {
    super('validation failed');
  }
}

export function isAjvValidationFailure(error: unknown): error is AjvValidationFailure {
  return error instanceof AjvValidationFailure;
}

function run(validate: ValidateFunction, data: unknown): { value?: unknown; error?: Error } {
  return validate(data) ? { value: data } : { error: new AjvValidationFailure(validate.errors ?? [], data) };
}

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  if (httpPart === 'body') {
    const strict = jsonBodyAjv.compile(schema as object);
    const coercing = textAjv.compile(schema as object);
    const validator: Validator = (data) => {
      coerceLikeDrf(schema as object, data);
      return run(data !== null && typeof data === 'object' && FORM_BODY in data ? coercing : strict, data);
    };
    return validator;
  }
  const validate = textAjv.compile(schema as object);
  const validator: Validator = (data) => {
    let result = run(validate, data);
    for (let attempt = 0; attempt < LENIENT_QUERY_KEYS.size && result.error && httpPart === 'querystring'; attempt++) {
      const key = (validate.errors?.[0]?.instancePath ?? '').slice(1);
      if (!LENIENT_QUERY_KEYS.has(key)) break;
      delete (data as Record<string, unknown>)[key];
      result = run(validate, data);
    }
    return result;
  };
  return validator;
};
