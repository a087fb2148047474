/**
 * A thread's last-activity time is written at most once per this interval. Silence is counted in
 * days (NEWSBRIEF_THREAD_LINK_DAYS, at least 1), so a time up to an hour behind costs nothing,
 * while writing it on every message of a busy thread, on every replica, would.
 */
export const TOUCH_INTERVAL_MS = 3_600_000;

/** The stored last-activity time (ISO) before which a touch at `at` writes. */
export function threadTouchCutoff(at: Date): string {
  return new Date(at.getTime() - TOUCH_INTERVAL_MS).toISOString();
}
