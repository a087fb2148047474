import type { Logger } from 'pino';
import type { AsyncConversationRepository } from '../store/async/async-store';
import { forgetHandledEvents } from './forget-handled-events';
import { forgetStaleThreadLinks } from './forget-stale-thread-links';

export interface DailyTidyOptions {
  conversations: Pick<AsyncConversationRepository, 'pruneThreadLinks' | 'pruneHandledEvents'>;
  now: () => Date;
  /** NEWSBRIEF_THREAD_LINK_DAYS: how long a deleted story's thread must be silent before its link goes. */
  threadLinkDays: number;
  logger: Logger;
  /** Handled event keys forgotten per statement: PRUNE_BATCH of the store. */
  handledEventBatch?: number;
}

/**
 * The scheduler's housekeeping (at start and 04:17): what the store would otherwise keep for
 * ever. Each part is tried even when the other fails, so one broken table does not let the
 * other grow; a failure is logged, never thrown (the next day tries again).
 */
export async function dailyTidy(options: DailyTidyOptions): Promise<void> {
  const { conversations, now, logger } = options;
  const parts: [string, () => Promise<number>][] = [
    [
      'thread link tidy-up failed',
      () => forgetStaleThreadLinks({ conversations, now, silentDays: options.threadLinkDays, logger }),
    ],
    [
      'handled event tidy-up failed',
      () => forgetHandledEvents({ conversations, now, logger, batchSize: options.handledEventBatch }),
    ],
  ];
  for (const [failure, part] of parts) {
    try {
      await part();
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, failure);
    }
  }
}
