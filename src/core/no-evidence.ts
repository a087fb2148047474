import { clauseAfter, subjectBefore, unquoted, withSpeaker } from './claim-phrases';
import { lowerStart } from './lower-start';
import type { PhraseContext } from './phrase-question';
import { cutClause, dropLeading, possessive, stripEnd } from './question-clauses';
import { withArticle } from './with-article';

/** "There is no evidence that…": a negated existential, whose claimant is whoever says it, never a name inside it. */
const NO_EVIDENCE_EXISTS = /\bthere(?:\s+(?:is|was|has been|had been)|['’]s)\s+(?:\w+\s+)?no evidence\b/i;

/** A finding of "no evidence" in the copy, its finder before it. */
const FINDING = /\s(?:have|has|had|found|find|saw|see|seen)\s+no evidence\b/i;
/** "… quoted a few experts who have found no evidence": the text before a relative clause's verb. */
const RELATIVE_BEFORE = /\bwho(?:\s+(?:have|has|had))?\s*$/i;

export function noEvidence(ctx: PhraseContext): string | null {
  const text = dropLeading(ctx.text);
  // "…, and an article quoted a few experts who have found no evidence": the finding is the relative clause's
  // antecedent's, neither the sentence's actor nor its speaker; naming either would credit them with it (sample 43 #23).
  const finding = FINDING.exec(text);
  if (finding && RELATIVE_BEFORE.test(text.slice(0, finding.index))) return null;
  // "Federal investigators have no evidence…": the finding is the subject's, whoever the sentence mentions.
  const holder = subjectBefore(text, FINDING);
  const who =
    holder &&
    /^(?:\p{Lu}[\p{L}\w'’.-]*\s+)?(?:federal\s+|local\s+|state\s+)?[a-z]+s$/iu.test(holder) &&
    !/^(?:he|she|it|they|we|i)$/i.test(holder)
      ? lowerStart(holder, ctx.properWords)
      : (ctx.actor ?? 'the source');
  // "She also said, without evidence, that they are…": the copy says the claim lacks evidence; it is no
  // claim of "no evidence". Ask what backs the claim itself.
  const without = /\bwithout (?:any |offering |providing |citing )?evidence\b,?\s*(?:that\s+)?(.*)$/i.exec(
    stripEnd(ctx.text),
  );
  if (without) {
    // The whole claim when it is short: cutting "…to people, showing videos of…" at its participle loses it.
    const whole = stripEnd(without[1]!.replace(/["“”]/g, ''));
    const claim = whole.split(/\s+/).length <= 24 ? whole : unquoted(cutClause(without[1]!, 20));
    if (claim.split(/\s+/).length < 4 || !/^[a-z"“‘]/i.test(claim)) return null;
    const clause = lowerStart(claim, ctx.properWords);
    return ctx.actor
      ? `What evidence backs ${possessive(withArticle(ctx.actor, ctx.text, ctx.actorIsPerson))} claim that ${clause}?`
      : `What evidence is there that ${clause}?`;
  }
  // "…when he told the largely unsubstantiated tale of …": the cue is the writer's word ("unsubstantiated",
  // "unfounded", "no proof"), no one's claim of "no evidence"; asking about one would put words in the copy, so the
  // passage is shown.
  if (!/\bno evidence\b/i.test(ctx.text)) return null;
  const object = clauseAfter(ctx.text, /\bno evidence\s*/i);
  const claim = object ? `no evidence ${object}` : 'no evidence';
  const inquiry = ctx.pairText ? cutClause(withSpeaker(ctx.pairText), 22) : null;
  // "an internal audit had found no evidence": the finding is the audit's, the speaker only cites it.
  const finder =
    /\b(?:an?|the|its|his|her|their)\s+((?:[a-z-]+\s+){0,3}(?:audit|review|report|inquiry|investigation|study|assessment|examination|check|probe))\b[^.;"“]{0,40}?\s(?:had |has |have )?(?:found|showed|shown|concluded)\s+(?:that\s+)?(?:there (?:was|is|were) )?["“]?no evidence/i.exec(
      ctx.text,
    )?.[1];
  if (finder && !inquiry) {
    const cited = ctx.actor ? `, cited by ${ctx.actor},` : '';
    return `Does the ${finder.toLowerCase()}'s finding of ${unquoted(claim)}${cited} hold up?`;
  }
  // "…there is no evidence that there is any link to ISIS": ISIS, the last organisation named, makes no
  // claim; only the sentence's own speaker does, and with none the passage is shown.
  const existential = NO_EVIDENCE_EXISTS.test(ctx.text) && !holder;
  if (existential && !ctx.speaker) return null;
  // "the State Department" as the copy writes it: the possessive keeps the article.
  const claimant = existential ? ctx.speaker! : who === ctx.actor ? withArticle(who, ctx.text, ctx.actorIsPerson) : who;
  if (inquiry)
    return `Does ${possessive(claimant)} claim of ${unquoted(claim)} hold up while ${lowerStart(inquiry, ctx.properWords)}?`;
  return `What is ${possessive(claimant)} claim of ${unquoted(claim)} based on, and has anyone checked it?`;
}
