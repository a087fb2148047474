import type { Sentence } from './analysis-types';
import { PREPOSITION_BEFORE } from './name-just-before';
import type { PersonMention } from './people';
import type { ResolvedSpeaker } from './speaker-resolution';

/**
 * "A source close to the chancellor told me she was "torn"", "an aide to Ms Reid said": the rules read the tag as a
 * description that names a person only as its complement, so that person is whom the speaker is near or works for,
 * never the speaker (audit 59, B-a59-2: the ranker took the chancellor named inside the phrase). True when `mention`
 * ends the rules' description, after a preposition of it.
 */
export function ruleDescriptionObject(
  rule: ResolvedSpeaker | null,
  sentence: Sentence,
  mention: PersonMention,
): boolean {
  if (!rule || rule.person || rule.message || !rule.name.includes(' ')) return false;
  const phrase = rule.name.toLowerCase();
  const text = sentence.text.toLowerCase();
  const at = mention.start - sentence.start;
  const end = mention.end - sentence.start;
  for (let i = text.indexOf(phrase); i >= 0 && i < at; i = text.indexOf(phrase, i + 1))
    // The phrase ends on the name: "a spokesman for Bernie Sanders could only" is a clause the rules cut wrong.
    if (end === i + phrase.length) return PREPOSITION_BEFORE.test(sentence.text.slice(i, at));
  return false;
}
