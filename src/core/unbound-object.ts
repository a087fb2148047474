import { holdsVerb } from './holds-main-verb';

/** An object pronoun of the third person. */
const OBJECT = /^(?:him|her|them)$/i;
/** The words of a verb group after its first verb: auxiliaries, participles, "not" and adverbs ("had repeatedly warned"). */
const VERB_GROUP =
  /^(?:is|are|was|were|be|been|being|has|have|had|not|never|also|already|just|again|\w+ly|[a-z]{3,}ed|[a-z]{3,}en)$/i;
/**
 * What may follow "her" as an object, not as a determiner ("warned her about", "told her that", "gave her a"): the
 * clause's end, a preposition, a complementiser or a determiner. Before anything else ("her car") it is a possessive,
 * which may stand for the subject itself.
 */
const AFTER_OBJECT =
  /^(?:$|[,.;:!?]|(?:to|about|with|from|for|of|on|in|at|into|over|after|before|by|off|out|up|down|away|back|that|if|whether|and|or|but|a|an|the|this|these|those|no|some|any)$)/i;
/** A subject that may hold the pronoun's antecedent: a possessor ("Ann's lawyer") or an "of" phrase ("the mother of"). */
const HOLDS_NOUN = /['’]s?$|^of$|,$/i;

/**
 * Whether a claim's first verb takes "him", "her" or "them" for its object, with a subject that can hold no
 * antecedent: "Pruitt had warned her about the junction". The object of a verb is never its own subject (the reflexive
 * "herself" would be), so the pronoun stands for someone outside the claim, often the reporter a "Has anyone confirmed
 * the report that …?" question drops ("A woman reported that …"); asked alone, it names no one (audit 52's B-a52-12).
 */
export function unboundObject(claim: string): boolean {
  const words = claim.split(/\s+/).filter(Boolean);
  const verb = words.findIndex((_, i) => holdsVerb(words.slice(0, i + 1).join(' ')));
  if (verb <= 0 || words.slice(0, verb).some((w) => HOLDS_NOUN.test(w))) return false;
  let i = verb + 1;
  while (i < words.length && VERB_GROUP.test(words[i]!)) i++;
  const pronoun = words[i]?.replace(/[,.;:!?]+$/, '') ?? '';
  if (!OBJECT.test(pronoun)) return false;
  return !/^her$/i.test(pronoun) || pronoun !== words[i] || AFTER_OBJECT.test(words[i + 1] ?? '');
}
