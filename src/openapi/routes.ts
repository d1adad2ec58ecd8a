// /api/schema/ (JSON, or YAML with ?format=yaml) and the two reference pages PostHog serves,
// /api/schema/swagger-ui/ and /api/schema/redoc/, with every asset served from this server.
import { createRequire } from 'node:module';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { stringify } from 'yaml';
import { installDocsCompression, localRedocBundle, registerDocsAssets } from './docs-assets.ts';
import { finishDocument } from './document.ts';

export async function registerOpenApiRoutes(app: FastifyInstance, siteUrl: string | undefined): Promise<void> {
  const documents = new Map<string, Record<string, unknown>>();
  const documentFor = (request: FastifyRequest) => {
    const server = siteUrl ?? `${request.protocol}://${request.host}`;
    let document = documents.get(server);
    if (!document) {
      document = finishDocument(app.swagger() as Record<string, any>, server);
      if (documents.size < 16) documents.set(server, document); // Host headers are the client's: bounded
    }
    return document;
  };

  installDocsCompression(app);
  registerDocsAssets(app);
  app.get('/api/schema/', {
    config: { scope: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const format = (request.query as { format?: string }).format;
      if (format === 'yaml') return reply.type('application/yaml; charset=utf-8').send(stringify(documentFor(request)));
      return documentFor(request);
    },
  });

  await app.register(swaggerUi, {
    routePrefix: '/api/schema/swagger-ui',
    transformSpecification: (_swagger, request) => documentFor(request),
    transformSpecificationClone: false,
  });
  const redocScript = createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js');
  app.get('/api/schema/redoc/', { schema: { hide: true } }, (_request, reply) => reply.type('text/html; charset=utf-8').send(REDOC_PAGE));
  app.get('/api/schema/redoc/redoc.standalone.js', { schema: { hide: true } }, (_request, reply) =>
    reply.type('application/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(localRedocBundle(redocScript)),
  );
  // The path orgbase used before PostHog's own.
  app.get('/api/docs', { schema: { hide: true } }, (_request, reply) => reply.redirect('/api/schema/swagger-ui/'));
}

const REDOC_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>orgbase API reference</title>
    <style>body { margin: 0; }</style>
  </head>
  <body>
    <redoc spec-url="/api/schema/"></redoc>
    <script src="/api/schema/redoc/redoc.standalone.js"></script>
  </body>
</html>
`;
