import type { Analysis } from './analysis-types';
import type { RankedSentence as Ranked } from './rank-answer-sentences';

/**
 * "What is the bill's number?", "what is the number of the measure?": a bill's designation, not a count of bills (a
 * count takes the plural, "the number of bills", or an "of", "the bill's number of signatures", review 65's R65-7)
 * nor a sum ("the bill" paid). Audit 62's B-a62-13.
 */
const ASKED =
  /\b(?:bill|measure|legislation|resolution)['’]s (?:number|designation)\b(?!\s+of\b)|\b(?:number|designation) of the (?:\w+ )?(?:bill|measure|legislation|resolution)\b(?!s)|\bwhat (?:bill|measure) number\b/i;

/**
 * A US bill's designation as the copy writes it: the chamber's letters, then the number: "S. 2217", "H.R. 1",
 * "H.J.Res. 7", "SB 1047", "AB 5", or "Senate Bill 54". The letters stand alone, so "US 2024" or "S1" are not read.
 */
const DESIGNATION =
  /(?<![\p{L}.])(?:(?:S|H\.\s?R|H\.\s?J\.\s?Res|S\.\s?J\.\s?Res|H\.\s?Res|S\.\s?Res|H\.\s?Con\.\s?Res|S\.\s?Con\.\s?Res)\.\s?\d{1,5}|(?:SB|HB|AB|LB)\s?\d{1,5}|(?:Senate|House|Assembly) Bill (?:No\. )?\d{1,5})(?![\d,.]\d)/u;

/**
 * The best-ranked sentence giving a bill's designation when the question asks for one; null when it asks and no
 * sentence gives one (a sum the measure would spend is no number of it), undefined when it asks something else.
 */
export function billNumber(analysis: Analysis, ranked: readonly Ranked[], question: string): number | null | undefined {
  if (!ASKED.test(question)) return undefined;
  return ranked.find((r) => DESIGNATION.test(analysis.sentences[r.index]!.text))?.index ?? null;
}
