import { describe, expect, it } from 'vitest';
import type { OpenQuestion } from '../../src/core/analysis-types';
import {
  DEFAULT_CHOICE,
  MAX_QUESTIONS,
  type SelectableQuestions,
  selectQuestions,
} from '../../src/core/find-open-questions';
import { cueFamily } from '../../src/core/question-cues';
import type { SentenceEvidence } from '../../src/core/sentence-evidence';
import type { EditorArticle } from '../../src/eval/followup-editor-data';
import { fitFamilyPrior } from '../../src/train/fit-family-prior';

/** Invented leads, one a sentence, no two sharing their content words. */
const LEADS = [
  'The harbour board is scheduled to meet on Thursday about dredging.',
  'Councillors will vote next month on the library levy.',
  'The tribunal is expected to rule on the ferry licence in spring.',
  'A hearing on the quarry permit is set for June.',
  'Transit officials will announce bus fares after the audit.',
  'The school trustees plan to publish enrolment figures in March.',
  'The museum board meets again before the festival season.',
  'It was not clear whether the province would fund the bridge repairs.',
];

const UNKNOWN = LEADS.length - 1;
const shapeOf = (index: number): string => (index === UNKNOWN ? 'unclear' : 'schedule');

/** A prepared article of the leads above: all scheduled business but the last, the writer's own unknown. */
function prepared(): SelectableQuestions {
  const sentences = LEADS.map((_, index): SentenceEvidence => {
    const family = cueFamily(shapeOf(index));
    return {
      index,
      cue: { kind: family.kind, shape: family.shape, strength: family.strength, family },
      features: [`lead:${index}`],
      cueCount: 1,
      cuelessKind: 'pending',
    };
  });
  return {
    sentences,
    dispute: null,
    headline: null,
    used: [],
    extra: () => 0,
    item: (index) => ({ text: LEADS[index]!, kind: 'pending', sentenceIds: [index], alsoUses: null }),
  };
}

describe('the cue families’ record orders the leads past the bars', () => {
  // A lead's score is its cue's strength plus the weighted scorer's: every scheduled item sums to 7, the unknown to 6.7.
  const leadOf = (features: readonly string[]): number => Number(features[0]!.slice('lead:'.length));
  const model = (features: readonly string[]): number => {
    const i = leadOf(features);
    return (7 - (i === UNKNOWN ? 0.3 : 0) - cueFamily(shapeOf(i)).strength) / DEFAULT_CHOICE.modelWeight;
  };
  const asked = (qs: OpenQuestion[]) => qs.map((q) => q.sentenceIds[0]);

  it('gives a place to the writer’s own unknown when more leads pass than can be asked', () => {
    const p = prepared();
    const withPrior = selectQuestions(p, { ...DEFAULT_CHOICE, model });
    expect(withPrior).toHaveLength(MAX_QUESTIONS);
    expect(asked(withPrior)).toContain(UNKNOWN);
    const without = selectQuestions(p, { ...DEFAULT_CHOICE, model, familyLift: () => 0 });
    expect(asked(without)).toHaveLength(MAX_QUESTIONS);
    expect(asked(without)).not.toContain(UNKNOWN);
  });

  it('never lets the prior lift a lead over the bars', () => {
    // The unknown's score is its cue's strength alone (2.5): more than 3 below the article's best.
    const weak = (features: readonly string[]): number => (leadOf(features) === UNKNOWN ? 0 : model(features));
    const qs = selectQuestions(prepared(), { ...DEFAULT_CHOICE, model: weak, relativeBar: 3 });
    expect(asked(qs)).not.toContain(UNKNOWN);
  });
});

describe('fitFamilyPrior', () => {
  /** An editor-labelled article of cued sentences (shape, flagged), as the fitter reads it. */
  const article = (rows: ReadonlyArray<readonly [string | null, boolean]>): EditorArticle =>
    ({
      prepared: { sentences: rows.map(([shape], index) => ({ index, cue: shape ? { family: { shape } } : null })) },
      flagged: rows.map(([, f]) => f),
    }) as unknown as EditorArticle;

  it('lifts a family the editors flag more often than cued sentences at large, and lowers one flagged less', () => {
    const rows: Array<[string | null, boolean]> = [];
    for (let i = 0; i < 20; i++) rows.push(['refusal', i < 15], ['challenge', i < 3], [null, true]);
    const { base, lift } = fitFamilyPrior([article(rows)]);
    expect(base).toBeCloseTo(18 / 40, 3);
    expect(lift.refusal).toBeGreaterThan(0.5);
    expect(lift.challenge).toBeLessThan(-0.5);
  });

  it('pulls a family seen once towards no lift', () => {
    const rows: Array<[string | null, boolean]> = [['denial', true]];
    for (let i = 0; i < 30; i++) rows.push(['plan', i % 3 === 0]);
    const { lift } = fitFamilyPrior([article(rows)]);
    expect(lift.denial).toBeGreaterThan(0);
    expect(lift.denial).toBeLessThan(0.5);
  });
});
