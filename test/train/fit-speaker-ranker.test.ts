import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/core/speaker-feature-names';
import { fitSpeakerRanker } from '../../src/train/fit-speaker-ranker';
import type { Example } from '../../src/train/speaker-examples';

const D = FEATURE_NAMES.length;
const PERSON = FEATURE_NAMES.indexOf('person');
const ARTICLES = 20;
/** Article a's own feature: it marks the right candidate there and nowhere else (a memorisable quirk). */
const mark = (a: number): number => D - ARTICLES + a;

/** A small deterministic pseudo-random stream (no Math.random: the test must give the same data). */
function stream(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/**
 * Twenty articles of two-candidate quotes: the rules' choice is right four times in five, and in each
 * article a feature of its own marks the right candidate, so only a ranker that saw the article can
 * use it (in sample the ranker is always right; on an article it never saw, it is not).
 */
function examples(): Example[] {
  const next = stream(7);
  const out: Example[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    for (let q = 0; q < 10; q++) {
      const ruleRight = next() < 0.8;
      const candidates = [0, 1].map((i) => {
        const f = new Array<number>(D).fill(0);
        f[0] = 1;
        f[1] = i === 0 ? 1 : 0;
        f[PERSON] = 1;
        const right = (i === 0) === ruleRight;
        if (right) f[mark(a)] = 1;
        return f;
      });
      out.push({
        article: `a${String(a).padStart(2, '0')}`,
        candidates,
        correct: [ruleRight, !ruleRight],
        names: [`Rule ${a}-${q}`, `Other ${a}-${q}`],
        none: [1, 0, 0, 0],
        gold: ruleRight ? `Rule ${a}-${q}` : `Other ${a}-${q}`,
        aliases: [],
        shown: { quote: '', paragraph: '', route: 'tag-after' },
      });
    }
  }
  return out;
}

describe('fitSpeakerRanker, stacked confidence', () => {
  it('keeps the ranker fitted on every example and is deterministic', () => {
    const data = examples();
    const plain = fitSpeakerRanker(data);
    const stacked = fitSpeakerRanker(data, undefined, [], { stackFolds: 5 });
    expect(stacked.weights).toEqual(plain.weights);
    expect(stacked.none).toEqual(plain.none);
    expect(fitSpeakerRanker(data, undefined, [], { stackFolds: 5 }).confidence).toEqual(stacked.confidence);
  });

  it('fits the confidence on other rows than the in-sample ones', () => {
    const data = examples();
    const plain = fitSpeakerRanker(data);
    const stacked = fitSpeakerRanker(data, undefined, [], { stackFolds: 5 });
    expect(stacked.confidence).toHaveLength(plain.confidence.length);
    expect(stacked.confidence).not.toEqual(plain.confidence);
  });
});
