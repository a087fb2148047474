import { cleanArticle } from '../core/clean-article';
import { type FindQuotesOptions, findQuotes } from '../core/find-quotes';
import { KEEP_EVERY_SPAN } from '../core/quote-acceptance';
import { normalizeQuoteMarks } from '../core/quote-marks';
import { splitSentences } from '../core/split-sentences';
import { visibleText } from '../core/visible-text';
import { readJsonl } from '../eval/eval-corpus';
import {
  type AttributionLabel,
  countsAsSpeech,
  coverage,
  loadCorpusArticle,
  normTokens,
} from '../eval/score-attribution';

/** One quoted span the acceptance model judges, labelled as score.py would count it. */
interface JudgedExample {
  article: string;
  text: string;
  features: number[];
  /** False for a tagged, attributed or speech-shaped quotation: always kept, not fitted. */
  judged: boolean;
  /** The span counts as speech: a labelled utterance or fragment covers it. */
  speech: boolean;
  /** It is the only reported quote covering some labelled utterance (dropping it costs recall). */
  sole: boolean;
}

/** One article's reported quotes as the eval sees them, with the judged ones marked. */
interface ArticleSpans {
  article: string;
  /** Per reported quote: its example's index in `examples`, or null (a transcript turn: always kept). */
  quotes: Array<{ example: number | null; speech: boolean }>;
  /** Per labelled utterance: the reported quotes that cover it. */
  utterances: number[][];
}

export interface SpanData {
  examples: JudgedExample[];
  articles: ArticleSpans[];
}

/** How the spans are read: the copy's rewriting, and the learned inputs (default: the shipped ones). */
export interface SpanOptions extends Pick<FindQuotesOptions, 'cues' | 'speakerModel'> {
  /** Rewrites each article's copy first (British style's marks). */
  transform?: (text: string) => string;
}

/**
 * Every quote the engine reports on a labelled corpus (the acceptance model told to keep all),
 * with the features the model reads and score.py's verdict, so a threshold can be replayed.
 */
export function collectSpans(corpusDir: string, labelsPath: string, options: SpanOptions = {}): SpanData {
  const { transform = (t: string) => t, cues, speakerModel } = options;
  const byArticle = new Map<string, AttributionLabel[]>();
  for (const l of readJsonl<AttributionLabel>(labelsPath))
    byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), l]);
  const data: SpanData = { examples: [], articles: [] };
  for (const [article, golds] of [...byArticle].sort(([a], [b]) => a.localeCompare(b))) {
    const raw = loadCorpusArticle(corpusDir, article);
    // Read as analyzeArticle reads it: no-break spaces as spaces, invisible characters dropped (visible-text.ts).
    const cleaned = cleanArticle(visibleText(transform(raw)).text, {});
    const judged: Array<{ text: string; sentenceId: number; features: number[]; judged: boolean }> = [];
    const quotes = findQuotes(normalizeQuoteMarks(splitSentences(cleaned)), cleaned.title, {
      acceptance: KEEP_EVERY_SPAN,
      observe: (span) => judged.push(span),
      cues,
      speakerModel,
    });
    const goldTokens = golds.map((g) => normTokens(g.quote ?? raw.slice(g.start, g.end).replace(/\s+/g, ' ')));
    const speech = goldTokens.filter((_, i) => golds[i]!.kind !== 'title');
    const quoteTokens = quotes.map((q) => normTokens(q.text));
    const utterances = goldTokens
      .filter((_, i) => golds[i]!.kind === 'utterance')
      .map((g) => quoteTokens.flatMap((q, qi) => (coverage(g, q) >= 0.8 ? [qi] : [])));
    let next = 0;
    const spans: ArticleSpans = { article, quotes: [], utterances };
    quotes.forEach((q, qi) => {
      const isSpeech = countsAsSpeech(quoteTokens[qi]!, speech);
      const at = judged.findIndex((j, k) => k >= next && j.text === q.text && j.sentenceId === q.sentenceId);
      if (at < 0) {
        spans.quotes.push({ example: null, speech: isSpeech });
        return;
      }
      next = at + 1;
      spans.quotes.push({ example: data.examples.length, speech: isSpeech });
      data.examples.push({
        article,
        text: q.text,
        features: judged[at]!.features,
        judged: judged[at]!.judged,
        speech: isSpeech,
        sole: utterances.some((cover) => cover.length === 1 && cover[0] === qi),
      });
    });
    data.articles.push(spans);
  }
  return data;
}

export interface Figures {
  reported: number;
  speech: number;
  precision: number;
  found: number;
  utterances: number;
  recall: number;
}

/** Precision and recall as score.py counts them when spans under `threshold` are dropped. */
export function figuresAt(data: SpanData, probability: readonly number[], threshold: number): Figures {
  const f: Figures = { reported: 0, speech: 0, precision: 0, found: 0, utterances: 0, recall: 0 };
  for (const a of data.articles) {
    const kept = a.quotes.map(
      (q) => q.example === null || !data.examples[q.example]!.judged || probability[q.example]! >= threshold,
    );
    a.quotes.forEach((q, i) => {
      if (!kept[i]) return;
      f.reported++;
      if (q.speech) f.speech++;
    });
    for (const cover of a.utterances) {
      f.utterances++;
      if (cover.some((i) => kept[i])) f.found++;
    }
  }
  f.precision = f.reported ? f.speech / f.reported : 0;
  f.recall = f.utterances ? f.found / f.utterances : 0;
  return f;
}
