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

/**
 * A caption as a noun phrase on a common noun: its determiner, the noun, then "of", a relative word or a name opening
 * a clause without "that" ("The acreage of …", "The number of people The Washington Post reported …", "The amount
 * Trump essentially gave …", "the amount the board spent …"). A list's item after its number is a name or a headline ("Sen. Ted Cruz — Announced …",
 * "John Leguizamo On How …"), which opens no such phrase.
 */
const NOUN_PHRASE_CAPTION =
  /^The\s+[a-z]+(?:\s+of\b|\s+(?:that|who|which|whom|whose|the|a|an|his|her|its|their|this|these)\b|\s+[A-Z])/;

/**
 * The index of the figure a caption at `index` measures, or null: the passage shows the caption with it ("3. The
 * number of people The Washington Post reported …"), since the caption alone gives no number (sample 42's #41).
 */
export function figureOfCaption(sentences: readonly Sentence[], index: number): number | null {
  return figureCaption(sentences, index) && NOUN_PHRASE_CAPTION.test(sentences[index]!.text.trim()) ? index - 1 : null;
}
