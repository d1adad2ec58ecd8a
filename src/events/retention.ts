import type { Db } from '../db/types.ts';
import { deleteEventsOlderThan } from './repository.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Deletes events past ORGBASE_EVENT_RETENTION_DAYS at start and every hour. Every process does
 * it; the deletes are by age, so doing it twice at once only deletes nothing the second time.
 */
export class EventRetention {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly days: number,
    private readonly log: { warn(object: object, message: string): void },
    private readonly intervalMs = HOUR_MS,
  ) {}

  start(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
    this.timer.unref();
  }

  async sweep(): Promise<number> {
    try {
      return await deleteEventsOlderThan(this.db, this.days);
    } catch (error) {
      this.log.warn({ err: error }, 'event retention sweep failed; it runs again within the hour');
      return 0;
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
