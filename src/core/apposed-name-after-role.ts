import type { Sentence } from './analysis-types';
import { lowerBound } from './lower-bound';
import type { PersonMention } from './people';

/** How far past the role word its complement may run before the apposed name (a body's name of several words). */
const REACH = 120;

/**
 * What stands between a role word and a name apposed to the whole role phrase: the post's complement ("of the
 * council's harbour committee", "for transport") up to the phrase's comma. No stop, colon or bracket: those end the
 * phrase, and a name after them is no apposition.
 */
const COMPLEMENT_THEN_COMMA = /^\s+(?:of|for|at|on|in|to)\s+[^,;:()"“”.!?]{1,100},\s+$/;

/**
 * "The chair of the council's harbour committee, Lars Nyberg of the Centre Party, said": a definite role phrase with
 * its complement, then a comma and a named person, is that person's post as an apposition gives it, not a mention of
 * an earlier holder of a post with the same head ("… said Britt Engström, chair of the Boat Owners' Club"; audit 62,
 * B-a62-3). `end` is the absolute offset right after the role word.
 */
export function apposedNameAfterRole(sentence: Sentence, end: number, mentions: readonly PersonMention[]): boolean {
  // Only a complement's preposition asks for the name: a sentence of many role words is not searched per word.
  if (!/^\s+(?:of|for|at|on|in|to)\s/.test(sentence.text.slice(end - sentence.start, end - sentence.start + 5)))
    return false;
  const next = mentions[lowerBound(mentions, (m) => m.start < end)];
  if (!next || next.start - end > REACH) return false;
  return COMPLEMENT_THEN_COMMA.test(sentence.text.slice(end - sentence.start, next.start - sentence.start));
}
