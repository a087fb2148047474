import { collapseSpaces } from './collapse-spaces';

const QUOTE_MARK = /[“”"«»„]|''|``/;
const QUOTE_MARKS = /[“”"«»„]|''|``/g;
/** Marks left out on both sides: a quotation nested in a long one ("… the pooch.”") keeps the walk going. */
const bare = (text: string) => collapseSpaces(text.replace(QUOTE_MARKS, '')).trim();

/**
 * The sentences that lie wholly inside a quotation opened in an earlier sentence: no quote mark of
 * their own, every word inside a quote's text. Printed alone they read as the reporter's own claim
 * ("Something funny was going on with Trump last night."), so a summary passes them over.
 *
 * Each quote is walked once, from the sentence after the one it opens in, matching the next
 * sentences in order at a cursor that only moves forward and stopping at the first that is not
 * inside it: linear in the quotes' length however long one runs (a 100,000-character quote). A
 * sentence with marks of its own moves the cursor on but is not marked: it is no bare claim.
 */
export function insideQuotation(
  sentences: readonly { id: number; text: string }[],
  quotes: readonly { text: string; sentenceId: number }[],
): boolean[] {
  const inside = sentences.map(() => false);
  const at = new Map(sentences.map((s, i) => [s.id, i]));
  // A sentence's own bare text, made once: each quote opened before it walks it again.
  const bares: (string | undefined)[] = [];
  for (const quote of quotes) {
    const text = bare(quote.text);
    const opened = at.get(quote.sentenceId);
    if (opened === undefined || text.length === 0) continue;
    let cursor = 0;
    for (let i = opened + 1; i < sentences.length; i++) {
      const sentence = sentences[i]!.text;
      let own = bares[i];
      if (own === undefined) {
        own = bare(sentence);
        bares[i] = own;
      }
      const found = own.length > 0 ? text.indexOf(own, cursor) : -1;
      if (found < 0) break;
      inside[i] = !QUOTE_MARK.test(sentence);
      cursor = found + own.length;
    }
  }
  return inside;
}
