import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { DEFAULT_EVAL_DIR, trainQuestionFiles } from '../../src/eval/run-eval';
import { polnearOptions, scoreAnswers } from '../../src/eval/score-answers';

// eval-floors.test.ts says what happens when the data is missing; here it is only skipped, so the
// failure is reported once.
const haveEvalData = existsSync(DEFAULT_EVAL_DIR);

// Our writers' 808 questions on 202 PolNeAR train articles: the largest set the shipped answer model
// (fitted on the dev questions) never saw. Scored on its own, not inside runEval, so the floors test
// stays as it was; this one analyses the 202 articles (about a minute on a shared machine).
describe.runIf(haveEvalData)('evaluation floors: answers on the 808 PolNeAR train questions (unseen)', () => {
  it('answers and abstains on questions the model was never fitted on', () => {
    const score = scoreAnswers({
      evalDir: DEFAULT_EVAL_DIR,
      analyze: analyzeArticle,
      ...polnearOptions(DEFAULT_EVAL_DIR, 'train'),
      labelsPath: trainQuestionFiles(),
    });
    expect(score.answerable).toBe(606);
    expect(score.unanswerable).toBe(202);
    // Measured 0.464 / 0.396 / 82 of 606 (13.5%), ranking alone 0.513 at engine 50 (0.342 abstention before its
    // "did X respond?" reading; 0.452 / 0.342 / 83 and 0.508 in session 15); the targets are 0.85 / 0.80 / 10%.
    expect(score.top1).toBeGreaterThanOrEqual(0.43);
    expect(score.abstention).toBeGreaterThanOrEqual(0.37);
    expect(score.falseAbstention).toBeLessThanOrEqual(0.15);
    expect(score.rankingTop1).toBeGreaterThanOrEqual(0.49);
  }, 300_000);
});
