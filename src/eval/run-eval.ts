import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../core/analysis-types';
import { analyzeArticle } from '../core/analyze-article';
import { projectPath } from '../project-path';
import type { Analyzer } from './eval-corpus';
import { type Ceiling, followupCeiling } from './followup-ceiling';
import { loadEditorArticles, trainLabelSources } from './followup-editor-data';
import { type AnswerScore, polnearOptions, scoreAnswers } from './score-answers';
import { type FollowupScore, scoreFollowups } from './score-followups';
import { type QuoteScore, scoreQuotes } from './score-quotes';
import { type RoleScore, scoreRoles } from './score-roles';
import { formatSpeakerReport, type SpeakerReport, scoreSpeakers } from './score-speakers';
import { type SummaryScore, scoreSummary } from './score-summary';

/** The labelled data beside the repository: ../shared/eval from the repo root. */
export const DEFAULT_EVAL_DIR = projectPath('..', 'shared', 'eval');

/**
 * Our own reader questions over even-numbered (unlabelled) articles, written before looking at the
 * engine's answers: a check that the answer rules were not fitted to the 40 dev questions.
 */
const HOLDOUT_QA_PATH = projectPath('test', 'fixtures', 'qa-holdout.jsonl');

/**
 * Our writers' 808 reader questions on 202 PolNeAR train articles (session 12). The shipped answer
 * model is fitted on the dev questions only, so these are the largest set it never saw.
 */
const TRAIN_QA_DIR = projectPath('labels');

