import type { Sentence } from './analysis-types';
import { endsFrontedPhrase } from './fronted-phrase';
import type { PersonMention } from './people';
import { titledObject } from './titled-object';

/** A name right after one of these is its object ("hosted by Gordon Brown", "for Blair"), not a subject. */
export const PREPOSITION_BEFORE =
  /\b(?:for|of|to|with|by|from|about|at|on|against|and|like|than|over|into|in)\s+(?:the\s+)?$/i;

/**
 * The name right before a subject phrase and its comma: "Colin Asplin, Blackpool Hotel Association said" is an
 * appositive whose closing comma is missing, so the name speaks. `{ objectOf }` when that name is the object of a
 * preposition or ends a fronted phrase ("In an interview with hosts Jo Bell and Al Roy, the candidate said"): no
 * subject whose comma went missing, and what follows the comma is the subject only as a description ("…in San
 * Bernardino, Calif., based on accounts from officials, reported" names no one), never that object, whose comma the
 * people index may have read as an apposition ("Jo Bell, the candidate"). `start` is the phrase's absolute offset.
 */
export function nameJustBefore(
  sentence: Sentence,
  mentions: readonly PersonMention[],
  start: number,
  isQuoted: (offset: number) => boolean,
): PersonMention | { objectOf: PersonMention } | null {
  for (const mention of mentions) {
    if (mention.possessive || isQuoted(mention.start)) continue;
    const between = sentence.text.slice(mention.end - sentence.start, start - sentence.start);
    if (!/^,\s*$/.test(between)) continue;
    const at = mention.start - sentence.start;
    const before = sentence.text.slice(Math.max(0, at - 80), at);
    // "After meeting Mayor Ann Fox,", "Flanked by Sen. Amy Reid,": the name ends a fronted phrase, no subject.
    const fronted = endsFrontedPhrase(sentence.text, at);
    return fronted || PREPOSITION_BEFORE.test(before.slice(-30)) || titledObject(before)
      ? { objectOf: mention }
      : mention;
  }
  return null;
}
