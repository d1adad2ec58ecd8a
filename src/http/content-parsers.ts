import type { FastifyInstance } from 'fastify';
import { ParseError } from './errors.ts';
import { FORM_BODY } from './validation.ts';
import { installStage } from './stages.ts';

/**
 * JSON and form bodies, as Django REST framework parses them: PostHog's own examples send
 * `-d name=...` form bodies, so a client copying them must work here too. An empty body
 * means "no fields", which lets required-field errors name the field.
 */
export function installContentParsers(app: FastifyInstance): void {
  installStage(app, 'content-parsers');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = (body as string).trim();
    if (text === '') return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(new ParseError(`JSON parse error - ${(error as Error).message}`), undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    const fields: Record<string | symbol, unknown> = {};
    for (const [key, value] of new URLSearchParams(body as string)) {
      const existing = fields[key];
      fields[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    Object.defineProperty(fields, FORM_BODY, { value: true, enumerable: false });
    done(null, fields);
  });
  // No body at all (no Content-Type) also means "no fields": required fields are then named.
  // Callback style: synchronous, so no promise per request.
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.body === undefined && ['POST', 'PUT', 'PATCH'].includes(request.method)) request.body = {};
    done();
  });
}
