import type { Logger } from 'pino';
import type { AsyncConversationRepository } from '../store/async/async-store';

export interface ForgetStaleThreadLinksOptions {
  conversations: Pick<AsyncConversationRepository, 'pruneThreadLinks'>;
  now: () => Date;
  /** NEWSBRIEF_THREAD_LINK_DAYS: how long a deleted story's thread must be silent before its link goes. */
  silentDays: number;
  logger: Logger;
}

const DAY_MS = 86_400_000;

/**
 * A thread keeps its link after its story is deleted, so a question asked there is told the
 * story is gone; once the thread has been quiet for `silentDays` nobody is coming back, and the
 * link would otherwise be kept for ever. Safe on every replica at once: a link goes only once.
 */
export async function forgetStaleThreadLinks(options: ForgetStaleThreadLinksOptions): Promise<number> {
  const silentSince = new Date(options.now().getTime() - options.silentDays * DAY_MS).toISOString();
  const forgotten = await options.conversations.pruneThreadLinks(silentSince);
  if (forgotten > 0) {
    options.logger.info({ forgotten, silentDays: options.silentDays }, 'forgot the thread links of deleted stories');
  }
  return forgotten;
}
