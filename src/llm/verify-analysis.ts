import type { Analysis, OpenQuestion, Quote, SummaryItem } from '../core/analysis-types';
import { checkSpeaker } from './check-speaker';
import { unsupportedContent } from './check-support';
import {
  buildGroundingIndex,
  type GroundingIndex,
  isInsideQuotation,
  occurrences,
  sentenceAt,
} from './grounding-index';
import { containsMention, originalSpelling, stripOuterQuoteMarks, unsupportedTerms } from './grounding-text';
import type { ModelAnalysis } from './model-output-schema';

type DropReason =
  | 'unknown-sentence'
  | 'uncited'
  | 'quote-not-in-article'
  | 'not-a-quotation'
  | 'speaker-not-in-article'
  | 'mention'
  | 'unsupported-term'
  | 'unsupported-word'
  | 'negation-mismatch'
  | 'speaker-disagrees'
  | 'speaker-not-a-person'
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
    const checked = checkProse(item.text, item.sentenceIds, index, true);
    if (typeof checked === 'string') drop(checked);
    else keep(summary, MAX_SUMMARY, checked);
  }
  const questions: OpenQuestion[] = [];
  for (const item of model.questions) {
    const checked = checkProse(item.text, item.sentenceIds, index, false);
    if (typeof checked === 'string') drop(checked);
    else keep(questions, MAX_QUESTIONS, { ...checked, kind: item.kind });
  }
  const quotes: Quote[] = [];
  for (const item of model.quotes) {
    const checked = checkQuote(item, index, rawBody, base);
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

/**
 * Summary items and questions: model prose that must cite real sentences and invent no name or
 * number. A summary item states facts, so every content word and negation must also be in the
 * sentences it cites (`statesFacts`); a question asks about them in its own words.
 */
function checkProse(
  text: string,
  ids: number[],
  index: GroundingIndex,
  statesFacts: boolean,
): SummaryItem | DropReason {
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
  if (statesFacts) {
    const problem = unsupportedContent(clean, cited)[0];
    if (problem) return problem.kind;
  }
  return { text: clean, sentenceIds: unique };
}

function checkQuote(
  item: ModelAnalysis['quotes'][number],
  index: GroundingIndex,
  rawBody: string,
  base: Analysis,
): Quote | DropReason {
  if (!index.sentences.has(item.sentenceId)) return 'unknown-sentence';
  const text = stripOuterQuoteMarks(item.text);
  if (!text) return 'empty';
  const found = occurrences(index, text);
  if (found.length === 0) return 'quote-not-in-article';
  const inQuotes = found.filter((at) => isInsideQuotation(index, at, text));
  if (inQuotes.length === 0) return 'not-a-quotation';
  // Prefer the occurrence in the cited sentence; otherwise anchor to where the words really are.
  const anchored = inQuotes.map((at) => sentenceAt(index, at)?.id).filter((id): id is number => id !== undefined);
  const sentenceId = anchored.includes(item.sentenceId) ? item.sentenceId : (anchored[0] ?? item.sentenceId);
  if (index.suspect.has(sentenceId)) return 'cites-instructions';
  const speaker = checkSpeaker({ named: item.speaker, text, sentenceId, index, base });
  if (speaker !== null && typeof speaker === 'object') return speaker.drop;
  return { text: originalSpelling(rawBody, text) ?? text, speaker, sentenceId, key: item.key };
}
