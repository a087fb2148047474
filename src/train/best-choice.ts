/**
 * The choice of open questions (the scorer's weight against the cue strength, the two bars,
 * cue-less sentences) judged on the editors' labels: every choice tried, the best one kept.
 */
import { DEFAULT_CHOICE, type QuestionChoice, selectQuestions } from '../core/find-open-questions';
import {
  addTallies,
  type EditorArticle,
  EMPTY_TALLY,
  figuresOf,
  type Tally,
  tallyQuestions,
} from '../eval/followup-editor-data';

export type Choice = Omit<QuestionChoice, 'model'>;

export interface CorpusTallies {
  polnear: Tally;
  bbc: Tally;
}

/**
 * Every choice tried: the weight of the scorer against the cue strength, the two bars, cue-less sentences; the cue
 * families' prior on the order past the bars stays the shipped one.
 */
export const CHOICES: Choice[] = [2, 5, 10].flatMap((modelWeight) =>
  [0.5, 1, 1.5, 2, 2.5, 3, 4].flatMap((minScore) =>
    [1, 2, 3, 3.5, 5, Number.POSITIVE_INFINITY].flatMap((relativeBar) =>
      [null, 0.3, 0.5, 0.7].map((cueless) => ({
        modelWeight,
        minScore,
        relativeBar,
        cueless,
        familyLift: DEFAULT_CHOICE.familyLift,
      })),
    ),
  ),
);

/** The questions' tallies per corpus under one scorer and one choice. */
export function tallyChoice(
  articles: readonly EditorArticle[],
  model: QuestionChoice['model'],
  choice: Choice,
): CorpusTallies {
  const out: CorpusTallies = { polnear: EMPTY_TALLY, bbc: EMPTY_TALLY };
  for (const a of articles) {
    const questions = selectQuestions(a.prepared, { ...choice, model });
    out[a.corpus] = addTallies(out[a.corpus], tallyQuestions(a, questions));
  }
  return out;
}

/** F1 of a tally's recall and precision. */
export function f1(t: Tally): number {
  const { recall, precision } = figuresOf(t);
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}

/** What a choice is judged by: the mean of the two corpora's F1 (recall and precision weigh alike). */
function objective(t: CorpusTallies): number {
  return (f1(t.polnear) + f1(t.bbc)) / 2;
}

/** The objective of one choice when each article is asked with its own scorer. */
export function scoreWith(
  articles: readonly EditorArticle[],
  models: Map<EditorArticle, QuestionChoice['model']>,
  choice: Choice,
): number {
  const t: CorpusTallies = { polnear: EMPTY_TALLY, bbc: EMPTY_TALLY };
  for (const a of articles) {
    const questions = selectQuestions(a.prepared, { ...choice, model: models.get(a)! });
    t[a.corpus] = addTallies(t[a.corpus], tallyQuestions(a, questions));
  }
  return objective(t);
}

/** The best choice for `articles` under `modelFor` (a scorer per article), first in CHOICES order on ties. */
export function bestChoice(
  articles: readonly EditorArticle[],
  modelFor: (a: EditorArticle) => QuestionChoice['model'],
): { choice: Choice; score: number } {
  let best = CHOICES[0]!;
  let bestScore = -1;
  const models = new Map(articles.map((a) => [a, modelFor(a)]));
  for (const choice of CHOICES) {
    const score = scoreWith(articles, models, choice);
    if (score > bestScore + 1e-12) {
      best = choice;
      bestScore = score;
    }
  }
  return { choice: best, score: bestScore };
}
