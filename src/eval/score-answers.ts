import { join } from 'node:path';
import type { Analysis } from '../core/analysis-types';
import { answerQuestion } from '../core/answer-question';
import { type EvalOptions, readArticle, readJsonl, sentenceLines } from './eval-corpus';

interface QaLabel {
  article: string;
  question: string;
  answerable: boolean;
  answer_lines: number[];
}

interface AnswerMiss {
  article: string;
  question: string;
  expectedLines: number[];
  citedLine: number | null;
}

export interface AnswerScore {
  answerable: number;
  unanswerable: number;
  /** Share of answerable questions whose first cited sentence sits on an answer line. */
  top1: number;
  /** Share of unanswerable questions the engine declined to answer. */
  abstention: number;
  /** Share of answerable questions wrongly declined (counted as misses in top1 too). */
  falseAbstention: number;
  misses: AnswerMiss[];
}

export interface ScoreAnswersOptions extends EvalOptions {
  /** A JSONL file of reader questions in the qa-dev format; the dev labels by default. */
  labelsPath?: string;
}

export function scoreAnswers(options: ScoreAnswersOptions): AnswerScore {
  const { analyze } = options;
  const labels = readJsonl<QaLabel>(options.labelsPath ?? join(options.evalDir, 'labels', 'qa-dev.jsonl'));
  const cache = new Map<string, { analysis: Analysis; lines: Map<number, number> }>();
  let answerable = 0;
  let unanswerable = 0;
  let hits = 0;
  let abstained = 0;
  let falseAbstained = 0;
  const misses: AnswerMiss[] = [];
  for (const label of labels) {
    let entry = cache.get(label.article);
    if (!entry) {
      const text = readArticle(options.evalDir, label.article);
      const analysis = analyze(text);
      entry = { analysis, lines: sentenceLines(text, analysis) };
      cache.set(label.article, entry);
    }
    const result = answerQuestion(entry.analysis, label.question);
    const first = result.sentenceIds[0];
    const citedLine = first === undefined ? null : (entry.lines.get(first) ?? null);
    if (label.answerable) {
      answerable++;
      if (result.answer === null) falseAbstained++;
      if (citedLine !== null && label.answer_lines.includes(citedLine)) hits++;
      else
        misses.push({ article: label.article, question: label.question, expectedLines: label.answer_lines, citedLine });
    } else {
      unanswerable++;
      if (result.answer === null) abstained++;
      else misses.push({ article: label.article, question: label.question, expectedLines: [], citedLine });
    }
  }
  return {
    answerable,
    unanswerable,
    top1: answerable === 0 ? 0 : hits / answerable,
    abstention: unanswerable === 0 ? 0 : abstained / unanswerable,
    falseAbstention: answerable === 0 ? 0 : falseAbstained / answerable,
    misses,
  };
}
