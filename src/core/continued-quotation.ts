import type { Quote, Sentence } from './analysis-types';
import { MAX_PASSAGE_WORDS } from './passage-head';
import { DANGLING_OPENER } from './stand-alone-sentence';
import { wordCount } from './word-count';

/** A sentence that is a quotation and nothing else: its marks open and close it, no tag of its own. */
const BARE_QUOTATION = /^\s*["“‘']([^"“”]+)["”’']\s*$/;

/**
 * The index of the sentence a bare quotation at `index` continues, or null: one quotation the copy broke with its tag
 * ("“The first thing … is to stop the merger at the first vote,” he said. “Then, I intend to step aside.”", sample
 * 50's #43), when its words open on one whose referent lies outside the sentence (stand-alone-sentence.ts's openers:
 * "Then", "That", "It"), the sentence before holds a quotation by the same speaker, and the two fit one passage whole.
 * The passage then shows both, as a rebuttal is shown with the claim it answers (claim-answered.ts): "Then, I intend to
 * step aside" alone does not say after what.
 */
export function continuedQuotation(
  sentences: readonly Sentence[],
  index: number,
  quotes: readonly Quote[],
): number | null {
  const here = sentences[index]!;
  const before = sentences[index - 1];
  const words = BARE_QUOTATION.exec(here.text)?.[1];
  if (!before || words === undefined || !DANGLING_OPENER.test(words.trim())) return null;
  const speaker = quotes.find((q) => q.sentenceId === here.id)?.speaker;
  if (!speaker || !quotes.some((q) => q.sentenceId === before.id && q.speaker === speaker)) return null;
  return wordCount(before.text.trim()) + wordCount(here.text.trim()) > MAX_PASSAGE_WORDS ? null : index - 1;
}
