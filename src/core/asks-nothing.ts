import type { Analysis } from './analysis-types';

/** Quote marks that open or close speech; a straight single mark is left out, as apostrophes share it. */
const SPEECH_MARK = /["“”‘]/;

/**
 * The copy's own question, standing outside quote marks ("What was the hardest year?" in an interview, a reporter's
 * "But will it work?"): it states nothing, so it answers nothing, however many of the reader's words it repeats. The
 * answer it sets up is the sentence after it, which the neighbour features still credit.
 */
export function asksNothing(analysis: Analysis, index: number): boolean {
  const sentence = analysis.sentences[index]!;
  const text = sentence.text.trim();
  if (!text.endsWith('?') || SPEECH_MARK.test(text) || text.startsWith("'")) return false;
  return !analysis.quotes.some((q) => q.sentenceId === sentence.id);
}
