import type { Analysis } from '../core/analysis-types';
import { containsMention, normaliseForMatch } from './grounding-text';

/**
 * The article body as the grounding check sees it: normalised sentences joined by one space,
 * with where each sentence starts, so a match can be traced back to a sentence id.
 */
export interface GroundingIndex {
  body: string;
  /** Sentence id -> normalised text. */
  sentences: Map<number, string>;
  /** Ascending start offsets into body, with the sentence id and paragraph found there. */
  starts: { offset: number; id: number; paragraph: number }[];
  /** Normalised text of every quote the extractive analysis found. */
  extractiveQuotes: string[];
  /** Sentences that read like orders to a model or contain mentions; nothing may rest on them. */
  suspect: Set<number>;
}

const INSTRUCTION_LIKE = [
  /\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|guidelines)\b/iu,
  /^\W*(?:system|assistant|developer)\b[^:]{0,20}:/iu,
  /\byou are now\b/iu,
];

export function buildGroundingIndex(analysis: Analysis): GroundingIndex {
  const sentences = new Map<number, string>();
  const starts: GroundingIndex['starts'] = [];
  const suspect = new Set<number>();
  let body = '';
  for (const s of analysis.sentences) {
    const text = normaliseForMatch(s.text);
    if (body) body += ' ';
    starts.push({ offset: body.length, id: s.id, paragraph: s.paragraph });
    sentences.set(s.id, text);
    body += text;
    if (containsMention(text) || INSTRUCTION_LIKE.some((p) => p.test(text))) suspect.add(s.id);
  }
  const extractiveQuotes = analysis.quotes.map((q) => normaliseForMatch(q.text)).filter(Boolean);
  return { body, sentences, starts, extractiveQuotes, suspect };
}

/** The sentence a body offset falls in. */
export function sentenceAt(index: GroundingIndex, offset: number): GroundingIndex['starts'][number] | undefined {
  let found: GroundingIndex['starts'][number] | undefined;
  for (const s of index.starts) {
    if (s.offset > offset) break;
    found = s;
  }
  return found;
}

/** Every offset where needle occurs in the body. */
export function occurrences(index: GroundingIndex, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = index.body.indexOf(needle); at !== -1; at = index.body.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The words of a quotation on either side of a span found inside it. */
export interface QuotationContext {
  before: string;
  after: string;
}

/**
 * The quotation the words at offset sit in, or undefined when they are not wholly inside one.
 * Inside: an odd number of double quote marks between the paragraph start and the match (a
 * paragraph continuing a quotation opens with a mark, by newspaper convention), or the extractive
 * engine found a quotation containing them. A span holding a mark itself runs past a closing mark
 * or across two quotations, so it is never inside one.
 */
export function quotationAround(index: GroundingIndex, offset: number, needle: string): QuotationContext | undefined {
  if (needle.includes('"')) return undefined;
  const here = sentenceAt(index, offset);
  if (here) {
    const paragraphStart = index.starts.find((s) => s.paragraph === here.paragraph)?.offset ?? here.offset;
    const before = index.body.slice(paragraphStart, offset);
    if ((before.match(/"/gu)?.length ?? 0) % 2 === 1) {
      const paragraphEnd = index.starts.find((s) => s.paragraph > here.paragraph)?.offset ?? index.body.length;
      const close = index.body.indexOf('"', offset + needle.length);
      const end = close === -1 || close > paragraphEnd ? paragraphEnd : close;
      return {
        before: before.slice(before.lastIndexOf('"') + 1),
        after: index.body.slice(offset + needle.length, end),
      };
    }
  }
  const quote = index.extractiveQuotes.find((q) => q.includes(needle));
  if (quote === undefined) return undefined;
  const at = quote.indexOf(needle);
  return { before: quote.slice(0, at), after: quote.slice(at + needle.length) };
}
