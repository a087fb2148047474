import type { Sentence } from './analysis-types';
import { frontedSubjectAfter } from './fronted-phrase';
import { judgedTarget } from './judged-target';
import { mentionPremodifier } from './name-premodifier';
import { relationObject } from './relation-object';
import { relativeOutsider } from './relative-outsider';
import { reportedSubject } from './reported-subject';
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
  mention: { start: number; end: number; person: { surname: string } },
  quote: { start: number; end: number },
): boolean {
  if (judgedTarget(at, mention, quote) || relativeOutsider(at, mention, quote)) return true;
  // "A close friend of Mr. Kovac said": the friend speaks, never Kovac (relation-object.ts).
  // "…, telling Fox 35 that the group is "…"": the one told listens (told-object.ts).
  if (relationObject(at, mention, quote) || toldObject(at, mention, quote)) return true;
  // "When Trump suggested …, Rubio fired back: "…"": the subordinate clause's name (subordinate-clause-name.ts).
  if (subordinateClauseName(at, mention, quote)) return true;
  // "An aide said that Mr. Bellamy "will meet …"": the reported clause's subject (reported-subject.ts).
  if (reportedSubject(at, mention, quote)) return true;
  // "One Clinton spokesman has called it "…"": a name modifying the speaking noun names whom the speaker works for
  // (not when named again before the words: "at a Trump rally …, Mr. Trump said, "…"").
  if (mention.end <= quote.start && mentionPremodifier(at, mention.start, mention.end)) {
    const between = at.text.slice(
      mention.end - at.start,
      Math.min(quote.start - at.start, mention.end - at.start + 300),
    );
    if (quote.start - mention.end <= 300 && !between.includes(mention.person.surname)) return true;
  }
  if (mention.end > quote.start) return false;
  const end = mention.end - at.start;
  const described = DESCRIPTION_AFTER.exec(at.text.slice(end, end + 90));
  return described !== null && frontedSubjectAfter(at.text, mention.start - at.start, end + described[0].length);
}
