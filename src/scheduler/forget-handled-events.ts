import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { AsyncConversationRepository, AsyncStore } from '../store/async/async-store';

/**
 * How long an incoming event's key is kept to refuse its redelivery. Slack retries an event
 * three times within about five minutes (at once, after 1 and after 5 minutes); Discord replays
 * a gateway session's missed events only when a dropped connection resumes, shortly after, and
 * never redelivers an interaction (it must be answered within 3 seconds). A week is over a thousand
 * times the longest of these, and also covers a bot that was down over a weekend and catches
 * up on start; the table then holds a week of events instead of every event ever seen.
 */
export const HANDLED_EVENT_DAYS = 7;

/**
 * Keys forgotten per statement, by store. The first tidy-up after an upgrade may find millions of
 * rows (a store that never pruned): one statement for all of them held SQLite's write lock, and
 * the bot's only thread, for tens of seconds. SQLite's batch is smaller: event ids come in no
 * order, so its deletions land all over the key index, which a large backlog's is far bigger than
 * the page cache (2 MB): about 0.1 ms a key on a loaded 2-core machine (`npm run bench --
 * handled-events-prune`), so 5,000 held the thread half a second at a time.
 */
export const PRUNE_BATCH: Readonly<Record<AsyncStore['kind'], number>> = { sqlite: 1000, postgres: 5000 };

export interface ForgetHandledEventsOptions {
  conversations: Pick<AsyncConversationRepository, 'pruneHandledEvents'>;
  now: () => Date;
  logger: Logger;
  /** Keys forgotten per statement (PRUNE_BATCH of the store; PostgreSQL's when not given). */
  batchSize?: number;
}

const DAY_MS = 86_400_000;

/**
 * `handled_events` is the exactly-once record of platform events; without this it grows by every
 * message the bot ever saw. Safe on every replica at once: a row goes only once. Forgets in
 * batches until none is left, letting events, replies and posts run between them.
 */
export async function forgetHandledEvents(options: ForgetHandledEventsOptions): Promise<number> {
  const handledBefore = new Date(options.now().getTime() - HANDLED_EVENT_DAYS * DAY_MS).toISOString();
  const batchSize = options.batchSize ?? PRUNE_BATCH.postgres;
  let forgotten = 0;
  for (;;) {
    const batch = await options.conversations.pruneHandledEvents(handledBefore, batchSize);
    forgotten += batch;
    if (batch < batchSize) break;
    // SQLite's calls finish at once: without this the loop would hold the thread to the end.
    await yieldToEvents();
  }
  if (forgotten > 0) {
    options.logger.info({ forgotten, keptDays: HANDLED_EVENT_DAYS }, 'forgot the keys of events handled long ago');
  }
  return forgotten;
}
