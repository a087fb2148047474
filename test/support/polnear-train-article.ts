import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes one PolNeAR-shaped train article under `dir` (`polnear/article/train/<name>.txt` and its
 * `.ann`), with every match of `cue` (a global pattern) annotated as an attribution cue.
 */
export function polnearTrainArticle(dir: string, name: string, text: string, cue: RegExp): void {
  const ann = [...text.matchAll(cue)].map((m, i) => `T${i + 1}\tCue ${m.index} ${m.index + m[0].length}\t${m[0]}`);
  for (const [sub, body, ext] of [
    ['article', text, 'txt'],
    ['attributions', ann.join('\n'), 'ann'],
  ] as const) {
    mkdirSync(join(dir, 'polnear', sub, 'train'), { recursive: true });
    writeFileSync(join(dir, 'polnear', sub, 'train', `${name}.${ext}`), body);
  }
}
