import type { Analysis, Sentence } from '../core/analysis-types';

/**
 * A figure as written: "1.2871", "25", "3,000" (its sign and unit around it vary, the digits do
 * not). Digits inside a name are no figure: "G7", "MP3", "PlayStation 3" is a name's own number.
 */
const FIGURE = /(?<![\p{L}\d])\d+(?:[.,]\d+)*/gu;
/** A year dates the story rather than measure it: "Hansen 'delays return until 2006'" has no figure. */
const YEAR = /^(?:19|20)\d\d$/;
/** Sentences a "main figure" answer quotes: a headline with two figures gets both. */
const MOST = 2;

/**
 * The sentences that carry a story's main figure, for "what is the main figure?": the body's first
 * sentence holding each figure of the headline, else the brief's first summary sentence that holds
 * a figure (the lead's). Empty when neither has one: the article's figures are then details the
 * engine answers as questions, not its main figure, and the reply says it doesn't say.
 */
export function mainFigure(analysis: Analysis): Sentence[] {
  const body = analysis.sentences;
  const inTitle = figuresIn(analysis.title);
  if (inTitle.length > 0) {
    const found = inTitle.map((figure) => body.find((s) => figuresIn(s.text).includes(figure)));
    const sentences = [...new Set(found.filter((s) => s !== undefined))].slice(0, MOST);
    if (sentences.length > 0) return sentences;
  }
  const byId = new Map(body.map((s) => [s.id, s]));
  for (const item of analysis.summary) {
    const lead = item.sentenceIds.map((id) => byId.get(id)).find((s) => s && figuresIn(s.text).length > 0);
    if (lead) return [lead];
  }
  return [];
}

/** The figures a text holds, years left out. */
function figuresIn(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => m[0].replace(/[.,]$/, '')).filter((f) => !YEAR.test(f));
}
