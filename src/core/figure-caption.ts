import type { Sentence } from './analysis-types';

/** A figure standing as a sentence of its own: "60.", "$50 million.", "7.7.", "30,000.", "3 percent.". */
const FIGURE_ALONE = /^[$£€]?\d[\d,.]*(?:\s*(?:%|percent|per cent|million|billion|trillion))?\.?$/i;

/**
 * "$50 million." then "The amount Trump essentially gave his campaign Thursday, …": a list of figures, each
 * followed by the noun phrase it measures, is how "by the numbers" items are written. That sentence is the
 * figure's caption, a noun phrase with no verb of its own; a template made of it asks "confirm that the amount
 * Trump gave …?", the figure lost. Its passage is shown instead.
 */
export function figureCaption(sentences: readonly Sentence[], index: number): boolean {
  const before = sentences[index - 1]?.text.trim();
  return before !== undefined && FIGURE_ALONE.test(before);
}
