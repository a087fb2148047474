import type { QuestionInput } from './prepare-questions';
import { quotationOpening, quotationRest } from './quotation-opening';

/** A sentence that opens on a quotation mark (curly, straight, NYT's ''): words running on from a speaker named before. */
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
  const speakers = new Map<number, string>();
  for (const s of input.statements) speakers.set(s.sentenceId, s.speaker);
  for (const q of input.quotes) if (q.speaker && !speakers.has(q.sentenceId)) speakers.set(q.sentenceId, q.speaker);
  // The later sentence must hold the speaker's quotation, not only a statement the speaker reading credits.
  const quoted = new Map<number, string>();
  for (const q of input.quotes) if (q.speaker) quoted.set(q.sentenceId, q.speaker);
  const whole = (i: number): number[] => [...quotationOpening(sentences, i), i, ...quotationRest(sentences, i)];
  return (index) => {
    const out = new Set(whole(index));
    const here = sentences[index]!;
    const speaker = speakers.get(here.id);
    const runsOn = (s: { text: string; paragraph: number }): boolean =>
      OPENS_QUOTED.test(s.text) && s.paragraph === here.paragraph;
    const next = sentences[Math.max(...out) + 1];
    if (speaker && next && quoted.get(next.id) === speaker && runsOn(next))
      for (const i of whole(Math.max(...out) + 1)) out.add(i);
    const first = Math.min(...out);
    const before = sentences[first - 1];
    if (speaker && before && speakers.get(before.id) === speaker && runsOn(sentences[first]!))
      for (const i of whole(first - 1)) out.add(i);
    return [...out].sort((a, b) => a - b).map((i) => sentences[i]!.id);
  };
}
