import type { Config } from '../config.ts';

const REDACTED_HEADERS = ['req.headers.authorization', 'req.headers.cookie'];
// PostHog reads a key from the query string too, and clients paste keys into paths by
// mistake: the logged URL must carry neither.
const KEY_IN_QUERY = /([?&]personal_api_key=)[^&#]*/gi;
const KEY_TOKEN = /\bphx_[0-9A-Za-z]+/g;
// An invite link's token is its only secret: the path segment after /api/signup/ (or /signup/)
// never reaches a log line, whatever its shape.
const INVITE_TOKEN = /(\/signup\/)[^/?#]+/gi;

export function redactUrl(url: string): string {
  return url.replace(KEY_IN_QUERY, '$1[redacted]').replace(KEY_TOKEN, 'phx_[redacted]').replace(INVITE_TOKEN, '$1[redacted]');
}

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** JSON log lines with the request id; no key, hash or cookie ever reaches them. */
export function loggerOptions(config: Pick<Config, 'logLevel'>) {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_HEADERS, censor: '[redacted]' },
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
  };
}
