import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { speechCueRates } from '../../src/train/speech-cue-rates';
import { polnearTrainArticle } from '../support/polnear-train-article';

const dir = mkdtempSync(join(tmpdir(), 'speech-cues-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One PolNeAR-shaped train article whose every "said" is annotated as a cue. */
const article = (name: string, text: string): void => polnearTrainArticle(dir, name, text, /said/g);

article('a', 'Smith said no. Jones said yes. Lee said maybe. Park said so.');
article('b', 'The report said little, and the table said nothing at all.');

describe('speech-cue rates', () => {
  it('learn only from the articles kept, as a cross-validation fold needs', () => {
    // 6 cues in 6 occurrences, smoothed by 2: 0.75; from article a alone 4 / (4 + 2).
    expect(speechCueRates(dir).said).toBe(0.75);
    expect(speechCueRates(dir, (a) => a === 'train/a').said).toBe(0.667);
    // Article b alone has 2 cues, under the 3 a word needs to be kept.
    expect(speechCueRates(dir, (a) => a === 'train/b').said).toBeUndefined();
  });
});