/** Every `polnear-qa-train-*.jsonl` in dir, sorted; none when the folder is absent. */
export function trainQuestionFiles(dir: string = TRAIN_QA_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^polnear-qa-train-.*\.jsonl$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export interface EvalReport {
  evalDir: string;
  quotes: QuoteScore;
  /** Quotes and speakers as score.py measures them: BBC dev, PolNeAR train and dev, British style. */
  speakers: SpeakerReport;
  answers: AnswerScore;
  /** Same scoring over HOLDOUT_QA_PATH (held-out articles, labels written by us, not the data set's). */
  holdoutAnswers: AnswerScore;
  /** PolNeAR dev: 120 reader questions over 30 US political articles (answer spans). */
  polnearAnswers: AnswerScore;
  /** PolNeAR train: our writers' questions (TRAIN_QA_DIR), unseen by the shipped model. */
  polnearTrainAnswers: AnswerScore;
  followups: FollowupScore;
  /** The same over PolNeAR dev (US political news, 103 passages flagged by an editor, as offsets). */
  polnearFollowups: FollowupScore;
  /**
   * The editor-style labels on PolNeAR train (labels/polnear-followups-train-*.jsonl): how many flagged passages a
   * candidate's question could cite at all (recall's ceiling: the cue families, not the ranking, decide it), and what
   * the questions cover (in-sample: the scorer is fitted on these labels); mostly the same train articles as the train
   * questions, so the memo analyses them once.
   */
  polnearTrainCeiling: Ceiling;
  summary: SummaryScore;
  /** Who-is-who roles against PolNeAR's annotated "Name, role" sources (train and dev). */
  roles: RoleScore[];
}

export interface RunEvalOptions {
  evalDir?: string;
  /** Held-out reader questions; HOLDOUT_QA_PATH by default. */
  holdoutPath?: string;
  /** Where the PolNeAR train questions live; TRAIN_QA_DIR by default. */
  trainQuestionsDir?: string;
  /** The engine under test; analyzeArticle by default. */
  analyze?: Analyzer;
}

/** Analyses each distinct text once, however many scorers (or a test's own corpus pass) ask for it. */
export function memoizeAnalyzer(analyze: Analyzer): Analyzer {
  const cache = new Map<string, Analysis>();
  return (text) => {
    let analysis = cache.get(text);
    if (!analysis) {
      analysis = analyze(text);
      cache.set(text, analysis);
    }
    return analysis;
  };
}

export function runEval(options: RunEvalOptions = {}): EvalReport {
  const evalDir = options.evalDir ?? DEFAULT_EVAL_DIR;
  const analyze = memoizeAnalyzer(options.analyze ?? ((text) => analyzeArticle(text)));
  return {
    evalDir,
    quotes: scoreQuotes({ evalDir, analyze }),
    speakers: scoreSpeakers({ evalDir, analyze }),
    answers: scoreAnswers({ evalDir, analyze }),
    holdoutAnswers: scoreAnswers({ evalDir, analyze, labelsPath: options.holdoutPath ?? HOLDOUT_QA_PATH }),
    polnearAnswers: scoreAnswers({ evalDir, analyze, ...polnearOptions(evalDir) }),
    polnearTrainAnswers: scoreAnswers({
      evalDir,
      analyze,
      ...polnearOptions(evalDir, 'train'),
      labelsPath: trainQuestionFiles(options.trainQuestionsDir ?? TRAIN_QA_DIR),
    }),
    followups: scoreFollowups({ evalDir, analyze }),
    polnearFollowups: scoreFollowups({ evalDir, analyze, corpus: 'polnear', split: 'dev' }),
    polnearTrainCeiling: followupCeiling(
      loadEditorArticles(evalDir, trainLabelSources(options.trainQuestionsDir ?? TRAIN_QA_DIR), analyze),
    ),
    summary: scoreSummary({ evalDir, analyze }),
    roles: (['train', 'dev'] as const).map((split) => scoreRoles({ evalDir, analyze, split })),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const num = (x: number): string => x.toFixed(3);

export function formatEvalReport(report: EvalReport): string {
  const {
    quotes,
    answers,
    holdoutAnswers: held,
    polnearAnswers: pol,
    polnearTrainAnswers: train,
    followups,
    polnearFollowups: pn,
    summary,
  } = report;
  const falseNo = (a: AnswerScore): string => `${num(a.falseAbstention)} (${a.falseAbstained}/${a.answerable})`;
  const answerLine = (a: AnswerScore): string =>
    `  top-1 ${num(a.top1)}  abstention ${num(a.abstention)}  false abstention ${falseNo(a)}  ranking alone ${num(a.rankingTop1)}`;
  return [
    `newsbrief eval on ${report.evalDir} (dev split)`,
    '',
    `Quotes (${quotes.articles} articles, ${quotes.utterances} utterances, ${quotes.reported} reported)`,
    `  precision ${num(quotes.precision)}  recall ${num(quotes.recall)}  speaker accuracy ${num(quotes.speakerAccuracy)}`,
    `  (precision counts utterances and scare-quote fragments as speech, titles as errors; utterances only: ${num(quotes.strictPrecision)})`,
    formatSpeakerReport(report.speakers),
    `Answers, BBC dev (${answers.answerable} answerable, ${answers.unanswerable} unanswerable)`,
    answerLine(answers),
    `Answers, PolNeAR dev (${pol.answerable} answerable, ${pol.unanswerable} unanswerable)`,
    answerLine(pol),
    `Answers, PolNeAR train questions (unseen by the shipped model; ${train.answerable} answerable, ${train.unanswerable} unanswerable)`,
    answerLine(train),
    `Answers, held-out, our labels (${held.answerable} answerable, ${held.unanswerable} unanswerable, even-numbered articles)`,
    answerLine(held),
    `Follow-ups (${followups.articles} articles, ${followups.flaggedLines} flagged lines, ${followups.questions} questions)`,
    `  coverage ${pct(followups.coverage)} of flagged lines  question precision ${pct(followups.precision)}`,
    `  max questions per article ${followups.maxQuestionsPerArticle} (labelled), ${followups.maxQuestionsPerCorpusArticle} (whole corpus)`,
    `Follow-ups, PolNeAR dev (${pn.articles} articles, ${pn.flaggedLines} flagged passages, ${pn.questions} questions)`,
    `  recall ${num(pn.coverage)}  precision ${num(pn.precision)}  max questions per article ${pn.maxQuestionsPerArticle}`,
    ...ceilingLines(report.polnearTrainCeiling),
    ...report.roles.map(
      (r) =>
        `Who is who, PolNeAR ${r.split} ("Name, role" sources): ${r.listed}/${r.people} people listed, role precision ${num(r.precision)} (${r.right}/${r.withRole}), role accuracy ${num(r.accuracy)}, whole ${r.whole}/${r.right}; protagonists listed ${r.protagonistsListed}/${r.protagonists}; people listed ${r.listedLines}, as the issue asks ${num(r.listedPrecision)} (${r.listedWarranted}; ${r.duplicates} duplicates, ${r.nonPersons} not people), named sources listed ${r.sourcesListed}/${r.sources}`,
    ),
    `Summary ROUGE-2 vs reference (${summary.articles} articles, mean ${summary.meanSummarySentences.toFixed(2)} sentences)`,
    `  engine   F1 ${num(summary.engine.f1)}  recall ${num(summary.engine.recall)}  precision ${num(summary.engine.precision)}`,
    `  LEAD-${summary.leadK}   F1 ${num(summary.lead.f1)}  recall ${num(summary.lead.recall)}  precision ${num(summary.lead.precision)}`,
    `  LEAD-n   F1 ${num(summary.leadMatched.f1)}  recall ${num(summary.leadMatched.recall)}  precision ${num(summary.leadMatched.precision)}  (n = engine's length per article)`,
  ].join('\n');
}

/** The train labels' candidate recall (what any ranking could reach) beside what the questions reach. */
function ceilingLines(c: Ceiling): string[] {
  const share = (n: number): string => `${num(n / Math.max(1, c.passages))} (${n}/${c.passages})`;
  return [
    `Follow-ups, PolNeAR train editor labels (${c.articles} articles, ${c.passages} flagged passages, ${c.questions} questions; the scorer is fitted on these)`,
    `  candidate recall ${share(c.reachable)}  recall ${share(c.covered)}  questions citing none ${c.citingNone}`,
  ];
}
