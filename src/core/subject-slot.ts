/**
 * The subject a "Why did … attack …?" question puts in its slot, read from the words before the
 * sentence's verb, or null when those words hold no subject the engine can vouch for (the passage is
 * then shown with its kind). Sample 19 found the slot filled with a fronted time phrase ("Why did early
 * in his campaign attack Romney?") and with the first of two joined clauses ("Why did he added trucks
 * attack…?"): the slot takes only a noun phrase, never a clause.
 */
import { DETERMINER_SOURCE } from './determiners';

/** Words that open an adverbial set off before the subject: prepositions, subordinators, time and sentence adverbs. */
const ADVERBIAL_OPENER =
  /^(?:in|on|at|during|after|before|since|until|by|for|from|with|without|under|over|among|amid|amidst|despite|like|unlike|following|throughout|through|across|within|beyond|against|toward|towards|upon|as|when|while|although|though|because|if|once|unless|whereas|early|earlier|late|later|last|next|then|now|still|yet|meanwhile|however|instead|also|today|yesterday|tonight|tomorrow|again|indeed|separately|finally|ultimately|eventually|previously|recently)\b/i;
/** "Continuing to explain his perspective, Carson rejected…": a participle and its complement. */
const PARTICIPLE_OPENER =
  /^[A-Z][a-z]+ing\s+(?:to|on|over|with|from|for|about|at|in|into|against|amid|the|a|an|his|her|their|its|that)\b/;
/** What may stand between an aside's closing comma and the verb: an auxiliary or adverbs ("…, has sharply"). */
const BARE_TAIL = /^(?:(?:has|have|had|also|again|later|then|still|now|all|both|once|too|[a-z]{2,}ly)(?:\s+|$))*$/;
/** Words a subject noun phrase may open on without a name: determiners, possessives, quantifiers and small numbers. */
const DETERMINER = new RegExp(
  `^(?:${DETERMINER_SOURCE}|both|all|each|every|many|most|some|several|few|one|two|three|four|five|no|another|other|such)$`,
  'i',
);
/** Personal pronouns: a subject alone, with adverbs at most ("he also"). */
const PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;
/** Plurals with no "-s" that head a subject alone ("Police rejected…"). */
const BARE_PLURAL = /^(?:people|police|staff|media|children|men|women|clergy|personnel)$/i;
/** Auxiliaries and modals: in the slot they make it a clause. */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do)$/;
/** Past forms a clause's verb takes: "-ed" and the common irregular ones. */
const PAST =
  /^(?:[a-z]{3,}ed|said|says|told|made|took|gave|came|went|became|saw|knew|found|put|ran|got|held|kept|paid|sold|thought|brought|built|won|lost|met|led|left)$/;
