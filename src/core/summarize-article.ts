import type { Analysis, SummaryItem } from './analysis-types';
import { collapseSpaces } from './collapse-spaces';
import { editorsNote } from './editors-note';
import { insideQuotation } from './inside-quotation';
import { leadIn } from './lead-in';
import { newsBeforeLeadIn } from './news-before-lead-in';
import { quotationBalanced } from './quotation-balanced';
import { shownTurnText } from './shown-turn-text';
import { buildAttributionIndex, standAloneSentence } from './stand-alone-sentence';
import { contentTerms } from './tokenize-words';
import { wordCount } from './word-count';

export type SummaryInput = Pick<Analysis, 'title' | 'sentences' | 'quotes' | 'statements' | 'entities'>;

interface Candidate {
  id: number;
  text: string;
  terms: Set<string>;
  score: number;
}

/** 3 items for short copy, up to 5 for long copy: a brief, not an abridgement. */
function summaryLength(sentenceCount: number): number {
  if (sentenceCount <= 10) return 3;
  if (sentenceCount <= 22) return 4;
  return 5;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Extractive summary: sentences scored by how central their vocabulary is to the article (term
 * frequency), overlap with the headline, and lead position (news puts the point first), then picked
 * greedily with a redundancy penalty and printed in article order. Sentences that cannot stand alone
 * are rewritten when that is grounded (connective dropped, "She said" -> the resolved speaker) and
 * skipped otherwise, unless the article has too few others. A sentence that opens or closes inside a
 * quotation crossing its boundary, or lies wholly inside one, is passed over.
 */
export function summarizeArticle(partial: SummaryInput): SummaryItem[] {
  const { sentences } = partial;
  if (sentences.length === 0) return [];
  const attribution = buildAttributionIndex(partial.quotes, partial.statements);
  const frequency = new Map<string, number>();
  // A transcript turn is read and shown without its label ("FENWICK-TAMM:"): the label says who speaks, and
  // counted as a word it would make every turn look central.
  const shown = shownTurnText(sentences);
  const views = sentences.map((s) => {
    const text = shown.get(s.id);
    return text === undefined ? s : { ...s, text };
  });
  const termSets = views.map((s) => new Set(contentTerms(s.text)));
  for (const terms of termSets) for (const t of terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const titleTerms = new Set(contentTerms(partial.title));
  const quoted = insideQuotation(sentences, partial.quotes);
  const note = editorsNote(sentences);

  const candidates: Candidate[] = [];
  const fallbacks: Candidate[] = [];
  const halfQuoted: Candidate[] = [];
  views.forEach((sentence, position) => {
    const terms = termSets[position]!;
    const words = wordCount(sentence.text);
    let centrality = 0;
    let titleHits = 0;
    for (const t of terms) {
      centrality += (frequency.get(t) ?? 1) - 1;
      if (titleTerms.has(t)) titleHits++;
    }
    const lengthFit = words < 8 ? 0.4 : words > 50 ? 0.7 : 1;
    const score =
      lengthFit * (Math.log1p(centrality) + 0.6 * titleHits + 2.2 / (1 + position * 0.5) + (position === 0 ? 1 : 0));
    const text = standAloneSentence(sentence, attribution);
    // "…, said in a statement:": a line that only introduces the quotation after it says nothing shown alone, as the
    // questions already know (lead-in.ts); a fallback, never a first pick (audit 52, B-a52-11). A clause of its own
    // before it ("The council voted …, and the mayor said:") is shown cut there (news-before-lead-in.ts).
    const lead = leadIn(sentence.text);
    const news = lead && text !== null ? newsBeforeLeadIn(text) : null;
    const candidate = { id: sentence.id, text: news ?? text ?? sentence.text, terms, score };
    if (quoted[position] || !quotationBalanced(candidate.text)) halfQuoted.push(candidate);
    else (text === null || note[position] || (lead && news === null) ? fallbacks : candidates).push(candidate);
  });

  const wanted = Math.min(summaryLength(sentences.length), sentences.length);
  const picked = pickDiverse(candidates, wanted, []);
  if (picked.length < Math.min(3, wanted))
    picked.push(...pickDiverse(fallbacks, Math.min(3, wanted) - picked.length, picked));
  // Half a quotation is passed over rather than joined to its neighbour: quotations that cross a
  // sentence boundary often run three or more sentences, and one joined item would crowd out the
  // rest of a 3-5 line brief. It is printed only when nothing else would be.
  if (picked.length === 0) picked.push(...pickDiverse(halfQuoted, 1, picked));
  return picked.sort((a, b) => a.id - b.id).map((c) => ({ text: c.text, sentenceIds: [c.id] }));
}

/** Whitespace aside, the words a reader sees: an item equal to one already chosen says nothing new. */
const sameText = (text: string) => collapseSpaces(text).trim();

/**
 * Greedy picks by score less overlap. A sentence identical to one `chosen` or picked here (an
 * article that repeats a paragraph) is never picked: its overlap of 1 only zeroes its value, which
 * still wins when nothing else is left.
 */
function pickDiverse(pool: Candidate[], count: number, chosen: Candidate[]): Candidate[] {
  const seen = new Set(chosen.map((c) => sameText(c.text)));
  const remaining = pool.filter((c) => {
    const key = sameText(c.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Each candidate's greatest overlap with those picked so far, raised by each new pick alone: the
  // overlaps with earlier picks are the same numbers every round.
  const overlaps = remaining.map(() => 0);
  const picked: Candidate[] = [];
  while (picked.length < count && remaining.length > 0) {
    let bestIndex = 0;
    let bestValue = -Infinity;
    const last = picked[picked.length - 1];
    for (let i = 0; i < remaining.length; i++) {
      const c = remaining[i]!;
      if (last) overlaps[i] = Math.max(overlaps[i]!, jaccard(last.terms, c.terms));
      const value = c.score * (1 - overlaps[i]!);
      if (value > bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    }
    picked.push(remaining.splice(bestIndex, 1)[0]!);
    overlaps.splice(bestIndex, 1);
  }
  return picked;
}
