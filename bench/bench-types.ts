/** One line of the benchmark table. */
export interface BenchRow {
  name: string;
  /** Measured figure, formatted ("412 articles/s"). */
  value: string;
  /** The goal, formatted (">= 300 articles/s"); omitted when there is none. */
  target?: string;
  /** Whether the goal was met; omitted when there is no goal. */
  ok?: boolean;
  note?: string;
}

/** Shared by every benchmark: where temp files go. */
export interface BenchContext {
  tmpDir: string;
  log: (line: string) => void;
  /** A process the benchmark started (the bot it drives), with its peak RSS, for the RSS table. */
  reportRss: (process: string, peakMb: number) => void;
}

export type Benchmark = (context: BenchContext) => Promise<BenchRow[]>;

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)]!;
}
