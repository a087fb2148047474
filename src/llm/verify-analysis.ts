import type { Analysis, OpenQuestion, Quote, SummaryItem } from '../core/analysis-types';
import { checkQuotation } from './check-quotation';
import { checkQuotedProse } from './check-quoted-prose';
import { checkSpeaker } from './check-speaker';
import { unsupportedContent } from './check-support';
import { buildGroundingIndex, type GroundingIndex } from './grounding-index';
import { containsMention, originalSpelling, stripOuterQuoteMarks, unsupportedTerms } from './grounding-text';
import type { ModelAnalysis } from './model-output-schema';

type DropReason =
  | 'unknown-sentence'
  | 'uncited'
  | 'quote-not-in-article'
  | 'not-a-quotation'
  | 'partial-quotation'
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
  /** No model question survived, so the open questions are the extractive analysis's. */
  questionsFromBase: boolean;
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
    const checked = checkProse(item.text, item.sentenceIds, { index, base, statesFacts: true });
    if (typeof checked === 'string') drop(checked);
    else keep(summary, MAX_SUMMARY, checked);
  }
  const questions: OpenQuestion[] = [];
  for (const item of model.questions) {
    const checked = checkProse(item.text, item.sentenceIds, { index, base, statesFacts: false });
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

  // A brief without open questions because the model's all failed would hide the engine's own.
  const questionsFromBase = questions.length === 0 && base.questions.length > 0;
  const analysis: Analysis = { ...base, summary, quotes, questions: questionsFromBase ? base.questions : questions };
  const total = report.kept + report.dropped;
  const whyUnusable =
    summary.length < Math.min(2, base.sentences.length)
      ? `only ${summary.length} summary items survived`
      : base.quotes.length > 0 && quotes.length === 0
        ? 'no quote survived'
        : total > 0 && report.dropped / total > 0.5
          ? `${report.dropped} of ${total} items failed the check`
          : undefined;
  return { analysis, report, usable: !whyUnusable, questionsFromBase, ...(whyUnusable ? { whyUnusable } : {}) };
}

/**
 * Summary items and questions: model prose that must cite real sentences, invent no name or
 * number, and quote only the article's quotations, credited to their speakers. A summary item
 * states facts, so every content word and negation must also be in the sentences it cites
 * (`statesFacts`); a question asks about them in its own words.
 */
function checkProse(
  text: string,
  ids: number[],
  { index, base, statesFacts }: { index: GroundingIndex; base: Analysis; statesFacts: boolean },
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
  const misquoted = checkQuotedProse(clean, unique, index, base);
  if (misquoted) return misquoted;
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
  const sentenceId = checkQuotation(text, index, [item.sentenceId]);
  if (typeof sentenceId === 'string') return sentenceId;
  const speaker = checkSpeaker({ named: item.speaker, text, sentenceId, index, base });
  if (speaker !== null && typeof speaker === 'object') return speaker.drop;
  return { text: originalSpelling(rawBody, text) ?? text, speaker, sentenceId, key: item.key };
}
