import { tokenizeWords } from '../core/tokenize-words';
import { isNegator } from './check-support';
import {
  type GroundingIndex,
  occurrences,
  type QuotationContext,
  quotationAround,
  sentenceAt,
} from './grounding-index';

export type QuotationDrop = 'quote-not-in-article' | 'not-a-quotation' | 'partial-quotation' | 'cites-instructions';

/** How far back in its clause a cut-off negator still reverses a part of a quotation. */
const NEGATOR_REACH = 3;

/**
 * Where words the model presents as a quotation stand in the article: verbatim, wholly inside one
 * quotation there, and, when only part of it, a part that keeps its sense. Returns the sentence
 * holding them (one of `preferred` when they occur there) or why they fail.
 */
export function checkQuotation(text: string, index: GroundingIndex, preferred: number[]): number | QuotationDrop {
  const found = occurrences(index, text);
  if (found.length === 0) return 'quote-not-in-article';
  const inQuotes = found.filter((at) => quotationAround(index, at, text) !== undefined);
  if (inQuotes.length === 0) return 'not-a-quotation';
  const whole = inQuotes.filter((at) => !cutsNegation(quotationAround(index, at, text)!));
  if (whole.length === 0) return 'partial-quotation';
  const ids = whole.map((at) => sentenceAt(index, at)?.id).filter((id): id is number => id !== undefined);
  const sentenceId = ids.find((id) => preferred.includes(id)) ?? ids[0];
  if (sentenceId === undefined) return 'quote-not-in-article';
  return index.suspect.has(sentenceId) ? 'cites-instructions' : sentenceId;
}

/**
 * A part cut just after a negator of its clause ("guilty of fraud" out of "I am not guilty of
 * fraud") or just before one ("we are" out of "we are not …") says the opposite of the speaker.
 * A part starting after the negated clause ("I will not resign" out of "… fraud and I will not
 * resign") or carrying its own negator keeps its sense.
 */
function cutsNegation({ before, after }: QuotationContext): boolean {
  const lead = tokenizeWords(before.split(/[,;:.!?()\u2014\u2013]/u).at(-1) ?? '').slice(-NEGATOR_REACH);
  const next = /^\s*[,;:.!?()\u2014\u2013]/u.test(after) ? undefined : tokenizeWords(after)[0];
  return lead.some(isNegator) || (next !== undefined && isNegator(next));
}
