import { holdsVerb } from './holds-main-verb';

/**
 * Where a claim noun's that-clause ends when the sentence's own clause frames it: a claim in the sentence's subject
 * or in a phrase fronted before the main clause (split out of phrase-question.ts, whose "Is it true that …?" asks it).
 */
/**
 * "Marsh's claim that A had damaged B, Park said": a claim noun that opens the sentence heads its subject, so its
 * that-clause may run on into the sentence's own verb ("had damaged"), which is then no part of the claim.
 */
const CLAIM_AS_SUBJECT =
  /^(?:(?:But|And|Yet|Still|Now|Instead),?\s+)?(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hese|[Tt]hose)\s+|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*['’]s?\s+)(?:(?:new|latest|earlier|recent|repeated|false|unfounded|baseless|original|widespread)\s+)?(?:claims?|allegations?|accusations?|suggestions?)\s+that\s/;

/** Words that open a new clause inside a claim, after which an auxiliary may be that clause's own. */
const CLAUSE_BREAK =
  /,|\b(?:and|or|but|that|which|who|whom|whose|if|when|while|because|as|after|before|since|until|where|whether)\b/i;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does)$/i;

/**
 * Whether an auxiliary follows the claim's own verb with no conjunction, relative or comma between: "that A
 * created B had imperiled C" holds two predicates, the second the sentence's, and no cut of it reads as the claim.
 * The passage is shown instead.
 */
function runsIntoMainVerb(claim: string): boolean {
  const words = claim.split(/\s+/);
  return words.some(
    (word, i) => i > 0 && AUXILIARY.test(word) && holdsVerb(words.slice(0, i).join(' ').split(CLAUSE_BREAK).pop()!),
  );
}

/** A phrase fronted before the main clause that may hold a claim noun ("Despite Mr. Trump's claims that A, B"). */
const FRONTED_PHRASE = /^(?:Despite|In spite of|Amid|Notwithstanding|Contrary to|Unlike|Beyond|Given)\s/;

/** Words a main clause's subject opens on: a determiner, a quantifier, a pronoun or a name. */
const SUBJECT_OPENER =
  /^(?:the|a|an|his|her|their|its|our|this|these|those|some|many|most|all|few|both|each|every|no|none|he|she|they|it|we|i|you|there|[A-Z0-9])/;

/**
 * "Despite X's claims that A, B": the fronted phrase, and with it the claim, ends at the comma before the main clause:
 * the last comma whose words after it open on a subject and hold a verb ("A, who …, did C, the council voted" ends
 * before "the council"; a relative clause or a verb after a comma opens no main clause).
 */
function frontedClaim(sentence: string, claim: string): string {
  if (!FRONTED_PHRASE.test(sentence.trim())) return claim;
  for (let comma = claim.lastIndexOf(', '); comma > 0; comma = claim.lastIndexOf(', ', comma - 1)) {
    const tail = claim.slice(comma + 2);
    if (SUBJECT_OPENER.test(tail) && !/^(?:which|who|whom|whose)\b/i.test(tail) && holdsVerb(tail))
      return claim.slice(0, comma);
  }
  return claim;
}

/** A claim noun as the first side of "between … and …" ("inconsistencies between her claim that A and B"). */
const BETWEEN_CLAIM =
  /\bbetween\s+(?:[\w.'’-]+\s+){0,3}?(?:claims?|allegations?|assertions?|statements?|suggestions?)\s+that\s/;

/**
 * "between her claim that she never sent it on her own server and Comey's testimony": the claim ends at the "and" that
 * opens the second side, a noun phrase with no verb of its own (sample 43's #26); an "and" with a verb after it joins
 * the claim's own clauses ("that taxes rose and wages fell and the record"). With no such "and", no cut is the claim.
 */
function betweenClaim(sentence: string, claim: string): string | null {
  if (!BETWEEN_CLAIM.test(sentence)) return claim;
  const ands = [...claim.matchAll(/\s+and\s+/g)];
  if (ands.length === 0) return claim;
  const second = ands.find((and) => !holdsVerb(claim.slice(and.index + and[0].length)));
  return second ? claim.slice(0, second.index) : null;
}

/**
 * The claim as the frame bounds it: cut before the main clause of a fronted phrase ("Despite X's claims that A, B"
 * asks A), or null when a subject's claim runs into the sentence's verb ("X's claim that A had damaged B").
 */
export function claimInFrame(sentence: string, claim: string): string | null {
  const text = sentence.trim();
  const bounded = betweenClaim(text, frontedClaim(text, claim));
  if (bounded === null) return null;
  return CLAIM_AS_SUBJECT.test(text) && runsIntoMainVerb(bounded) ? null : bounded;
}
