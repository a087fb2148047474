import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Sentence } from '../core/analysis-types';
import { parseArticleFile } from '../ingest/parse-article-file';
import { withHeadline } from '../ingest/with-headline';
import type { AttributionScore } from './attribution-score';
import { type Analyzer, readJsonl } from './eval-corpus';
import { familyName } from './family-name';
import { asRewrite, type Rewrite } from './house-styles';
import { modifierInLabel } from './speaker-strict';

/**
 * Quote and speaker scoring exactly as ../shared/eval/score.py `quotes` defines it, in process:
 * precision (reported quotes that are speech), recall over utterances, speaker accuracy over found
 * utterances with a named gold speaker, speaker precision (right among those the engine named) and
 * the count of speakers a desk could not print.
 */

export interface AttributionLabel {
  article: string;
  quote?: string;
  start?: number;
  end?: number;
  kind: 'utterance' | 'fragment' | 'title';
  speaker: string | null;
  aliases?: string[];
}

export interface AttributionOptions {
  /** Holds article/<article>.txt. */
  corpusDir: string;
  /** A quotes-<split>.jsonl file. */
  labelsPath: string;
  analyze: Analyzer;
  /**
   * Rewrites each article before analysis. A rewrite that changes the length (NYT style) must map
   * each offset of the original into the rewritten text; others keep offsets as they are.
   */
  transform?: ((text: string) => string) | Rewrite;
}

