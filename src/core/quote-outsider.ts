import type { Sentence } from './analysis-types';
import { frontedSubjectAfter } from './fronted-phrase';
import { judgedTarget } from './judged-target';
import { relationObject } from './relation-object';
import { relativeOutsider } from './relative-outsider';
import { subordinateClauseName } from './subordinate-clause-name';
import { toldObject } from './told-object';

/** ", the chairman" / ", a senior aide": a description right after the name, its speech verb next. */
const DESCRIPTION_AFTER = /^,\s+(?:the|a|an)\s[^,;:"“”]{1,60}?(?=\s+(?:said|says|told|added|warned)\b)/i;

/**
 * Is the person named at `mention` someone the quotation is not by, whatever the ranker weighs: the one its words
 * judge ("accused Mr Sunak of "…""), the antecedent outside a relative's speech verb, a fronted phrase's object before
 * the description that speaks ("In a letter to Mr Hale, the chairman said", review s34 B-int-3), the one a speaking
 * relation's noun is of ("A close friend of Mr. Kovac said", review B-main-58), the one an active "told" addresses.
 * Read in the
 * quotation's own sentence. (The asker of a reported question before a quotation paragraph was tried and dropped: on
 * PolNeAR train the asker as often goes on speaking, "Mr. Rubin asked the students if …" ¶ "“When I was in college …”".)
 */
export function quoteOutsider(
  at: Sentence,
  mention: { start: number; end: number },
  quote: { start: number; end: number },
): boolean {
  if (judgedTarget(at, mention, quote) || relativeOutsider(at, mention, quote)) return true;
  // "A close friend of Mr. Kovac said": the friend speaks, never Kovac (relation-object.ts).
  // "…, telling Fox 35 that the group is "…"": the one told listens (told-object.ts).
  if (relationObject(at, mention, quote) || toldObject(at, mention, quote)) return true;
  // "When Trump suggested …, Rubio fired back: "…"": the subordinate clause's name (subordinate-clause-name.ts).
  if (subordinateClauseName(at, mention, quote)) return true;
  if (mention.end > quote.start) return false;
  const end = mention.end - at.start;
  const described = DESCRIPTION_AFTER.exec(at.text.slice(end, end + 90));
  return described !== null && frontedSubjectAfter(at.text, mention.start - at.start, end + described[0].length);
}
