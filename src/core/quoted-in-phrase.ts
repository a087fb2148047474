import { withinQuote } from './within-quote';

const MARKS = /["“”]/g;
const marksIn = (text: string) => text.match(MARKS)?.length ?? 0;

/**
 * Whether the phrase's character at `at` is inside quote marks, so a question must keep the word as written: a
 * quotation whole in the phrase ("would decide "once the divers have reported""), or one the phrase cut open on
 * either side (an odd count of marks before or after it), which may run on past the cut.
 */
export function quotedInPhrase(phrase: string, at: number): boolean {
  if (withinQuote(phrase, at)) return true;
  return marksIn(phrase.slice(0, at)) % 2 === 1 || marksIn(phrase.slice(at)) % 2 === 1;
}
