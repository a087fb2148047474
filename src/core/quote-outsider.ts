import type { Sentence } from './analysis-types';
import { frontedSubjectAfter } from './fronted-phrase';
import { judgedTarget } from './judged-target';
import { relativeOutsider } from './relative-outsider';

/** ", the chairman" / ", a senior aide": a description right after the name, its speech verb next. */
const DESCRIPTION_AFTER = /^,\s+(?:the|a|an)\s[^,;:"“”]{1,60}?(?=\s+(?:said|says|told|added|warned)\b)/i;

/**
 * Is the person named at `mention` someone the quotation is not by, whatever the ranker weighs: the one its words
 * judge ("accused Mr Sunak of "…""), the antecedent outside a relative's speech verb, a fronted phrase's object before
 * the description that speaks ("In a letter to Mr Hale, the chairman said", review s34 B-int-3). Read in the
 * quotation's own sentence. (The asker of a reported question before a quotation paragraph was tried and dropped: on
 * PolNeAR train the asker as often goes on speaking, "Mr. Rubin asked the students if …" ¶ "“When I was in college …”".)
 */
export function quoteOutsider(
  at: Sentence,
  mention: { start: number; end: number },
  quote: { start: number },
): boolean {
  if (judgedTarget(at, mention, quote) || relativeOutsider(at, mention, quote)) return true;
  if (mention.end > quote.start) return false;
  const end = mention.end - at.start;
  const described = DESCRIPTION_AFTER.exec(at.text.slice(end, end + 90));
  return described !== null && frontedSubjectAfter(at.text, mention.start - at.start, end + described[0].length);
}
