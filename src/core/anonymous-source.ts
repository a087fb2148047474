import { plainClaim } from './claim-phrases';
import { lowerStart } from './lower-start';
import { PAPER_UNDERSTANDS } from './paper-understands';
import { type PhraseContext, vagueSource } from './phrase-question';
import { cutClause, stripEnd } from './question-clauses';
import { isReportedClause } from './statement-checks';

/**
 * The writer's formulas for a source unnamed by design, whatever its noun: "people familiar with / briefed on /
 * close to …" before a speech verb, or the anonymity the source was granted ("on condition of anonymity", "not
 * authorized to speak") in a sentence that reports someone's saying (alone, "Officials spoke on condition of anonymity
 * because …" explains the story's sourcing and claims nothing). Only outside a direct quote (no quote mark before or after): an anonymous source's quote is
 * colour, which the PolNeAR train editors never flagged (0 of 5), while the editors flagged 3 of the 4 reported claims
 * these formulas mark, two of them read by no family before (docs/evaluation.md, "Open questions", anon49). The looks
 * around the formula reach 300 characters (a sentence), so hostile copy of thousands of formulas stays linear.
 */
export const UNNAMED_BY_DESIGN =
  /(?:\b(?:people|person|persons|someone) (?:familiar with|briefed on|with (?:direct |intimate )?knowledge of|close to)\b[^.;]{0,60}\b(?:said|say|says|told)\b|(?:\b(?:on|under) (?:the )?condition of anonymity\b|\bspok(?:e|en) anonymously\b|\bnot authori[sz]ed to (?:speak|discuss|comment)\b)(?:(?<=\b(?:said|say|says|told)\b.{0,300})|(?=.{0,300}\b(?:said|say|says|told)\b)))(?<!(?:["“”]|'').{0,300})(?!.{0,300}(?:["“”]|''))/i;

/** What a claim asked must not keep: a speech verb or words of the formula, which the question replaces. */
const TAG_LEFT = /\b(?:said|say|says|told|according)\b|anonym|authori[sz]ed|\bfamiliar with\b|\bbriefed on\b/i;
/** The source's own verb in the trailing tag ("…, people familiar with the talks said", "…, an aide said on condition …"). */
const TAG_VERB = /\b(?:said|say|says|told)\b/i;
/** A claim resting on a pronoun, whose referent the question would have to guess: the passage is shown instead. */
const PRONOUN_OPENS = /^\W*(?:he|she|they|it|this|that|these|those|we|i|you)\b/i;

/**
 * The vague-source question for a claim whose source is unnamed by design: no source noun stands before the verb to
 * ask "Which … say …" with ("people familiar" is no noun phrase of its own), so it asks for a named source to confirm
 * the claim. Only when the formula sits in the tag after the claim's last comma, the claim being the whole clause before it;
 * anywhere else (an inverted "…, said two of the officials, who spoke on condition of anonymity", a source opening
 * the sentence, a claim in one clause of several) no clean question is built and the passage is shown with its kind.
 */
export function anonymousSource(ctx: PhraseContext): string | null {
  // A paper's "… understands that" names no source noun to ask of: its passage is shown, with its kind.
  if (PAPER_UNDERSTANDS.test(ctx.text)) return null;
  const formula = UNNAMED_BY_DESIGN.exec(ctx.text);
  if (!formula) return vagueSource(ctx);
  const comma = ctx.text.lastIndexOf(',', formula.index);
  // The tag is the sentence's last comma segment: a comma after it opens more ("…, a Republican who spoke on condition of
  // anonymity, said the plant …": the claim follows the tag, whose comma closed an aside of the subject).
  const tag = ctx.text.slice(comma + 1);
  if (comma < 0 || !TAG_VERB.test(tag) || tag.includes(',')) return null;
  const before = stripEnd(ctx.text.slice(0, comma));
  // The whole clause or nothing: a claim cut short, or one with no verb, is no claim to confirm.
  if (cutClause(before, 22) !== before || !isReportedClause(before)) return null;
  const claim = plainClaim(before);
  if (TAG_LEFT.test(claim) || PRONOUN_OPENS.test(claim) || !/^[\p{L}\p{N}$£€]/u.test(claim)) return null;
  return `Can a named source confirm that ${lowerStart(claim, ctx.properWords)}?`;
}
