import type { Sentence } from './analysis-types';
import type { PersonMention } from './people';

const HE_OR_SHE = /\b(?:he|she)\b/gi;
/** A sentence opening on a common-noun subject ("The woman disputes …", "This voter said …"). */
const DESCRIPTION_SUBJECT = /^(?:The|This|That|A|An)\s+[a-z]/;

export interface SubjectPronouns {
  /** Absolute offsets of the sentence's first "he" and first "she" outside quotation marks. */
  he: number | null;
  she: number | null;
}

/**
 * Where a sentence first says "he" and "she" in the reporter's own words. Both are nominative, so
 * each is a subject: the person it stands for is who that clause is about, the antecedent a later
 * pronoun most likely continues (review B-main-5: "…, and she doesn't think Clinton can …" then
 * "…," she said" is the woman the paragraph is about, not Clinton). A pronoun after a description
 * subject with no name before it ("The woman disputes that she …") may stand for the description,
 * which names no one: it is left out.
 */
export function subjectPronouns(
  sentence: Sentence,
  mentions: PersonMention[],
  isQuoted: (offset: number) => boolean,
): SubjectPronouns {
  const found: SubjectPronouns = { he: null, she: null };
  for (const match of sentence.text.matchAll(HE_OR_SHE)) {
    const at = sentence.start + match.index;
    const word = match[0].toLowerCase() as 'he' | 'she';
    if (found[word] !== null || isQuoted(at)) continue;
    found[word] = at;
    if (found.he !== null && found.she !== null) break;
  }
  if (DESCRIPTION_SUBJECT.test(sentence.text)) {
    const described = (at: number | null): boolean => at !== null && !mentions.some((m) => m.start < at);
    if (described(found.he)) found.he = null;
    if (described(found.she)) found.she = null;
  }
  return found;
}
