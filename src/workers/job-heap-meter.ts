import { GCProfiler, getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';

const MB = 1024 * 1024;

/** Compiled code: a fresh thread compiles it again as it warms, so replacing a thread for it saves nothing. */
const CODE_SPACES = new Set(['code_space', 'code_large_object_space']);

/** What one job did to the thread's heap, in MB. */
export interface JobHeap {
  /** The heap committed after the job: what the thread costs the process's RSS now. */
  heapMb: number;
  /**
   * The most data the job's full collections found alive beyond what the thread had kept before it
   * (0 when none ran): what the job itself held at once. A 1 MB article holds ~26 MB and leaves
   * the heap grown by as much until V8's next full collection; a small article holds under 2.
   */
  heldMb: number;
}

interface SpaceUse {
  spaceName: string;
  spaceUsedSize: number;
}

/** Bytes of data in use: the used heap less compiled code. */
function dataBytes(used: number, spaces: readonly SpaceUse[]): number {
  let code = 0;
  for (const space of spaces) if (CODE_SPACES.has(space.spaceName)) code += space.spaceUsedSize;
  return used - code;
}

/**
 * Measures each job's heap for the pool's recycling. The committed heap alone cannot tell a thread
 * that analysed one 1 MB article (58–62 MB) from one warmed by a few hundred small ones (its JIT
 * code and V8's collection cycle take it to 46–55 MB), so it retired the thread after every small
 * article (each then paid a new thread). Live data after a full collection can: V8's own full
 * collections during a job (a GCProfiler per job; no forced collection) say how much the job held,
 * against the live data of the thread's last full collection before it.
 */
export function jobHeapMeter(): { start(): void; stop(): JobHeap } {
  // Before any collection: the thread's data as loaded, nearly all of it alive.
  let keptBytes = dataBytes(
    getHeapStatistics().used_heap_size,
    getHeapSpaceStatistics().map((s) => ({ spaceName: s.space_name, spaceUsedSize: s.space_used_size })),
  );
  let profiler: GCProfiler | undefined;
  return {
    start() {
      profiler = new GCProfiler();
      profiler.start();
    },
    stop() {
      const statistics = profiler?.stop().statistics ?? [];
      profiler = undefined;
      const before = keptBytes;
      let held = 0;
      for (const gc of statistics) {
        if (gc.gcType !== 'MarkSweepCompact') continue;
        keptBytes = dataBytes(gc.afterGC.heapStatistics.usedHeapSize, gc.afterGC.heapSpaceStatistics);
        held = Math.max(held, keptBytes - before);
      }
      return { heapMb: getHeapStatistics().total_heap_size / MB, heldMb: held / MB };
    },
  };
}