/** Before these an "-ed" word is an adjective ("the embattled mayor", "newly elected members"). */
const MODIFIER_BEFORE =
  /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|so-called|[a-z]+ly|\S+['’]s?)$/i;
/** A relative clause may hold a verb ("Republicans who opposed the bill"): the slot is read up to one. */
const RELATIVE = /^(?:who|whom|whose|which|that)$/i;
/** Prepositions ending a head noun ("supporters of the bill", "candidates in both parties"). */
const PREPOSITION = /^(?:of|in|on|at|for|from|with|by|under|across|around|inside|outside|within)$/i;

export interface SubjectSlotOptions {
  /** Words the article writes as names (properWordsOf): a capitalised opener that is one is a name, not a sentence's capital. */
  properWords: ReadonlySet<string>;
}

/** The subject of the clause whose verb follows `before`, or null when no noun phrase can be vouched for. */
export function subjectSlot(before: string, options: SubjectSlotOptions): string | null {
  const segments = before.trim().split(/\s*,\s*/);
  // "Early in his campaign, Trump attacked Romney, calling him…": the subject after a fronted adverbial
  // would make a question the sentence's own words answer ("calling him…") or the next sentences do
  // (skipping to it turned three fair passages into answered "why" questions): the passage is shown.
  if (segments.length > 1 && adverbial(segments[0]!, options.properWords)) return null;
  // "he added trucks, and, still later, he attacked…": the verb belongs to a joined clause.
  if (segments.slice(1).some((segment) => /^(?:and|but|or|nor)\b/i.test(segment))) return null;
  // "Mukasey, the former attorney general, criticized…": asides between commas describe the subject, when
  // only an auxiliary or adverbs follow the last one. Otherwise ("Mr. Slinker, whose start-up uses data to
  // help brands…", "Iowa, Mr. Bush pointedly rejected…") the words before the verb hold no one subject.
  if (segments.length > 1 && !BARE_TAIL.test(segments[segments.length - 1]!)) return null;
  const subject = segments[0]!;
  return nounPhrase(subject, options) ? subject : null;
}

/** Whether a segment is an adverbial set off before the subject. */
function adverbial(segment: string, properWords: ReadonlySet<string>): boolean {
  const words = segment.split(/\s+/);
  // "Reilly, the senator, criticized…", "Manning, a former soldier, …": a name the article writes is no adverbial.
  if (properWords.has(words[0]!.replace(/['’]s?$/, ''))) return false;
  if (PARTICIPLE_OPENER.test(segment)) return true;
  // "Separately," "Most recently,": an adverb alone; "Family members" opens on no adverb.
  if (words.length <= 2 && /^[A-Za-z]{3,}ly$/.test(words[words.length - 1]!) && /^[A-Z]/.test(segment)) {
    return !/^(?:family|italy|sally|kelly|ally|holly)$/i.test(words[0]!);
  }
  return ADVERBIAL_OPENER.test(segment);
}

/**
 * A noun phrase the engine can vouch for: a name the article writes, a determiner-led phrase, a bare
 * plural, or a pronoun with adverbs at most; no dash or bracket (a dateline's "— Former President…"),
 * and no finite verb outside a relative clause.
 */
function nounPhrase(subject: string, options: SubjectSlotOptions): boolean {
  if (/[—–()":;“”]/.test(subject)) return false;
  const words = subject.replace(/\s+(?:has|have)$/i, '').split(/\s+/);
  if (words.length === 0 || words[0] === '') return false;
  for (let i = 0; i < words.length && !RELATIVE.test(words[i]!); i++) {
    const word = words[i]!;
    if (AUXILIARY.test(word)) return false;
    if (i > 0 && PAST.test(word) && !MODIFIER_BEFORE.test(words[i - 1]!)) return false;
  }
  const first = words[0]!;
  // "Later he attacked…", "In May the board rejected…": an adverbial opens the words, not a subject.
  if (ADVERBIAL_OPENER.test(first) && !options.properWords.has(first)) return false;
  if (PRONOUN.test(first)) return words.slice(1).every((w) => BARE_TAIL.test(w));
  if (DETERMINER.test(first) || BARE_PLURAL.test(first)) return true;
  const bare = first.replace(/['’]s?$/, '');
  // A name: one the article writes, an acronym, or a name with a second capital ("McCain").
  if (options.properWords.has(bare) || /^[A-Z]{2,}/.test(first) || /^\S*[a-z]\S*[A-Z]/.test(first)) return true;
  // "Secretary General Ban", "Democratic incumbent Barbara Boxer": a capitalised word after the first is a name.
  if (/^[A-Z]/.test(first) && words.slice(1).some((w) => /^[A-Z]/.test(w))) return true;
  // "Low-cost airlines", "Supporters of the bill": a bare plural noun heads the phrase.
  const head = words.findIndex((w, i) => i > 0 && (PREPOSITION.test(w) || RELATIVE.test(w)));
  const noun = words[(head < 0 ? words.length : head) - 1]!;
  return /^[A-Za-z-]{2,}[^siu'’]s$/.test(noun) || BARE_PLURAL.test(noun);
}
