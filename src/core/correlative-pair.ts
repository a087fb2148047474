/**
 * The word spans of correlative pairs in a passage's words: "not only / not just / not merely / not simply" up to the
 * "but" that answers it ("not only to change their allegiance, but also to go against …"). The first half says that
 * more is coming; a cut between the two keeps the promise and drops what it promised (sample 50's #5), so a passage
 * cut never falls inside a span. An opener no "but" answers within the passage opens no span.
 */

const OPENER = /^not$/i;
const SECOND_WORD = /^(?:only|just|merely|simply)[,;:]?$/i;
const ANSWER = /^but$/i;

/** Spans [open, close): words[open] is "not", words[close] the answering "but". */
export function correlativePairs(words: readonly string[], from: number): { open: number; close: number }[] {
  const spans: { open: number; close: number }[] = [];
  for (let i = from; i < words.length - 1; i++) {
    if (!OPENER.test(words[i]!) || !SECOND_WORD.test(words[i + 1]!)) continue;
    let j = i + 2;
    while (j < words.length && !ANSWER.test(words[j]!)) j++;
    if (j >= words.length) break;
    spans.push({ open: i, close: j });
    i = j;
  }
  return spans;
}
