/** CPU time a measured run must add up to: shorter runs are repeated, so timer grain and one pause do not decide. */
const MIN_MICROSECONDS = 20_000;

/**
 * How many times the process CPU time of `large` is that of `small`: a linear-time check's figure (four times the
 * input is about 4x when linear, 16x when quadratic). CPU time, not wall time: on a loaded machine a run waits for a
 * core, and waiting is no work, so a test of growth that timed the wall failed at load 15–20 (session 41). Each side
 * is the best of three interleaved measurements, a short run repeated until it adds up to MIN_MICROSECONDS.
 */
export function cpuGrowth(small: () => unknown, large: () => unknown): number {
  // Compiled before it is measured: the first run of a path is the JIT's as much as the code's.
  small();
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    bestSmall = Math.min(bestSmall, cpuPerRun(small));
    bestLarge = Math.min(bestLarge, cpuPerRun(large));
  }
  return bestLarge / bestSmall;
}

/** Process CPU microseconds (user and system) per run of `run`, repeated until the total reaches the minimum. */
function cpuPerRun(run: () => unknown): number {
  const start = process.cpuUsage();
  let runs = 0;
  let used = 0;
  do {
    run();
    runs++;
    const spent = process.cpuUsage(start);
    used = spent.user + spent.system;
  } while (used < MIN_MICROSECONDS);
  return used / runs;
}
