import type { Analysis, Entity, OpenQuestion, Quote, SummaryItem } from '../core/analysis-types';
import {
  buildGroundingIndex,
  type GroundingIndex,
  isInsideQuotation,
  occurrences,
  sentenceAt,
} from './grounding-index';
import {
  containsMention,
  containsWord,
  normaliseForMatch,
  originalSpelling,
  stripOuterQuoteMarks,
  unsupportedTerms,
} from './grounding-text';
import type { ModelAnalysis } from './model-output-schema';

type DropReason =
  | 'unknown-sentence'
  | 'uncited'
  | 'quote-not-in-article'
  | 'not-a-quotation'
  | 'speaker-not-in-article'
  | 'mention'
  | 'unsupported-term'
  | 'empty'
  | 'too-long'
  | 'over-limit'
  | 'cites-instructions';

interface VerificationReport {
  kept: number;
  dropped: number;
  reasons: Partial<Record<DropReason, number>>;
  /** Quotes whose text was verbatim but cited the wrong sentence; moved to the right one. */
  reanchored: number;
}

export interface VerifiedAnalysis {
  analysis: Analysis;
  report: VerificationReport;
  /** False when too little survived to trust the model over the extractive analysis. */
  usable: boolean;
  whyUnusable?: string;
}

const MAX_SUMMARY = 5;
const MAX_QUESTIONS = 5;
const MAX_QUOTES = 60;
const MAX_PROSE = 400;
const SPEAKER_SHAPE = /^\p{L}[\p{L}\p{M} .'-]{0,79}$/u;

/**
 * The grounding check: keeps only what the article supports, counting what it drops. Sentences,
 * statements, entities and title always come from the extractive analysis (`base`), whose
 * sentence ids the prompt used.
 */
export function verifyAnalysis(model: ModelAnalysis, base: Analysis): VerifiedAnalysis {
  const index = buildGroundingIndex(base);
  const rawBody = base.sentences.map((s) => s.text).join(' ');
  const report: VerificationReport = { kept: 0, dropped: 0, reasons: {}, reanchored: 0 };
  const drop = (reason: DropReason) => {
    report.dropped += 1;
    report.reasons[reason] = (report.reasons[reason] ?? 0) + 1;
  };
  const keep = <T>(list: T[], limit: number, item: T) => {
    if (list.length >= limit) return drop('over-limit');
    list.push(item);
    report.kept += 1;
  };

  const summary: SummaryItem[] = [];
  for (const item of model.summary) {
    const checked = checkProse(item.text, item.sentenceIds, index);
    if (typeof checked === 'string') drop(checked);
    else keep(summary, MAX_SUMMARY, checked);
  }
  const questions: OpenQuestion[] = [];
  for (const item of model.questions) {
    const checked = checkProse(item.text, item.sentenceIds, index);
    if (typeof checked === 'string') drop(checked);
    else keep(questions, MAX_QUESTIONS, { ...checked, kind: item.kind });
  }
  const quotes: Quote[] = [];
  for (const item of model.quotes) {
    const checked = checkQuote(item, index, rawBody, base.entities);
    if (typeof checked === 'string') drop(checked);
    else {
      if (checked.sentenceId !== item.sentenceId) report.reanchored += 1;
      keep(quotes, MAX_QUOTES, checked);
    }
  }
  quotes.sort((a, b) => a.sentenceId - b.sentenceId);
  if (quotes.length > 0 && !quotes.some((q) => q.key)) for (const q of quotes.slice(0, 3)) q.key = true;

  const analysis: Analysis = { ...base, summary, quotes, questions };
  const total = report.kept + report.dropped;
  const whyUnusable =
    summary.length < Math.min(2, base.sentences.length)
      ? `only ${summary.length} summary items survived`
      : base.quotes.length > 0 && quotes.length === 0
        ? 'no quote survived'
        : total > 0 && report.dropped / total > 0.5
          ? `${report.dropped} of ${total} items failed the check`
          : undefined;
  return { analysis, report, usable: !whyUnusable, ...(whyUnusable ? { whyUnusable } : {}) };
}

/** Summary items and questions: model prose that must cite real sentences and invent nothing. */
function checkProse(text: string, ids: number[], index: GroundingIndex): SummaryItem | DropReason {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (!clean) return 'empty';
  if (clean.length > MAX_PROSE) return 'too-long';
  if (containsMention(clean)) return 'mention';
  if (ids.length === 0) return 'uncited';
  if (!ids.every((id) => index.sentences.has(id))) return 'unknown-sentence';
  if (ids.some((id) => index.suspect.has(id))) return 'cites-instructions';
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  const cited = unique.map((id) => index.sentences.get(id) ?? '').join(' ');
  if (unsupportedTerms(clean, cited, index.body).length > 0) return 'unsupported-term';
  return { text: clean, sentenceIds: unique };
}

function checkQuote(
  item: ModelAnalysis['quotes'][number],
  index: GroundingIndex,
  rawBody: string,
  entities: Entity[],
): Quote | DropReason {
  if (!index.sentences.has(item.sentenceId)) return 'unknown-sentence';
  const text = stripOuterQuoteMarks(item.text);
  if (!text) return 'empty';
  const found = occurrences(index, text);
  if (found.length === 0) return 'quote-not-in-article';
  const inQuotes = found.filter((at) => isInsideQuotation(index, at, text));
  if (inQuotes.length === 0) return 'not-a-quotation';
  let speaker: string | null = null;
  if (item.speaker?.trim()) {
    const named = normaliseForMatch(item.speaker);
    if (containsMention(named)) return 'mention';
    const asNamed = SPEAKER_SHAPE.test(named) ? nameInArticle(named, index, entities) : undefined;
    if (!asNamed) return 'speaker-not-in-article';
    speaker = asNamed;
  }
  // Prefer the occurrence in the cited sentence; otherwise anchor to where the words really are.
  const anchored = inQuotes.map((at) => sentenceAt(index, at)?.id).filter((id): id is number => id !== undefined);
  const sentenceId = anchored.includes(item.sentenceId) ? item.sentenceId : (anchored[0] ?? item.sentenceId);
  if (index.suspect.has(sentenceId)) return 'cites-instructions';
  return { text: originalSpelling(rawBody, text) ?? text, speaker, sentenceId, key: item.key };
}

/**
 * The speaker as the article names them. Models add first names from world knowledge ("Sean
 * Spicer" where the article only says "Spicer"); the brief must use the article's name, so the
 * surname is mapped to the fullest person the article names with it, or to the surname itself.
 */
function nameInArticle(name: string, index: GroundingIndex, entities: Entity[]): string | undefined {
  if (containsWord(index.body, name)) return name;
  const surname = name.split(' ').at(-1) ?? '';
  if (surname.length < 2 || !containsWord(index.body, surname)) return undefined;
  const person = entities.find(
    (e) => e.type === 'person' && e.name.split(' ').at(-1) === surname && containsWord(index.body, e.name),
  );
  return person?.name ?? surname;
}
