import { REFUSAL } from '../domain/refusals.ts';
import Type from 'typebox';

export const ErrorBody = Type.Object(
  {
    type: Type.String({ example: 'validation_error' }),
    code: Type.String({ example: 'required' }),
    detail: Type.String({ example: REFUSAL.required }),
    attr: Type.Union([Type.String(), Type.Null()], { example: 'name' }),
  },
  { description: "PostHog's error body." },
);

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `attr` names the field.',
  401: 'No key, or an unknown, malformed or revoked personal API key.',
  403: 'The key lacks the scope, or the caller lacks the membership level.',
  404: 'Not found, or not visible to the caller.',
  405: 'Method not allowed on this path.',
  409: 'Conflicts with the current state.',
  412: 'If-Match did not match the current version.',
  413: 'Request body too large.',
  415: 'Unsupported media type.',
  429: 'Rate limit exceeded.',
};

/** The error statuses a route can answer, declared so the OpenAPI document lists them. */
export function errorResponses(...statuses: number[]) {
  const responses: Record<number, typeof ErrorBody> = {};
  for (const status of [401, ...statuses]) {
    responses[status] = Type.Object(ErrorBody.properties, { description: ERROR_DESCRIPTIONS[status] ?? 'Error.' });
  }
  return responses;
}

export const NoContent = Type.Null({ description: 'No response body.' });

export const OrganizationIdParam = Type.String({
  description: "An organization UUID, or `@current` for the caller's current organization.",
  example: '@current',
});
