import type { QuestionInput } from './prepare-questions';
import { quotationOpening, quotationRest } from './quotation-opening';
import { normalizeQuoteMarks } from './quote-marks';
import { sentenceSpeakers } from './sentence-speakers';

/**
 * A sentence that opens on a quotation mark (curly, straight, NYT's ''): words running on from a speaker named before.
 * Read on the marks as the quote readers see them, so British copy's '…' opens a quotation and an apostrophe does not.
 */
const OPENS_QUOTED = /^\s*(?:[“"‘]|'')/;

/**
 * The sentences one claim spans around the sentence a question is built from (their ids, in order): the rest of a
 * quotation it opens or closes within its paragraph, and the same speaker's words on either side when the later
 * sentence opens on a quotation mark in the same paragraph ("Manafort said the appeal would transcend race. “We
 * think those messages will resonate,” he said."). The question asks of the claim, not of its first sentence, so
 * it cites the whole, as an answer cites a quotation's opening and its speaker's words running on (answer-cited.ts).
 * Of 30 train passages flagged beside an asked sentence, 5 were such a claim's other sentence (fu47).
 */
export function claimSpan(
  input: Pick<QuestionInput, 'sentences' | 'quotes' | 'statements'>,
): (index: number) => number[] {
  const { sentences } = input;
  // The article's own quote-mark style, decided once as the quote readers decide it (review s48 B-a49-11).
  const marked = normalizeQuoteMarks(sentences);
  const speakers = sentenceSpeakers(input);
  // The later sentence must hold the speaker's quotation, not only a statement the speaker reading credits.
  const quoted = new Map<number, string>();
  for (const q of input.quotes) if (q.speaker) quoted.set(q.sentenceId, q.speaker);
  const whole = (i: number): number[] => [...quotationOpening(marked, i), i, ...quotationRest(marked, i)];
  return (index) => {
    const out = new Set(whole(index));
    const here = sentences[index]!;
    const speaker = speakers.get(here.id);
    const runsOn = (i: number): boolean =>
      OPENS_QUOTED.test(marked[i]!.text) && marked[i]!.paragraph === here.paragraph;
    const after = Math.max(...out) + 1;
    const next = sentences[after];
    if (speaker && next && quoted.get(next.id) === speaker && runsOn(after)) for (const i of whole(after)) out.add(i);
    const first = Math.min(...out);
    const before = sentences[first - 1];
    if (speaker && before && speakers.get(before.id) === speaker && runsOn(first))
      for (const i of whole(first - 1)) out.add(i);
    return [...out].sort((a, b) => a - b).map((i) => sentences[i]!.id);
  };
}
