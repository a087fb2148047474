/**
 * The heap and external bytes still held after two full collections: what a child process run with `--expose-gc`
 * (held-per-character.ts, held-by-blanked-reads.ts) reads before and after the work it measures.
 */
export function heldBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}
