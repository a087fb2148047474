import { lowerStart } from './lower-start';
import type { PhraseContext } from './phrase-question';
import { willQuestion } from './will-question';

/**
 * A decision still to come on a condition (audit 60's B-a60-19): "If no deal is reached, the file will go to the
 * ministers, where it could be decided by majority", "The board will vote on the plan in June if the council funds
 * it". What the copy awaits is the decision, and the condition says when it is taken at all; the sentence's source
 * ("according to a diplomat") is not what a reporter chases first (decision-over-source.ts leads with this cue).
 * A deciding verb to come (decide, rule, vote, be decided, be put to a vote, go to a body that decides) as the main
 * clause's verb after a fronted condition, or a deciding verb followed within its clause by one. Only a thing (a
 * file, a dispute, "it") goes to a body that decides: people who "will go to" somewhere travel ("If they have to pay to
 * come in, they will go to the supermarket instead", audit 62's B-a62-14), so a personal pronoun's "go to" is none.
 */
const DECIDING_TO_COME =
  '(?:will|would|could|may|is expected to|are expected to|is set to|are set to)(?: then| also| instead)? (?:decide|rule|vote|be decided|be put to a vote|be voted on|be settled|(?<!\\b(?:I|we|you|he|she|they) (?:will|would|could|may)(?: then| also| instead)? )go to)\\b';
const CONDITION = '(?:If|Unless|Should|Once)';
export const CONDITIONAL_DECISION = new RegExp(
  [
    // The deciding verb is the main clause's own, its subject before it ("the file will go to …"): "Trump will be
    // relying on … a race that could go to a second ballot" holds no decision.
    `^${CONDITION} [^,;]{3,120}, (?:(?!(?:will|would|could|may|is|are)\\b)[\\w'’.-]+ ){1,8}?${DECIDING_TO_COME}`,
    `\\b(?:will|would|could|may) (?:decide|rule|vote)\\b[^.;,]{0,80}? (?:if|unless|once) `,
  ].join('|'),
  'i',
);

const FRONTED = new RegExp(`^(${CONDITION} [^,;]{3,120}), (.+)$`, 'i');
/** Where the decision's own clause ends: a relative clause on its venue or date, or the source's tag. */
const CLAUSE_END = /,\s+(?:where|which|when|according to)\b.*$/i;

/** "If no deal is reached, will the file go to the ministers on May 4?": the condition kept in the copy's words. */
export function conditionalDecision(ctx: PhraseContext): string | null {
  const fronted = FRONTED.exec(ctx.text);
  if (!fronted) return willQuestion(ctx.text, ctx.properWords);
  const asked = willQuestion(fronted[2]!.replace(CLAUSE_END, ''), ctx.properWords);
  return asked && `${fronted[1]}, ${lowerStart(asked, ctx.properWords)}`;
}
