import { clauseAfter } from './claim-phrases';
import type { PhraseContext } from './phrase-question';
import { pronounInSubject } from './pronoun-in-subject';
import { willQuestion } from './will-question';

/**
 * A pseudo-cleft whose what-clause says what is not known, and whose focus, after "is", is the wh-clause left open
 * (audit 60's B-a60-17): "What remains unclear is whether …", "What nobody knows is how …", "What the survey cannot
 * tell us is how many …". The wh-clause is the open question. The what-clause's predicate is one of the unknown cue's
 * own (unclear, unknown, uncertain, not known) or a negated verb of knowing or telling with at most four words before
 * it (its subject); the focus must open with a wh-word, so "What is unclear is the funding" (a noun) is no cue.
 */
const WH = '(?:whether|if|how|who|whom|whose|what|why|when|where|which)\\b';
// "clear" and "known" only negated: "What is known is when the fire began" says the copy knows it (review63 R63-2).
const UNKNOWN_STATE =
  '(?:remains|is|was|is still|remained) (?:still |largely )?(?:unclear|unknown|uncertain|undecided|not (?:yet )?(?:clear|known))';
const NEGATED_KNOWING =
  "(?:[\\w’'-]+ ){1,4}(?:cannot|can't|can not|could not|couldn't|does not|doesn't|do not|don't|did not|didn't|will not|won't)(?: yet)? (?:tell|know|say|show|explain|answer|establish|determine|predict|reveal)(?: (?:us|you|them|me))?";
const NOBODY_KNOWS = '(?:nobody|no one) (?:yet )?(?:knows|can say|can tell)';
export const PSEUDO_CLEFT = new RegExp(
  `^(?:(?:But|And|Yet|Still),? )?What (?:${UNKNOWN_STATE}|${NEGATED_KNOWING}|${NOBODY_KNOWS}),? (?:is|was|remains)(?:,? for now,?)? (?=${WH})`,
  'i',
);

/** A whether-clause asked plainly when a template reads it; another wh-clause put as "Who can say …?" (as unclear's). */
export function pseudoCleftQuestion(ctx: PhraseContext): string | null {
  const rest = clauseAfter(ctx.text, PSEUDO_CLEFT);
  // "What is unclear is whether it will …": the pronoun's noun is in an earlier sentence: the passage says more.
  if (!rest || pronounInSubject(rest.replace(/^(?:whether|if)\s+/i, ''))) return null;
  const wh = /^(?:whether|if)\s+(.+)$/i.exec(rest);
  if (wh) return willQuestion(wh[1]!, ctx.properWords) ?? `Who can say ${rest}?`;
  return `Who can say ${rest}?`;
}
