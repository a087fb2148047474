import { lowerStart } from './lower-start';

/**
 * A claim closed by an appositive that sums it up as a figure or claim another party disputes: "The union claims that
 * 400 jobs are at risk, a figure the company disputes." The appositive is no part of the claim (asked "Is it true that
 * 400 jobs are at risk, a figure the company disputes?" it rides inside what is asked), and the sentence itself holds
 * the second side: the passage is disputed, not one source's word (review s34 B-main-61).
 */

/** The shell nouns an appositive sums a claim up with. */
const SHELL =
  'claims?|charges?|accusations?|allegations?|suggestions?|assertions?|reports?|figures?|numbers?|estimates?|projections?|forecasts?|sums?|amounts?|totals?|accounts?|versions?|characteri[sz]ations?|contentions?';
/** The verbs of a second side: the copy's own form is kept ("disputes", "has disputed", "dispute"). */
const DISPUTING = 'disput(?:e|es|ed)|den(?:y|ies|ied)|reject(?:s|ed)?|contest(?:s|ed)?|challeng(?:e|es|ed)';
/**
 * At the sentence's end: ", a figure (that|which)? <party of one to five words> (has|have|had)? (adverb)? <verb>".
 * Anchored at the end and bounded, so each comma is tried in constant time.
 */
const APPOSITIVE = new RegExp(
  `,\\s+(?:a|an)\\s+(?:${SHELL})\\s+(?:(?:that|which)\\s+)?([A-Za-z][\\w'’.-]*(?:\\s+[A-Za-z][\\w'’.-]*){0,4}?)\\s+((?:(?:has|have|had)\\s+)?(?:(?:[a-z]+ly|long|always)\\s+)?(?:${DISPUTING}))\\s*[.!]?["”’]?\\s*$`,
  'i',
);

/**
 * Words no second side holds. A party is a noun phrase ("the company", "his family"); one that holds a negation or a
 * negative quantifier agrees ("a figure the company does not dispute", "a figure no one disputes", "a number analysts
 * neither confirm nor deny"), and one that holds an auxiliary or a modal has not disputed it, or only might ("a claim
 * few would dispute", "a figure the firm may yet challenge") (review s35 B-sample31-1).
 */
const NOT_A_SIDE = new Set(
  'not never neither nor no none nobody nothing few little hardly scarcely barely rarely seldom do does did would could might may can cannot will shall should must has have had is are was were be been yet'.split(
    ' ',
  ),
);

export interface DeniedAppositive {
  /** Where the appositive's comma stands: the claim ends before it. */
  at: number;
  /** The second side as the copy writes it: "the company", "police". */
  party: string;
  /** Its verb as the copy writes it: "disputes", "has disputed". */
  verb: string;
}

/**
 * The text without a closing appositive of that shape, whether or not its party is a second side: "…, a figure no one
 * disputes" sums the claim up as well and is no more part of what is asked (review s35 B-sample31-1/-3).
 */
export function withoutAppositive(text: string): string {
  return text.slice(0, APPOSITIVE.exec(text)?.index ?? text.length);
}

/** The appositive and its second side, when the text ends on one; null otherwise. */
export function deniedAppositive(text: string): DeniedAppositive | null {
  const found = APPOSITIVE.exec(text);
  if (!found) return null;
  const party = found[1]!;
  // "a figure that is …", "a claim which was …", "a figure the company does not dispute": a verb, a negation or a
  // modal where the noun phrase should be is no second side; nor is "also" opening it (the claim's own verb).
  if (/^also\b/i.test(party)) return null;
  // The verb's own adverb likewise: "has long disputed" is a side, "has hardly disputed" none.
  const adverb = found[2]!.split(/\s+/).at(-2) ?? '';
  if (party.split(/\s+/).some((w) => NOT_A_SIDE.has(w.toLowerCase()) || /n['’]t$/i.test(w))) return null;
  if (NOT_A_SIDE.has(adverb.toLowerCase()) && !/^ha[sdv]e?$/i.test(adverb)) return null;
  return { at: found.index, party, verb: found[2]! };
}

/**
 * "Is there evidence that 400 jobs are at risk, which the company disputes?": the claim (the words before the
 * appositive) and its second side in the copy's words; null when too little of a claim is left (the passage is shown).
 */
export function disputedClaim(claim: string, appositive: DeniedAppositive, properWords: Set<string>): string | null {
  const before = claim.trim();
  if (before.split(/\s+/).length < 4 || /^["“]/.test(before)) return null;
  return `Is there evidence that ${lowerStart(before, properWords)}, which ${appositive.party} ${appositive.verb}?`;
}
