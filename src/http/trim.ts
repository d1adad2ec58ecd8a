import type { FastifyRequest } from 'fastify';

/**
 * A route hook trimming surrounding whitespace from the named top-level body fields before
 * validation, as Django REST framework's CharField does: "  Acme  " is "Acme", and a name
 * of 64 characters with padding is within a 64-character limit.
 */
export function trimFields(...fields: string[]) {
  return async (request: FastifyRequest): Promise<void> => {
    const body = request.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return;
    for (const field of fields) {
      const value = body[field];
      if (typeof value === 'string') body[field] = value.trim();
    }
  };
}
