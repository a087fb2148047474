import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { DEFAULT_CHOICE } from '../../src/core/find-open-questions';
import { prepareQuestions } from '../../src/core/prepare-questions';
import { type EditorArticle, figuresOf, loadEditorArticles } from '../../src/eval/followup-editor-data';
import { auc } from '../../src/eval/followup-ranking';
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { scoreFollowups } from '../../src/eval/score-followups';
import { tallyChoice } from '../../src/train/best-choice';
import { fitEditors } from '../../src/train/fit-editors';
import { foldsOf } from '../../src/train/out-of-fold';

const { model: shippedModel, ...shippedChoice } = DEFAULT_CHOICE;

/** A small story whose flagged sentences (the hedged ones) an editor's scorer can learn to rank first. */
function story(name: string, corpus: 'polnear' | 'bbc'): EditorArticle {
  const texts = [
    'Officials may have known about the leak for weeks, sources said.',
    'The council met on Tuesday.',
    'The report could be published next month, aides suggested.',
    'The mayor opened the bridge.',
  ];
  const analysis = analyzeArticle(`Council story\n\n${texts.join('\n\n')}`);
  const flagged = analysis.sentences.map((s) => /\b(?:may|could)\b/.test(s.text));
  return {
    corpus,
    name,
    prepared: prepareQuestions(analysis),
    texts: analysis.sentences.map((s) => s.text),
    keysAt: analysis.sentences.map(() => []),
    flagged,
    labels: 0,
    labelKeys: [],
    keysOf: () => [],
  };
}

describe('foldsOf', () => {
  const articles = [
    ...Array.from({ length: 12 }, (_, i) => story(`p${i}`, 'polnear')),
    ...Array.from({ length: 5 }, (_, i) => story(`b${i}`, 'bbc')),
  ];

  it('puts every article in exactly one fold, the same way on every run, each corpus spread evenly', () => {
    const folds = foldsOf(articles, 5, 1);
    expect(
      folds
        .flat()
        .map((a) => a.name)
        .sort(),
    ).toEqual(articles.map((a) => a.name).sort());
    expect(foldsOf(articles, 5, 1).map((f) => f.map((a) => a.name))).toEqual(folds.map((f) => f.map((a) => a.name)));
    for (const fold of folds) {
      expect(fold.length).toBeGreaterThanOrEqual(3);
      expect(fold.length).toBeLessThanOrEqual(4);
    }
    // A different split reorders the articles.
    expect(foldsOf(articles, 5, 2).map((f) => f.map((a) => a.name))).not.toEqual(
      folds.map((f) => f.map((a) => a.name)),
    );
  });
});

describe('fitEditors', () => {
  const articles = Array.from({ length: 4 }, (_, i) => story(`s${i}`, 'polnear'));
  const rank = (weights: Record<string, number>): number =>
    auc(
      articles.flatMap((a) =>
        a.prepared.sentences.map((s, i): [number, boolean] => [
          s.features.reduce((z, f) => z + (weights[f] ?? 0), 0),
          a.flagged[i]!,
        ]),
      ),
    );

  it('learns from the editors’ labels to rank the flagged sentences first, the same weights every run', () => {
    const weights = fitEditors(articles, { prior: 'none', lambda: 0.003 }, { weights: {} });
    expect(rank(weights)).toBe(1);
    expect(fitEditors(articles, { prior: 'none', lambda: 0.003 }, { weights: {} })).toEqual(weights);
  });

  it('learns from the silver sentences as well when given them as data, at their weight', () => {
    // Silver sentences with a number are mostly positive; the editors' stories have no number.
    const rows = Array.from({ length: 200 }, (_, i) => ({ features: ['bias', 'x:number'], label: i % 4 !== 0 }));
    const ignored = fitEditors(articles, { prior: 'data', lambda: 0.01, dataWeight: 0 }, { weights: {}, rows });
    const counted = fitEditors(articles, { prior: 'data', lambda: 0.01, dataWeight: 1 }, { weights: {}, rows });
    expect(ignored['x:number'] ?? 0).toBeCloseTo(0, 5);
    expect(counted['x:number']).toBeGreaterThan(0.5);
  });

  it('stays near the silver prior when pulled hard towards it', () => {
    const silver = { bias: -2, 'x:hedge': 0.5 };
    const weights = fitEditors(articles, { prior: 'silver', lambda: 100 }, { weights: silver });
    expect(weights.bias).toBeCloseTo(-2, 1);
    expect(weights['x:hedge']).toBeCloseTo(0.5, 1);
  });
});

// The cross-validation must count what `npm run eval` and score.py count, or its figures compare nothing.
describe.runIf(existsSync(DEFAULT_EVAL_DIR))('the editors’ articles as the cross-validation reads them', () => {
  const articles = loadEditorArticles(DEFAULT_EVAL_DIR);
  const tallies = tallyChoice(articles, shippedModel, shippedChoice);

  it('gives the shipped engine the figures of scoreFollowups on both dev sets', () => {
    for (const corpus of ['polnear', 'bbc'] as const) {
      const expected = scoreFollowups({
        evalDir: DEFAULT_EVAL_DIR,
        analyze: analyzeArticle,
        corpus,
        wholeCorpus: false,
      });
      const got = figuresOf(tallies[corpus]);
      expect(tallies[corpus].labels).toBe(expected.flaggedLines);
      expect(got.recall).toBeCloseTo(expected.coverage, 10);
      expect(got.precision).toBeCloseTo(expected.precision, 10);
      expect(tallies[corpus].questions).toBe(expected.questions);
    }
  });
});
