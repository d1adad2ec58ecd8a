// A webhook receiver for the tests: it verifies every delivery with the standardwebhooks
// package (Standard Webhooks' own verifier, not orgbase's code) and answers as told.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedDelivery {
  id: string;
  timestamp: number;
  signature: string;
  body: any;
  /** Which of the receiver's secrets verified it. */
  verifiedWith: string[];
  at: number;
}

/** `delayMs` holds the answer back that long (a slow receiver). */
export type Answer = { status: number; headers?: Record<string, string>; body?: string; delayMs?: number } | 'hang';

export class WebhookReceiver {
  readonly deliveries: ReceivedDelivery[] = [];
  /** Requests that failed verification by every secret: must stay empty. */
  readonly unverified: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  /** Decides each answer; by default 204. */
  answer: (delivery: ReceivedDelivery, index: number) => Answer = () => ({ status: 204 });
  secrets: string[] = [];
  private readonly server: http.Server;
  private readonly hanging = new Set<http.ServerResponse>();

  private constructor() {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = {
          'webhook-id': String(request.headers['webhook-id']),
          'webhook-timestamp': String(request.headers['webhook-timestamp']),
          'webhook-signature': String(request.headers['webhook-signature']),
        };
        const verifiedWith = this.secrets.filter((secret) => {
          try {
            new Webhook(secret).verify(raw, headers);
            return true;
          } catch {
            return false;
          }
        });
        if (verifiedWith.length === 0) {
          this.unverified.push({ headers: request.headers, body: raw });
          response.writeHead(400).end('unverified');
          return;
        }
        const delivery: ReceivedDelivery = {
          id: headers['webhook-id'],
          timestamp: Number(headers['webhook-timestamp']),
          signature: headers['webhook-signature'],
          body: JSON.parse(raw),
          verifiedWith,
          at: Date.now(),
        };
        this.deliveries.push(delivery);
        const answer = this.answer(delivery, this.deliveries.length - 1);
        if (answer === 'hang') {
          this.hanging.add(response);
          response.on('close', () => this.hanging.delete(response));
          return;
        }
        const send = () => response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
        if (answer.delayMs) setTimeout(send, answer.delayMs);
        else send();
      });
    });
  }

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Resolves once `predicate` holds of the deliveries, or rejects after `ms`. */
  async waitFor(predicate: (deliveries: ReceivedDelivery[]) => boolean, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate(this.deliveries)) {
      if (Date.now() > deadline) throw new Error(`receiver: condition not met in ${ms} ms (${this.deliveries.length} deliveries)`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async close(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
