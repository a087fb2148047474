/**
 * The training CV figure of issue 13 (session 26): the open questions scored on the editor-style
 * PolNeAR **train** labels, every article's questions chosen with a setting picked on the other folds
 * (by article, seeded, as `cv:followups` does on dev). The setting tried here is the one the train
 * labels point at: how far below a cue a sentence may be flagged on the scorer alone (`cueless`), the
 * largest miss class being passages no cue family reads.
 */
import { DEFAULT_CHOICE, type QuestionChoice, selectQuestions } from '../core/find-open-questions';
import { addTallies, type EditorArticle, EMPTY_TALLY, type Tally, tallyQuestions } from '../eval/followup-editor-data';
import { f1 } from './best-choice';
import { foldsOf } from './out-of-fold';

/** The cue-less bars tried (null: a cue is required, as shipped). */
const CUELESS_BARS: ReadonlyArray<number | null> = [null, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

export function tallyOf(articles: readonly EditorArticle[], choice: QuestionChoice): Tally {
  let t = EMPTY_TALLY;
  for (const a of articles) t = addTallies(t, tallyQuestions(a, selectQuestions(a.prepared, choice)));
  return t;
}

export interface TrainCvSplit {
  shipped: Tally;
  cv: Tally;
  /** The bar each fold chose. */
  chosen: Array<number | null>;
}

/**
 * Per split, the held-out tallies of the engine as shipped and of the cue-less bar chosen on the
 * training folds (the highest F1 there; the first in CUELESS_BARS on ties, so "none" wins a tie).
 */
export function trainCuelessCv(
  articles: readonly EditorArticle[],
  options: { splits: number; folds: number; bars?: ReadonlyArray<number | null> },
): TrainCvSplit[] {
  const bars = options.bars ?? CUELESS_BARS;
  const out: TrainCvSplit[] = [];
  for (let split = 1; split <= options.splits; split++) {
    let shipped = EMPTY_TALLY;
    let cv = EMPTY_TALLY;
    const chosen: Array<number | null> = [];
    for (const held of foldsOf(articles, options.folds, split)) {
      const train = articles.filter((a) => !held.includes(a));
      let best: number | null = null;
      let bestF1 = -1;
      for (const cueless of bars) {
        const f = f1(tallyOf(train, { ...DEFAULT_CHOICE, cueless }));
        if (f > bestF1 + 1e-12) {
          bestF1 = f;
          best = cueless;
        }
      }
      chosen.push(best);
      shipped = addTallies(shipped, tallyOf(held, DEFAULT_CHOICE));
      cv = addTallies(cv, tallyOf(held, { ...DEFAULT_CHOICE, cueless: best }));
    }
    out.push({ shipped, cv, chosen });
  }
  return out;
}
