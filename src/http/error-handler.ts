import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { translateDatabaseError } from '../db/database-errors.ts';
import { DomainError, NotFound } from '../domain/errors.ts';
import { ApiError, asApiError, MethodNotAllowed, ParseError, RequestTooLarge, ServerError, UnsupportedMediaType } from './errors.ts';
import { isAjvValidationFailure } from './validation.ts';
import { toValidationError } from './validation-errors.ts';
import { installStage } from './stages.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function send(reply: FastifyReply, refusal: ApiError | DomainError): FastifyReply {
  const error = asApiError(refusal);
  return reply.code(error.statusCode).headers(error.headers).send(error.body());
}

/** Framework errors that are the client's fault, in PostHog's words. */
function fromFrameworkError(error: FastifyError, request: FastifyRequest): ApiError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ParseError(`JSON parse error - ${error.message}`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ParseError('JSON parse error - Expecting value: line 1 column 1 (char 0)');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new RequestTooLarge();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new UnsupportedMediaType(request.headers['content-type'] ?? '');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ParseError('Request body size did not match Content-Length.');
    default:
      return error.statusCode && error.statusCode >= 400 && error.statusCode < 500
        ? new ApiError(error.statusCode, 'invalid_request', 'invalid_request', error.message)
        : undefined;
  }
}

/**
 * The one place every error becomes PostHog's `{"type","code","detail","attr"}` body.
 * Unexpected errors are logged with the request id and answered without any detail.
 */
export function installErrorHandling(app: FastifyInstance): void {
  installStage(app, 'error-handling');
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiError || error instanceof DomainError) return send(reply, error);
    if (isAjvValidationFailure(error)) return send(reply, toValidationError(error.validationErrors, error.data));
    const translated = translateDatabaseError(error);
    const known = translated ? asApiError(translated) : fromFrameworkError(error, request);
    if (known) {
      if (known.statusCode >= 500) request.log.error({ err: error, code: known.code }, 'database cannot serve the request');
      return send(reply, known);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, new ServerError());
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = METHODS.filter((method) => app.findRoute({ method, url: path }) !== null);
    if (allowed.length > 0) {
      return send(reply.header('allow', allowed.join(', ')), new MethodNotAllowed(request.method));
    }
    return send(reply, new NotFound());
  });
}
