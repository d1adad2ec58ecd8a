import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/types.ts';
import { claimDueEmail, LINK_PLACEHOLDER, markFailed, markSent, millisecondsUntilNextDue, type QueuedEmail } from './repository.ts';

export interface OutboxLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export interface OutboxOptions {
  smtpUrl: string;
  from: string;
  /** Delay before the first retry; doubles per attempt, up to MAX_RETRY_MS. */
  retryMs: number;
  log: OutboxLogger;
}

/** Long enough for one SMTP conversation with nodemailer's timeouts below. */
const CLAIM_SECONDS = 60;
const MAX_RETRY_MS = 3600_000;
/** How often an idle outbox looks for mail queued by other processes (the CLI, other servers). */
const IDLE_POLL_MS = 5000;

/** The SMTP server's words, without anything of the message: what is kept and logged of a failure. */
function reasonOf(error: unknown): string {
  const { code, responseCode, message } = error as { code?: string; responseCode?: number; message?: string };
  return [code, responseCode, message?.split('\n')[0]]
    .filter((part) => part !== undefined)
    .join(' ')
    .slice(0, 500);
}

/**
 * Sends the queued invitation mail (src/mail/repository.ts). Rows are written in the
 * transactions that create invites, so a mail exists exactly when its invite committed; `wake`
 * after a commit sends it at once, and a timer takes whatever is due later (retries, mail of
 * other processes, mail left by a process that stopped). Sending never holds a transaction.
 */
export class MailOutbox {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly options: OutboxOptions,
  ) {
    this.transport = nodemailer.createTransport(options.smtpUrl, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as never);
  }

  start(): void {
    this.wake();
  }

  /** Looks for due mail now (after a commit that queued some). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Stops taking mail; a send under way finishes (its row is claimed, so it is never lost). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.transport.close();
  }

  private async drain(): Promise<void> {
    let wait = IDLE_POLL_MS;
    try {
      for (;;) {
        if (this.stopped) return;
        const email = await claimDueEmail(this.db, CLAIM_SECONDS);
        if (!email) break;
        await this.send(email);
      }
      const due = await millisecondsUntilNextDue(this.db);
      if (due !== null) wait = Math.min(wait, Math.max(due, 50));
    } catch (error) {
      // The database is away: the rows are safe where they are; look again later.
      this.options.log.warn({ reason: reasonOf(error) }, 'mail queue unavailable; retrying');
    }
    if (!this.stopped) {
      this.timer = setTimeout(() => this.wake(), wait);
      this.timer.unref();
    }
  }

  private async send(email: QueuedEmail): Promise<void> {
    const text = email.body.split(LINK_PLACEHOLDER).join(email.link ?? '');
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: email.to_address,
        ...(email.reply_to ? { replyTo: email.reply_to } : {}),
        subject: email.subject,
        text,
      });
    } catch (error) {
      const retryIn = Math.min(MAX_RETRY_MS, this.options.retryMs * 2 ** Math.min(20, email.attempts - 1));
      const outcome = await markFailed(this.db, email.id, reasonOf(error), retryIn);
      this.options.log.warn(
        { mail: email.id, invite: email.invite_id, attempt: email.attempts, outcome, retryInMs: retryIn, reason: reasonOf(error) },
        'invitation mail not sent',
      );
      return;
    }
    await markSent(this.db, email.id);
    this.options.log.info({ mail: email.id, invite: email.invite_id, attempt: email.attempts }, 'invitation mail sent');
  }
}
