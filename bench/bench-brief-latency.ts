import { buildBriefReply, buildNotFoundReply } from '../src/app/build-brief-reply';
import { createNewsbriefApp } from '../src/app/create-newsbrief-app';
import { silentLogger } from '../src/logging/create-logger';
import { renderConsoleReply } from '../src/platforms/console/render-console-reply';
import type { AsyncStore } from '../src/store/async/async-store';
import { percentile } from './bench-types';

export interface BriefLatency {
  p50: number;
  p95: number;
  max: number;
  found: number;
  total: number;
}

/**
 * Times the whole `/brief <query>` path a user waits for: search, load the article and its cached
 * analysis, build the Reply and render it for the console. Analyses must already be cached.
 */
export async function measureBriefLatency(
  store: AsyncStore,
  queries: readonly string[],
  warmup = 20,
): Promise<BriefLatency> {
  const app = createNewsbriefApp({ store, logger: silentLogger() });
  const brief = async (query: string) => {
    const result = await app.briefStory(query);
    const text = renderConsoleReply(result.kind === 'found' ? buildBriefReply(result) : buildNotFoundReply(result));
    return { found: result.kind === 'found', length: text.length };
  };
  for (const query of queries.slice(0, warmup)) await brief(query);
  const times: number[] = [];
  let found = 0;
  for (const query of queries) {
    const start = performance.now();
    const result = await brief(query);
    times.push(performance.now() - start);
    if (result.found) found++;
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1]!,
    found,
    total: queries.length,
  };
}
