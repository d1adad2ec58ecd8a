import { isDocsPage } from './docs-pages.ts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { installStage } from './stages.ts';

const HEADER_LIST: readonly (readonly [string, string])[] = [
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['referrer-policy', 'no-referrer'],
  ['cross-origin-resource-policy', 'same-origin'],
];

// Browsers ignore it over plain HTTP, and sent there it only misleads (a proxy in front that
// serves HTTPS gets it through ORGBASE_TRUST_PROXY's X-Forwarded-Proto).
const HSTS = 'max-age=31536000; includeSubDomains';

// An API answers JSON only, so it can forbid every active content; the docs page needs its
// own scripts and styles.
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
// The console (/console/, /signup/:token): its own scripts, styles and icon, calls to this
// origin's API, and nothing else: no inline script or style, no other origin.
const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const isConsolePage = (url: string) => url === '/console' || url.startsWith('/console/') || url.startsWith('/signup/');

/** The headers every response carries; also used where Fastify answers without onSend hooks. */
export function applySecurityHeaders(reply: FastifyReply, url: string, requestId: string): void {
  for (const [name, value] of HEADER_LIST) reply.header(name, value);
  if (reply.request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  reply.header('x-request-id', requestId);
  // The docs pages, all under /api/, set their own policy.
  if (url.startsWith('/api/')) {
    if (!isDocsPage(url)) reply.header('content-security-policy', API_CSP);
    reply.header('cache-control', 'no-store');
  } else {
    reply.header('content-security-policy', isConsolePage(url) ? CONSOLE_CSP : API_CSP);
  }
}

export function installSecurityHeaders(app: FastifyInstance): void {
  installStage(app, 'security-headers');
  // Callback style: an async hook costs every response a promise and a microtask for work that is synchronous.
  app.addHook('onSend', (request, reply, payload, done) => {
    applySecurityHeaders(reply, request.url, request.id);
    done(null, payload);
  });
}
