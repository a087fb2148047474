import type { QuestionKind } from './analysis-types';
import { uncontestedArgument } from './uncontested-argument';

const ARGUED = /\b(?:argue[sd]?|arguing|insist(?:s|ed)?|contend(?:s|ed)?) that\b/i;
/**
 * A second side in the sentence itself beyond uncontestedArgument's contrasts: someone defending themselves against
 * it, a claim held "notwithstanding" the evidence, or a speaker who does not believe or accept another account.
 */
const SECOND_SIDE =
  /\b(?:defend\w*|notwithstanding|(?:do|does|did)(?: not|n['’]t) (?:believe|think|accept|agree|buy)|rebut\w*)\b/i;
/** A next sentence that answers the argument: it opens on a contrast or another party, or it denies or rejects. */
const ANSWERED_NEXT =
  /^\W*(?:but|however|yet|still|others|critics|opponents)\b|\b(?:disput\w*|den(?:y|ied|ies)|reject\w*|counter\w*|disagree\w*|rebut\w*)\b/i;

/**
 * Another party's answer in the next sentence, the commonest shape of a dispute ("Prosecutors argued that … . His
 * lawyers said …"; "The mayor insisted … . The city auditor found …"): a statement or finding whose subject is not
 * the arguer taken up again by a bare pronoun ("He said …" goes on with the same source).
 */
const STATED_NEXT = /\b(?:said|says|say|told|tells|responded|replied|countered|found|finds|showed|shows)\b/i;
const SAME_SOURCE_NEXT = /^\W*(?:he|she|they|it)\s/i;
const otherPartyNext = (next: string): boolean => STATED_NEXT.test(next) && !SAME_SOURCE_NEXT.test(next);

/**
 * The kind a contested cue's item is shown with. "Disputed" needs a second party or a contrary claim in reach:
 * "Fowler argued that the party would be wise …" with none in the sentence or answering in the next is one
 * source's claim, so it is shown as unverified (a claim to check), not as a dispute nobody is having (issue 13,
 * kind26). The cue, its strength and the scorer's features are unchanged: only the label moves. A voiced doubt
 * or concern ("expressed skepticism that …") disputes a claim itself and keeps its kind.
 */
export function argumentKind(kind: QuestionKind, shape: string | undefined, text: string, next: string): QuestionKind {
  if (kind !== 'disputed' || shape !== 'contested' || !ARGUED.test(text) || /\bexpressed\b/i.test(text)) return kind;
  const answered = ANSWERED_NEXT.test(next) || otherPartyNext(next);
  return uncontestedArgument(text) && !SECOND_SIDE.test(text) && !answered ? 'unverified' : kind;
}
