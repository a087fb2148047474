import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, AnswerResult } from '../core/analysis-types';
import { answerFeatures } from '../core/answer-features';
import { answerQuestion } from '../core/answer-question';
import { rankAnswerSentences } from '../core/rank-answer-sentences';
import { type EvalOptions, readArticle, readJsonl, sentenceLines } from './eval-corpus';

/**
 * One reader question: BBC labels name answer lines, PolNeAR labels character spans (offsets into the
 * article's text; no article holds a character outside the BMP or a CR, so Python's and ours agree).
 */
export interface QaLabel {
  article: string;
  question: string;
  answerable: boolean;
  answer_lines?: number[];
  answer_spans?: Array<[number, number]>;
}

interface AnswerMiss {
  article: string;
  question: string;
  expected: string;
  cited: string | null;
  abstained: boolean;
}

export interface AnswerScore {
  answerable: number;
  unanswerable: number;
  /** Share of answerable questions whose first cited sentence sits on an answer line (or overlaps a span). */
  top1: number;
  /** Share of unanswerable questions the engine declined to answer. */
  abstention: number;
  /** Share of answerable questions wrongly declined (counted as misses in top1 too). */
  falseAbstention: number;
  falseAbstained: number;
  /** Share of answerable questions whose best-ranked sentence answers, never abstaining: the ranker alone. */
  rankingTop1: number;
  misses: AnswerMiss[];
}

export interface ScoreAnswersOptions extends EvalOptions {
  /** JSONL files of reader questions in the qa-dev format, read in order; the BBC dev labels by default. */
  labelsPath?: string | string[];
  /** Where an article's text lives; BBC layout (evalDir/bbc/article/<id>.txt) by default. */
  readText?: (article: string) => string;
  /** The answerer under test; answerQuestion by default. */
  answer?: (analysis: Analysis, question: string) => AnswerResult;
}

/** PolNeAR's layout: <evalDir>/polnear/article/<split>/<name>.txt, labels in <evalDir>/polnear. */
export function polnearOptions(evalDir: string, split: 'dev' | 'train' = 'dev'): Partial<ScoreAnswersOptions> {
  const root = join(evalDir, 'polnear');
  return {
    labelsPath: join(root, `qa-${split}.jsonl`),
    readText: (article) => readFileSync(join(root, 'article', `${article}.txt`), 'utf8'),
  };
}

/** The first-ranked sentence's position in analysis.sentences, in the order answerQuestion cites from. */
function bestRanked(analysis: Analysis, question: string): number | undefined {
  return rankAnswerSentences(answerFeatures(analysis, question).sentences)[0]?.index;
}

/**
 * Scores answers the way ../shared/eval/score.py does: right when the first cited sentence is on an
 * answer line (BBC) or overlaps an answer span (PolNeAR); an abstention is a null answer.
 */
export function scoreAnswers(options: ScoreAnswersOptions): AnswerScore {
  const { analyze } = options;
  const paths = options.labelsPath ?? join(options.evalDir, 'labels', 'qa-dev.jsonl');
  const labels = (typeof paths === 'string' ? [paths] : paths).flatMap((path) => readJsonl<QaLabel>(path));
  const readText = options.readText ?? ((article: string) => readArticle(options.evalDir, article));
  const answer = options.answer ?? answerQuestion;
  const cache = new Map<string, { analysis: Analysis; text: string; lines: Map<number, number> }>();
  let answerable = 0;
  let unanswerable = 0;
  let hits = 0;
  let abstained = 0;
  let falseAbstained = 0;
  let ranked = 0;
  const misses: AnswerMiss[] = [];
  for (const label of labels) {
    let entry = cache.get(label.article);
    if (!entry) {
      const text = readText(label.article);
      const analysis = analyze(text);
      entry = { analysis, text, lines: sentenceLines(text, analysis) };
      cache.set(label.article, entry);
    }
    const result = answer(entry.analysis, label.question);
    const first = entry.analysis.sentences.find((s) => s.id === result.sentenceIds[0]);
    const declined = result.answer === null || result.answer === '' || result.sentenceIds.length === 0;
    const cited = first && !declined ? first.text : null;
    if (label.answerable) {
      answerable++;
      if (declined) falseAbstained++;
      const { analysis, lines } = entry;
      const answers = (sentence: Analysis['sentences'][number] | undefined): boolean =>
        sentence !== undefined &&
        (label.answer_spans
          ? label.answer_spans.some(([start, end]) => sentence.start < end && sentence.end > start)
          : (label.answer_lines ?? []).includes(lines.get(sentence.id) ?? -1));
      const top = bestRanked(analysis, label.question);
      if (top !== undefined && answers(analysis.sentences[top])) ranked++;
      const hit = !declined && answers(first);
      if (hit) hits++;
      else misses.push({ ...missOf(label, entry.text), cited, abstained: declined });
    } else {
      unanswerable++;
      if (declined) abstained++;
      else misses.push({ article: label.article, question: label.question, expected: '', cited, abstained: false });
    }
  }
  return {
    answerable,
    unanswerable,
    top1: answerable === 0 ? 0 : hits / answerable,
    abstention: unanswerable === 0 ? 0 : abstained / unanswerable,
    falseAbstention: answerable === 0 ? 0 : falseAbstained / answerable,
    falseAbstained,
    rankingTop1: answerable === 0 ? 0 : ranked / answerable,
    misses,
  };
}

function missOf(label: QaLabel, text: string): Pick<AnswerMiss, 'article' | 'question' | 'expected'> {
  const lines = text.split('\n');
  const expected = label.answer_spans
    ? label.answer_spans.map(([s, e]) => text.slice(s, e)).join(' | ')
    : (label.answer_lines ?? []).map((n) => lines[n - 1] ?? '').join(' | ');
  return { article: label.article, question: label.question, expected };
}
