import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A one-article PolNeAR-shaped corpus in `dir` (article/train/harbor.txt and labels.jsonl) whose one label is Dana
 * Whitcombe's utterance `quote`, for the trainers' read-as-the-engine-reads tests. Returns the labels file.
 */
export function harborCorpus(dir: string, text: string, quote: string): string {
  mkdirSync(join(dir, 'article', 'train'), { recursive: true });
  writeFileSync(join(dir, 'article', 'train', 'harbor.txt'), text);
  const start = text.indexOf(quote);
  const label = {
    article: 'train/harbor',
    start,
    end: start + quote.length,
    kind: 'utterance',
    speaker: 'Dana Whitcombe',
  };
  const labels = join(dir, 'labels.jsonl');
  writeFileSync(labels, `${JSON.stringify(label)}\n`);
  return labels;
}
