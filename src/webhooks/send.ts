// One delivery attempt over HTTP: signed per Standard Webhooks 1.0, to an address checked on
// this very attempt, never following a redirect, reading at most 64 KB of the answer.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveDestination } from './address.ts';
import { signingKeyOf } from './secrets.ts';

export const MAX_RESPONSE_BYTES = 64 * 1024;

/** `v1,<signature>` for each secret, space-separated: during a rotation both the new and the old sign. */
export function signatureHeader(secrets: readonly string[], id: string, timestampSeconds: number, body: string): string {
  return secrets.map((secret) => `v1,${createHmac('sha256', signingKeyOf(secret)).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`).join(' ');
}

export interface AttemptResult {
  statusCode: number | null;
  durationMs: number;
  /** Why the attempt failed, in words safe to store and show (never a secret). */
  error: string | null;
  responseBody: string | null;
  /** Seconds the receiver asked to wait (Retry-After), when it did. */
  retryAfterSeconds?: number;
}

/** Retry-After as seconds (a number of seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(raw)) return Number(raw);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export interface Delivery {
  url: string;
  id: string;
  timestampSeconds: number;
  body: string;
  secrets: readonly string[];
  timeoutMs: number;
  allowPrivate: boolean;
}

export async function attemptDelivery(delivery: Delivery): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const url = new URL(delivery.url);
  let destination;
  try {
    destination = await resolveDestination(url, delivery.allowPrivate);
  } catch (error) {
    return { statusCode: null, durationMs: elapsed(), error: String((error as Error).message).slice(0, 500), responseBody: null };
  }
  // The connection goes to the address just checked: a second lookup could answer otherwise.
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [destination]);
    else callback(null, destination.address, destination.family);
  };
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'orgbase-webhooks/1',
    'webhook-id': delivery.id,
    'webhook-timestamp': String(delivery.timestampSeconds),
    'webhook-signature': signatureHeader(delivery.secrets, delivery.id, delivery.timestampSeconds, delivery.body),
  };
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<AttemptResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve({ ...result, durationMs: elapsed() });
    };
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, { method: 'POST', headers, lookup, agent: false, ...({ autoSelectFamily: false } as object) }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const status = response.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        finish({
          statusCode: status,
          error: ok ? null : status >= 300 && status < 400 ? `redirect (${status}) not followed` : `HTTP ${status}`,
          responseBody: Buffer.concat(chunks).toString('utf8'),
          retryAfterSeconds: parseRetryAfter(response.headers['retry-after']),
        });
      };
      response.on('data', (chunk: Buffer) => {
        if (size >= MAX_RESPONSE_BYTES) return;
        chunks.push(chunk.subarray(0, MAX_RESPONSE_BYTES - size));
        size += Math.min(chunk.length, MAX_RESPONSE_BYTES - size);
        // Enough read: the rest of the answer is not waited for.
        if (size >= MAX_RESPONSE_BYTES) done();
      });
      response.on('end', done);
      response.on('error', (error) =>
        finish({ statusCode: response.statusCode ?? null, error: `response: ${error.message}`.slice(0, 500), responseBody: null }),
      );
    });
    const timer = setTimeout(() => finish({ statusCode: null, error: `timed out after ${delivery.timeoutMs} ms`, responseBody: null }), delivery.timeoutMs);
    request.on('error', (error) => finish({ statusCode: null, error: error.message.slice(0, 500), responseBody: null }));
    request.end(delivery.body);
  });
}
