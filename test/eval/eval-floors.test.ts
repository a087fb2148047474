import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { DEFAULT_EVAL_DIR, type EvalReport, formatEvalReport, memoizeAnalyzer, runEval } from '../../src/eval/run-eval';
import { corpusQuestionProblems } from '../support/corpus-question-problems';

const haveEvalData = existsSync(DEFAULT_EVAL_DIR);
const missing = `the labelled evaluation data is missing: no folder at ${DEFAULT_EVAL_DIR} (the shared/eval folder beside the checkout)`;

// In CI a missing corpus is a failure: a quality gate that can silently vanish is not a gate.
if (!haveEvalData && process.env.CI) {
  it('has the labelled evaluation data in CI', () => {
    expect.fail(missing);
  });
} else if (!haveEvalData) {
  console.warn(`Evaluation floors skipped: ${missing}`);
  it.skip(`evaluation floors (skipped locally: ${missing})`);
}

// Floors sit a little below the scores measured on the dev split; the targets are in the issue.
describe.runIf(haveEvalData)('evaluation floors (dev split)', () => {
  let report: EvalReport;
  // One analysis per text for every check in this file: the scorers, the 808 train questions (their 202 articles are
  // among the train articles the role scorer reads) and the question-grammar pass over the same corpus. Each of the
  // last two once analysed its articles again in a file of its own (about 35 s of CI between them).
  const analyze = memoizeAnalyzer((text) => analyzeArticle(text));
  beforeAll(() => {
    report = runEval({ evalDir: DEFAULT_EVAL_DIR, analyze });
  }, 300_000);

  it('finds quotes and their speakers', () => {
    expect(report.quotes.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.quotes.precision).toBeGreaterThanOrEqual(0.95);
    // Here a null speaker where the label has one counts wrong: the ranker abstains on weak evidence.
    expect(report.quotes.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('names speakers on copy the rules were not written from, and abstains rather than guess', () => {
    // score.py's definitions (src/eval/score-attribution.ts); measured figures in the README's Evaluation table.
    const { bbcDev, polnearTrain, polnearDev, britishDev } = report.speakers;
    for (const s of [bbcDev, polnearTrain, polnearDev, britishDev]) {
      expect(s.unprintable).toBe(0);
      expect(s.recall).toBeGreaterThanOrEqual(0.97);
    }
    expect(bbcDev.precision).toBeGreaterThanOrEqual(0.99);
    expect(bbcDev.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(bbcDev.speakerPrecision).toBeGreaterThanOrEqual(0.98);
    // Measured 0.960 / 0.955, recall 0.985 / 0.982, threshold 0.92 chosen by the honest 5-fold CV on train
    // (session 28's refit of a file engine 36 wrote: 0.959 / 0.955, 0.985 / 0.985 at its 0.91; 0.944 /
    // 0.947, 0.993 / 0.990 before the acceptance model, quote-acceptance.ts; 0.942 / 0.944 before
    // the sixth round).
    expect(polnearDev.precision).toBeGreaterThanOrEqual(0.95);
    // Train's precision measured 0.946 since session 28 read paired '' marks as quotes: 58 of its 60 new spans sit in
    // 3 train articles whose labels (built from " marks only) hold one fragment each, so they count as errors.
    expect(polnearTrain.precision).toBeGreaterThanOrEqual(0.94);
    expect(polnearDev.recall).toBeGreaterThanOrEqual(0.98);
    expect(polnearTrain.recall).toBeGreaterThanOrEqual(0.98);
    expect(polnearDev.speakerAccuracy).toBeGreaterThanOrEqual(0.89);
    expect(polnearDev.speakerPrecision).toBeGreaterThanOrEqual(0.97);
    // Measured train 0.894 / 0.968 (5-fold cross-validated in npm run train:speakers: see docs/evaluation.md).
    expect(polnearTrain.speakerAccuracy).toBeGreaterThanOrEqual(0.885);
    expect(polnearTrain.speakerPrecision).toBeGreaterThanOrEqual(0.965);
    // British single-quote copy scores within 0.03 of the same articles in double quotes.
    expect(britishDev.recall).toBeGreaterThanOrEqual(bbcDev.recall - 0.03);
    expect(britishDev.speakerAccuracy).toBeGreaterThanOrEqual(bbcDev.speakerAccuracy - 0.03);
    expect(britishDev.precision).toBeGreaterThanOrEqual(bbcDev.precision - 0.03);
  });

  it('answers questions and abstains when the article does not say (BBC dev)', () => {
    expect(report.answers.answerable).toBeGreaterThan(0);
    // Measured 0.833 / 0.60 / 0 of 30 (0.50 abstention before engine 23's relation signal; 0.800 /
    // 0.50 / 1 before abstention read the question's type group); the targets are 0.85 / 0.80 / 10%.
    expect(report.answers.top1).toBeGreaterThanOrEqual(0.8);
    expect(report.answers.abstention).toBeGreaterThanOrEqual(0.55);
    expect(report.answers.falseAbstention).toBeLessThanOrEqual(0.04);
  });

  it('answers questions on US political news (PolNeAR dev)', () => {
    expect(report.polnearAnswers.answerable).toBe(90);
    // Measured 0.544 / 0.733 / 8 of 90 (0.667 before engine 50's "did X respond?" read as X's words or refusal;
    // 0.600 / 7 before engine 28's figure owner, 'bound';
    // 0.533 / 0.533 / 7 before engine 23's abstention signals and
    // typing fixes; 0.522 / 0.533 / 10 before abstention read the question's type group;
    // before this engine: 0.411 / 0.50 / 18 of 90).
    expect(report.polnearAnswers.top1).toBeGreaterThanOrEqual(0.52);
    expect(report.polnearAnswers.abstention).toBeGreaterThanOrEqual(0.7);
    // Measured 10 of 90 at engine 82 (9 before): the new decline replaced a wrong citation (a doer question whose
    // best sentence never says the act, unsaid-act.ts); top-1 did not move. The target stays ≤ 10%, not met.
    expect(report.polnearAnswers.falseAbstention).toBeLessThanOrEqual(0.12);
  });

  it('answers and abstains on the 808 PolNeAR train questions, which the model (fitted on dev) never saw', () => {
    const score = report.polnearTrainAnswers;
    expect(score.answerable).toBe(606);
    expect(score.unanswerable).toBe(202);
    // Measured 0.464 / 0.396 / 82 of 606 (13.5%), ranking alone 0.513 at engine 50 (0.342 abstention before its
    // "did X respond?" reading; 0.452 / 0.342 / 83 and 0.508 in session 15); the targets are 0.85 / 0.80 / 10%.
    expect(score.top1).toBeGreaterThanOrEqual(0.43);
    expect(score.abstention).toBeGreaterThanOrEqual(0.37);
    expect(score.falseAbstention).toBeLessThanOrEqual(0.15);
    expect(score.rankingTop1).toBeGreaterThanOrEqual(0.49);
  });

  it('answers our held-out questions on articles the model was not fitted on', () => {
    // test/fixtures/qa-holdout.jsonl: 64 questions on 16 even-numbered articles, our labels, never
    // trained on; measured 0.875 / 0.625 / 0 of 48 (0.854 before engine 23; 0.792 / 0.688 / 1
    // before issue 12).
    expect(report.holdoutAnswers.answerable).toBeGreaterThanOrEqual(40);
    expect(report.holdoutAnswers.top1).toBeGreaterThanOrEqual(0.83);
    expect(report.holdoutAnswers.abstention).toBeGreaterThanOrEqual(0.56);
    expect(report.holdoutAnswers.falseAbstention).toBeLessThanOrEqual(0.05);
  });

  it('covers editor-flagged lines with at most six questions per article', () => {
    expect(report.followups.coverage).toBeGreaterThanOrEqual(0.8);
    expect(report.followups.precision).toBeGreaterThanOrEqual(0.77);
    expect(report.followups.maxQuestionsPerArticle).toBeLessThanOrEqual(6);
    expect(report.followups.maxQuestionsPerCorpusArticle).toBeLessThanOrEqual(6);
  });

  it('covers passages an editor flagged in US political news (PolNeAR dev: the bars and cue heads were chosen on it)', () => {
    // Measured 0.447 / 0.409 (0.391 before engine 32 read a narrated conflict, a settled ruling and a standing rule as no dispute or pending; 0.395 before engine 31 refused the criticism template on a sentence that names its own criticism; 0.391 before engine 28 read survey answers, dated past events and the writer's "likely to" as nothing pending; 0.388 before engine 25 read a challenge still to come as no dispute, 0.427 / 0.364 before engine 25 read an infinitive as pending only after a forward-looking word, 0.361 before it read a pending or challenge cue only where it governs the main claim; 0.358 before engine 24 read "deny" that withholds as no denial; 0.355 before a site's "Editor’s note" stopped counting as a lead;
    // baseline before issue 13: 0.155 / 0.254).
    expect(report.polnearFollowups.flaggedLines).toBe(103);
    expect(report.polnearFollowups.coverage).toBeGreaterThanOrEqual(0.44);
    expect(report.polnearFollowups.precision).toBeGreaterThanOrEqual(0.38);
    expect(report.polnearFollowups.maxQuestionsPerArticle).toBeLessThanOrEqual(6);
  });

  it('gives people the role the copy gives them (PolNeAR "Name, role" sources as silver labels)', () => {
    // Measured train 0.988 / 0.959, dev 1.000 / 0.945 (who22: its officer, web addresses, capitalised heads, long posts, quoted titles; 0.984 / 0.922 at engine 36; 0.984 / 0.921 and 1.000 / 0.944 at engine 35; 0.983 / 0.883 and 1.000 / 0.889 at engine 34; before: 0.873 / 0.703 and 0.850 / 0.723);
    // people listed 584/630 (573 at engine 34, 572 571 before engine 30 read sample 12's classes, 570 before a quoted or titled first name made a place word a surname, 568 before engine 28's name layer; 552 before engine 25 read stdlib's first-name lists and paired given names; 551 on sample 8's branch alone, 554 with the name layer's fixes alone) and 54/56 (before 471 and 47; 491 and 49 with eight people at most; 553 before
    // sample 8's fixes: a person introduced by a role word displaced a silver one past twelve, and "Win Htein"
    // went with the slogans and openers ("Never Trump", "Within Sanders") whose first word the copy writes lower-case);
    // protagonists (two or more annotated attributions) listed 812/820 and 76/77 (811 and 75 before engine 31 read "the Hillary Clinton campaign"; 809 before engine 28; before 771, 70; 800
    // and 74 before sample 6's fixes: surnames titled or followed by "he", full names the finder missed).
    const [train, dev] = report.roles;
    expect(train!.people).toBeGreaterThan(500);
    expect(dev!.people).toBeGreaterThan(40);
    expect(train!.precision).toBeGreaterThanOrEqual(0.95);
    expect(train!.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(dev!.precision).toBeGreaterThanOrEqual(0.95);
    expect(dev!.accuracy).toBeGreaterThanOrEqual(0.92);
    expect(train!.listed / train!.people).toBeGreaterThanOrEqual(0.93);
    expect(dev!.listed / dev!.people).toBeGreaterThanOrEqual(0.92);
    expect(train!.protagonists).toBeGreaterThan(700);
    expect(train!.protagonistsListed / train!.protagonists).toBeGreaterThanOrEqual(0.98);
    expect(dev!.protagonistsListed / dev!.protagonists).toBeGreaterThanOrEqual(0.97);
    // who24 (session 20): train people listed 590/630, role precision 0.988 (566/573), protagonists 815/820, as the issue
    // asks 0.923 (4133/4478), named sources 2271/2602; dev unchanged — the floors below stay under both.
    // who26 (session 21): train 597/630 listed, role precision 0.988 (576/583), accuracy 0.965, as the issue asks 0.923
    // (4140/4485), named sources 2278/2602; dev accuracy 0.964 (53/55), 0.889 (401/451): train floors raised under them.
    // who27 (session 22): train 598/630, 0.988 (577/584), protagonists 816/820, 0.923 (4146/4490), named sources
    // 2281/2602; mended (whomend, review B-w2): 598/630, 0.988 (577/584), 815/820, 0.923 (4143/4488), 2280/2602 (4144/4489 with gram18); dev
    // unchanged — the floors stay under both.
    // The list itself (engine 36): of the people lines, as the issue asks 0.922 train, 0.891 dev (0.830 / 0.825 when
    // people named once in passing were listed); named sources listed 2261/2602 and 227/256, so listing fewer is seen.
    // who30 (session 24): the scorer reads every word of a line (whole-person.ts) and counts one person once
    // (same-listed-person.ts): as the issue asks 0.923 -> 0.904 train (4057/4487; 2 duplicates, 123 not people),
    // 0.889 -> 0.858 dev (386/450; 0, 21), the engine unchanged; the dev floor moves under the new figure. An epithet
    // on a listed given name is no person (who-is-who-epithet.ts): train 0.906 (4057/4480; 2, 116), dev unchanged.
    expect(train!.listedPrecision).toBeGreaterThanOrEqual(0.9);
    expect(dev!.listedPrecision).toBeGreaterThanOrEqual(0.85);
    expect(train!.nonPersons / train!.listedLines).toBeLessThanOrEqual(0.035);
    expect(dev!.nonPersons / dev!.listedLines).toBeLessThanOrEqual(0.055);
    expect(train!.sourcesListed / train!.sources).toBeGreaterThanOrEqual(0.84);
    expect(dev!.sourcesListed / dev!.sources).toBeGreaterThanOrEqual(0.85);
  });

  it('beats LEAD-3 on ROUGE-2 against the reference summaries', () => {
    expect(report.summary.articles).toBeGreaterThan(0);
    expect(report.summary.engine.f1).toBeGreaterThanOrEqual(0.52);
    expect(report.summary.engine.f1).toBeGreaterThan(report.summary.lead.f1);
    expect(report.summary.engine.recall).toBeGreaterThan(report.summary.lead.recall);
  });

  it('asks questions that read cleanly on BBC and PolNeAR dev and train (no finite verb in a subject slot, cut number, altered word, cut clause or repeat)', () => {
    // About 3,000 questions over 1,000 articles; test/support/question-grammar.ts is the reader, tested in
    // test/core/question-grammar.test.ts.
    const { asked, problems } = corpusQuestionProblems(DEFAULT_EVAL_DIR, analyze);
    expect(asked).toBeGreaterThan(2400);
    expect(problems).toEqual([]);
  }, 180_000);

  it('prints every figure', () => {
    const text = formatEvalReport(report);
    for (const label of [
      'precision',
      'recall',
      'speaker accuracy',
      'speaker-precision',
      'PolNeAR train (fit)',
      'PolNeAR dev (choice)',
      'British style',
      'unprintable-speakers',
      'top-1',
      'abstention',
      'held-out, our labels',
      'PolNeAR dev',
      'false abstention',
      'coverage',
      'question precision',
      'max questions',
      'LEAD-3',
      'engine',
      'role precision',
    ]) {
      expect(text).toContain(label);
    }
  });
});
