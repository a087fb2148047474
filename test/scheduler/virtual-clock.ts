/**
 * Time that moves only when every task is waiting: `run` wakes sleepers in order of their
 * instants. A sleeper may be given a lag, to play a process whose event loop wakes it late.
 */
export function virtualClock(startMs: number) {
  let t = startMs;
  const timers: Array<{ at: number; wake: () => void }> = [];
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    now: () => t,
    sleeper:
      (lagMs = 0) =>
      (ms: number) =>
        new Promise<void>((wake) => {
          timers.push({ at: t + Math.max(0, ms) + lagMs, wake });
        }),
    /** Drives the clock until `work` settles. */
    async run<T>(work: Promise<T>): Promise<T> {
      let done = false;
      const result = work.finally(() => {
        done = true;
      });
      await settle();
      while (!done) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (!next) throw new Error('virtual clock: every task waits, none on a timer');
        t = Math.max(t, next.at);
        next.wake();
        await settle();
      }
      return result;
    },
  };
}
