import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import model from '../../src/core/models/speaker-ranker.json' with { type: 'json' };
import { rankSpeakers, type SpeakerModel, vetoPronounChain } from '../../src/core/speaker-ranker';
import { readJsonl } from '../../src/eval/eval-corpus';
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { type AttributionLabel, speakerOk } from '../../src/eval/score-attribution';
import { type SpeakerData, speakerData } from '../../src/train/speaker-examples';
import { decide, tallyAt } from '../../src/train/speaker-tally';

const ranker = model as SpeakerModel;
const corpus = join(DEFAULT_EVAL_DIR, 'polnear');

/** What the engine itself names for each quote (find-quotes.ts), counted the slow way. */
function directTally(data: SpeakerData, thresholds: { agree: number; override: number }) {
  const t = { right: 0, wrong: 0, none: 0 };
  const count = (name: string | undefined, gold: string, aliases: string[]): void => {
    if (!name) t.none++;
    else if (speakerOk(name, gold, aliases)) t.right++;
    else t.wrong++;
  };
  for (const ex of data.examples) {
    const candidates = ex.candidates.map((features, i) => ({
      speaker: { name: ex.names[i]!, person: null },
      features,
    }));
    count(rankSpeakers(ranker, candidates, ex.none, thresholds)?.name, ex.gold, ex.aliases);
  }
  for (const c of data.chains) {
    const rule = c.rule === null ? null : { name: c.rule, person: null };
    count(vetoPronounChain(ranker, rule, c.candidates, c.none, thresholds)?.name, c.gold, c.aliases);
  }
  return t;
}

describe('speaker threshold tallies (PolNeAR dev)', () => {
  let dev: SpeakerData;
  beforeAll(() => {
    dev = speakerData(corpus, join(corpus, 'quotes-dev.jsonl'));
  }, 60_000);

  it('count what the engine names at any thresholds, computed once per model', () => {
    const decisions = decide(ranker, dev);
    for (const thresholds of [
      { agree: ranker.threshold, override: ranker.overrideThreshold },
      { agree: 0, override: 0 },
      { agree: 0.9, override: 0.3 },
      { agree: 0.2, override: 0.975 },
    ]) {
      const fast = tallyAt(decisions, thresholds);
      expect({ right: fast.right, wrong: fast.wrong, none: fast.none }).toEqual(directTally(dev, thresholds));
    }
  });

  it('judge names given to unnamed sources, but not where the annotation hides a pronoun', () => {
    const unnamedLabels = readJsonl<AttributionLabel>(join(corpus, 'quotes-dev.jsonl')).filter(
      (l) => l.speaker === null && l.kind !== 'title',
    );
    // Most unnamed PolNeAR sources are pronouns ("he said"), which the labels leave unresolved.
    expect(dev.unnamed.length).toBeGreaterThan(0);
    expect(dev.unnamed.length).toBeLessThan(unnamedLabels.length / 2);
    const everyName = tallyAt(decide(ranker, dev), { agree: 0, override: 0 });
    const noName = tallyAt(decide(ranker, dev), { agree: 1.01, override: 1.01 });
    expect(everyName.namedUnnamed).toBeGreaterThan(0);
    expect(noName.namedUnnamed).toBe(0);
    // Names given to anonymous sources (or none) are some of those, not all: a description of one
    // person, a document or an outlet is left unscored by that count.
    expect(everyName.namedAnonymous).toBeGreaterThan(0);
    expect(everyName.namedAnonymous).toBeLessThan(everyName.namedUnnamed);
    const shapes = new Set(dev.unnamed.map((u) => u.shape));
    expect(shapes).toEqual(new Set(['description', 'anonymous', 'document', 'none']));
    expect(noName.right + noName.wrong).toBeLessThanOrEqual(dev.chains.filter((c) => c.rule !== null).length);
  });
});
