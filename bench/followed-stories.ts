import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsbriefApp } from '../src/app/newsbrief-app';
import type { StoredArticle } from '../src/store/article-repository';

const SAMPLES = join(import.meta.dirname, '../samples');

/**
 * `count` distinct stories for the scheduler benchmarks' follow-ups. A channel may follow a story
 * once (schedules-006), and there are fewer samples than follow-ups per channel, so the samples
 * are reused with a line that makes each copy its own story.
 */
export async function followedStories(app: NewsbriefApp, count: number): Promise<StoredArticle[]> {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
  const stories: StoredArticle[] = [];
  for (let n = 0; n < count; n++) {
    const file = files[n % files.length]!;
    const text = readFileSync(join(SAMPLES, file), 'utf8') + (n < files.length ? '' : `\n\nBenchmark copy ${n}.\n`);
    const title = text.split('\n', 1)[0] ?? file;
    stories.push((await app.ingest({ source: `${file}#${n}`, title, text })).article);
  }
  return stories;
}
