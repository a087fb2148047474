import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import model from '../../src/core/models/speaker-ranker.json' with { type: 'json' };
import type { SpeakerModel } from '../../src/core/speaker-ranker';
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { speakerOk } from '../../src/eval/score-attribution';
import { speakerErrors } from '../../src/train/speaker-errors';
import { type SpeakerData, speakerData } from '../../src/train/speaker-examples';
import { decide, tallyAt } from '../../src/train/speaker-tally';

const ranker = model as SpeakerModel;
const corpus = join(DEFAULT_EVAL_DIR, 'polnear');

describe.runIf(existsSync(DEFAULT_EVAL_DIR))('speaker error dump (PolNeAR dev)', () => {
  let dev: SpeakerData;
  beforeAll(() => {
    dev = speakerData(corpus, join(corpus, 'quotes-dev.jsonl'));
  });

  it('lists exactly the wrong and missing names the tally counts, at any thresholds', () => {
    for (const thresholds of [
      { agree: ranker.threshold, override: ranker.overrideThreshold },
      { agree: 0, override: 0 },
      { agree: 0.2, override: 0.975 },
    ]) {
      const t = tallyAt(decide(ranker, dev), thresholds);
      const errors = speakerErrors(ranker, dev, thresholds);
      expect(errors.filter((e) => e.what === 'wrong')).toHaveLength(t.wrong);
      expect(errors.filter((e) => e.what === 'missed')).toHaveLength(t.none);
    }
  });

  it('shows each error with its quote in its paragraph and a name that fails the gold', () => {
    const errors = speakerErrors(ranker, dev, { agree: ranker.threshold, override: ranker.overrideThreshold });
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.paragraph.replace(/\s+/g, ' ')).toContain(e.quote.slice(0, 20).replace(/\s+/g, ' '));
      if (e.got !== null) expect(speakerOk(e.got, e.gold)).toBe(false);
    }
  });
});