const HONORIFICS = new Set(
  'mr mrs ms miss dr sir lord lady prof professor dame rev sen senator rep gov president the'.split(' '),
);
const UNPRINTABLE =
  /^(?:mr|mrs|ms|miss|dr|sen|rep|gov|rev|prof|sir|lord|lady|dame|president|minister|editor's)\.?$|\s[A-Z]\.?$/i;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'him', 'her', 'them']);

/** score.py's norm_tokens, kept to its letter (no backtick fold, unlike tokenize-words' foldApostrophes). */
export function normTokens(text: string): string[] {
  const s = text
    .replace(/\u2019/g, "'")
    .replace(/\u2018/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/'s\b/g, '');
  return s.replace(/\./g, ' ').match(/[a-z0-9£$%.]+/g) ?? [];
}

/** Fraction of the tokens of `part` found in `whole` (multiset). */
export function coverage(part: string[], whole: string[]): number {
  if (part.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const t of whole) bag.set(t, (bag.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of part) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      bag.set(t, n - 1);
      hit++;
    }
  }
  return hit / part.length;
}

function speakerKey(name: string | null | undefined): string[] {
  return normTokens(name ?? '').filter((t) => !HONORIFICS.has(t));
}

/** Whether two names share a family name when one is written family name first ("Ban Ki-moon"). */
function sameFamily(got: string, p: string[], gold: string, gk: string[]): boolean {
  const gotFamily = familyName(got)?.toLowerCase();
  const goldFamily = familyName(gold)?.toLowerCase();
  if (gotFamily === undefined && goldFamily === undefined) return false;
  return (gotFamily ?? p[p.length - 1]) === (goldFamily ?? gk[gk.length - 1]);
}

/** score.py's speaker_ok: surname, whole name, or a shared content word of an organisation. */
export function speakerOk(got: string | null | undefined, gold: string, aliases: string[] = []): boolean {
  const p = speakerKey(got);
  if (p.length === 0 || (p.length === 1 && PRONOUNS.has(p[0]!))) return false;
  const long = new Set(p.filter((t) => t.length > 3));
  for (const g of [gold, ...aliases]) {
    const gk = speakerKey(g);
    if (gk.length === 0) continue;
    if (p[p.length - 1] === gk[gk.length - 1] || p.join(' ') === gk.join(' ')) return true;
    // "Ban Ki-moon" for the label "Ban": one man, labelled both ways in PolNeAR (family-name.ts). score.py reads the
    // last word only; this is the one place the two part.
    if (sameFamily(got ?? '', p, g, gk)) return true;
    if (gk.some((t) => t.length > 3 && long.has(t))) return true;
  }
  return false;
}

export function isUnprintable(speaker: string): boolean {
  return UNPRINTABLE.test(speaker.trim());
}

/** The article text as `newsbrief analyze` gives it to the engine. */
export function loadCorpusArticle(corpusDir: string, article: string): string {
  const path = join(corpusDir, 'article', `${article}.txt`);
  // The zone reads a front matter's time, which the corpus files have none of.
  const parsed = parseArticleFile(path, readFileSync(path, 'utf8'), 'UTC');
  if ('error' in parsed) throw new Error(`${path}: ${parsed.error}`);
  return withHeadline(parsed.title, parsed.text);
}

function overlaps(sentence: Sentence | undefined, start: number, end: number): boolean {
  return sentence !== undefined && sentence.start < end && sentence.end > start;
}

/**
 * score.py's precision test: a reported quote is speech when one labelled speech span (utterance
 * or fragment, in article order) covers 80% of its words, or a run of up to six covers 90% of them
 * and one of the run is 80% inside it.
 */
export function countsAsSpeech(quote: string[], speech: readonly string[][]): boolean {
  if (speech.some((g) => coverage(quote, g) >= 0.8)) return true;
  for (let s = 0; s < speech.length; s++) {
    const run = speech.slice(s, s + 6);
    if (coverage(quote, run.flat()) >= 0.9 && run.some((g) => coverage(g, quote) >= 0.8)) return true;
  }
  return false;
}

/**
 * The reported quote that stands for a labelled one: the first covering 80% of its words, preferring one whose
 * sentence overlaps the label's span (the same words quoted twice in an article).
 */
export function coveringQuote(
  analysis: Analysis,
  gold: string[],
  quoteTokens: readonly string[][],
  span?: { start: number; end: number },
): Analysis['quotes'][number] | undefined {
  const cover = analysis.quotes.filter((_, qi) => coverage(gold, quoteTokens[qi]!) >= 0.8);
  if (cover.length === 0 || span === undefined) return cover[0];
  const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
  return cover.find((c) => overlaps(byId.get(c.sentenceId), span.start, span.end)) ?? cover[0];
}

export function scoreAttribution(options: AttributionOptions): AttributionScore {
  const labels = readJsonl<AttributionLabel>(options.labelsPath);
  const byArticle = new Map<string, AttributionLabel[]>();
  for (const label of labels) byArticle.set(label.article, [...(byArticle.get(label.article) ?? []), label]);
  const score: AttributionScore = {
    articles: byArticle.size,
    reported: 0,
    speech: 0,
    utterances: 0,
    found: 0,
    withSpeaker: 0,
    named: 0,
    right: 0,
    strictRight: 0,
    precision: 0,
    recall: 0,
    speakerAccuracy: 0,
    speakerPrecision: 0,
    unprintable: 0,
    misses: [],
  };
  for (const [article, golds] of byArticle) {
    const raw = loadCorpusArticle(options.corpusDir, article);
    const rewrite = asRewrite(options.transform);
    const text = rewrite.text(raw);
    const analysis: Analysis = options.analyze(text);
    for (const g of golds) {
      if (g.quote === undefined) g.quote = raw.slice(g.start, g.end).replace(/\s+/g, ' ');
    }
    const at = (offset: number): number => rewrite.offset(raw, offset);
    const goldTokens = golds.map((g) => normTokens(g.quote!));
    const speech = golds.flatMap((g, i) => (g.kind === 'utterance' || g.kind === 'fragment' ? [i] : []));
    const quotes = analysis.quotes;
    const quoteTokens = quotes.map((q) => normTokens(q.text));
    quotes.forEach((quote, qi) => {
      score.reported++;
      if (quote.speaker && isUnprintable(quote.speaker)) {
        score.unprintable++;
        score.misses.push({ article, what: 'unprintable', quote: quote.text, got: quote.speaker });
      }
      if (
        countsAsSpeech(
          quoteTokens[qi]!,
          speech.map((i) => goldTokens[i]!),
        )
      )
        score.speech++;
      else score.misses.push({ article, what: 'false-positive', quote: quote.text, got: quote.speaker });
    });
    golds.forEach((g, gi) => {
      if (g.kind !== 'utterance') return;
      score.utterances++;
      const span = g.start !== undefined && g.end !== undefined ? { start: at(g.start), end: at(g.end) } : undefined;
      const covering = coveringQuote(analysis, goldTokens[gi]!, quoteTokens, span);
      if (!covering) {
        score.misses.push({ article, what: 'missed', quote: g.quote!, expected: g.speaker });
        return;
      }
      score.found++;
      if (!g.speaker) return;
      score.withSpeaker++;
      const got = covering.speaker;
      if (got) score.named++;
      if (speakerOk(got, g.speaker, g.aliases)) {
        score.right++;
        if (!modifierInLabel(got!, [g.speaker, ...(g.aliases ?? [])])) score.strictRight++;
      } else score.misses.push({ article, what: 'speaker', quote: g.quote!, expected: g.speaker, got });
    });
  }
  score.precision = score.reported ? score.speech / score.reported : 0;
  score.recall = score.utterances ? score.found / score.utterances : 0;
  score.speakerAccuracy = score.withSpeaker ? score.right / score.withSpeaker : 0;
  score.speakerPrecision = score.named ? score.right / score.named : 0;
  return score;
}
