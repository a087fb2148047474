import type { FeedItemState } from '../store/feed-repository';

const MAX_WAIT_MINUTES = 24 * 60;
/** A failing item is given up at its first failure this long after its first one. */
const GIVE_UP_AFTER_MINUTES = 3 * 24 * 60;

export interface ItemBackoff {
  /** Whether the item may be tried in this poll. */
  due: boolean;
  /** Whether a failure now gives the item up (recorded 'gave_up', counted in `feed list`). */
  givesUpOnFailure: boolean;
}

/**
 * A failing item waits the poll interval × 2^failures (at most a day) before its next try, so a site
 * down for an hour or a day loses nothing; it is given up only once its failures span 3 days.
 * The schedule is counted from the item's first sighting (its first try), so no column holds a
 * retry time: the failure count and first-seen time the store already keeps are enough.
 */
export function itemBackoff(
  state: Pick<FeedItemState, 'outcome' | 'attempts' | 'firstSeenAt'> | undefined,
  at: Date,
  intervalMinutes: number,
): ItemBackoff {
  const failures = state?.outcome === 'failed' ? state.attempts : 0;
  const waited = waitedMinutes(failures, intervalMinutes);
  const firstTry = state ? Date.parse(state.firstSeenAt) : at.getTime();
  return {
    due: failures === 0 || at.getTime() >= firstTry + waited * 60_000,
    givesUpOnFailure: failures > 0 && waited >= GIVE_UP_AFTER_MINUTES,
  };
}

/** Minutes from the first failure until the try after `failures` failures. */
function waitedMinutes(failures: number, intervalMinutes: number): number {
  let total = 0;
  for (let k = 1; k <= failures; k++) total += Math.min(intervalMinutes * 2 ** k, MAX_WAIT_MINUTES);
  return total;
}
