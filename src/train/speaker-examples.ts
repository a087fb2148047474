import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../core/analysis-types';
import type { QuoteItem } from '../core/attribute-quotes';
import { cleanArticle } from '../core/clean-article';
import { normalizeQuoteMarks } from '../core/quote-marks';
import { quoteSpeakerInputs, type SpeakerInputOptions } from '../core/quote-speaker-inputs';
import type { SpeakerCandidate } from '../core/speaker-candidates';
import { splitSentences } from '../core/split-sentences';
import { visibleText } from '../core/visible-text';
import { readJsonl } from '../eval/eval-corpus';
import { type AttributionLabel, coverage, loadCorpusArticle, normTokens, speakerOk } from '../eval/score-attribution';
import { type SourceShape, sourceShape } from './source-shape';

/** A quote the ranker decides, its candidates labelled against the gold speaker. */
export interface Example {
  article: string;
  candidates: number[][];
  correct: boolean[];
  names: Array<string>;
  none: number[];
  gold: string;
  aliases: string[];
  /** What the error dump shows (`npm run train:speakers -- --dump`). */
  shown: Shown;
}

/** A quote as the error dump shows it: its words, its paragraph, how the rules decided. */
export interface Shown {
  quote: string;
  paragraph: string;
  route: string;
}

/** A quote whose speaker rests on the rules' pronoun resolution (the ranker may only veto it). */
interface Chain {
  article: string;
  rule: string | null;
  candidates: SpeakerCandidate[];
  none: number[];
  gold: string;
  aliases: string[];
  shown: Shown;
}

/**
 * A quote the annotation gives no named source (the source is a description, "a senior official",
 * or nothing at all): a name the engine prints for it that is not that description is a wrong one,
 * which the threshold choice must see, or it trades coverage for precision only where a gold
 * speaker happens to exist.
 */
export interface Unnamed {
  article: string;
  /** The source as the annotation words it ("the commission", "a friend"), null when none. */
  source: string | null;
  /** What that source is: one person described, an anonymous or plural source, a document, none. */
  shape: SourceShape;
  /** The rules' speaker, null when they named no one. */
  rule: string | null;
  candidates: SpeakerCandidate[];
  none: number[];
}

export interface SpeakerData {
  examples: Example[];
  chains: Chain[];
  unnamed: Unnamed[];
}

/** Sources the annotation leaves unnamed because they are pronouns (relative ones too). */
const PRONOUN_SOURCE =
  /^(?:he|she|they|it|i|we|you|who|which|that|his|her|their|its|him|them|us|me|whom|whose|my|our)$/i;

/** An annotated attribution: where its content is, and its source as the copy words it. */
interface Sourced {
  start: number;
  end: number;
  source: string;
}

/**
 * The corpus's own attributions (brat standoff: T lines are spans, E lines tie a source to a
 * content); empty when the corpus has none (BBC).
 */
function annotatedSources(corpusDir: string, article: string): Sourced[] {
  const path = join(corpusDir, 'attributions', `${article}.ann`);
  if (!existsSync(path)) return [];
  const spans = new Map<string, { start: number; end: number; text: string }>();
  const out: Sourced[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const line of lines) {
    const [id, head, text] = line.split('\t');
    if (!id?.startsWith('T') || !head) continue;
    const [, start, end] = head.split(/[ ;]/);
    spans.set(id, { start: Number(start), end: Number(end), text: (text ?? '').trim() });
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const roles = new Map((line.split('\t')[1] ?? '').split(' ').map((r) => r.split(':') as [string, string]));
    const source = spans.get(roles.get('Source') ?? '');
    const content = spans.get(roles.get('Content') ?? '');
    if (source && content) out.push({ start: content.start, end: content.end, source: source.text });
  }
  return out;
}

/** The paragraph a sentence is in, as the error dump shows it. */
function paragraphOf(sentences: Sentence[], at: number): string {
  const p = sentences[at]!.paragraph;
  return sentences
    .filter((s) => s.paragraph === p)
    .map((s) => s.text)
    .join(' ');
}

const isSpeechLabel = (g: AttributionLabel): boolean => g.kind === 'utterance' || g.kind === 'fragment';

/**
 * The quotes score.py would score, with their candidates labelled against the gold speaker, the
 * pronoun chains the rules decide, and the engine's quotes that match only unnamed gold speech.
 * `keep` limits the articles read (a cross-validation fold).
 */
export function speakerData(
  corpusDir: string,
  labelsPath: string,
  options: SpeakerInputOptions & { keep?: (article: string) => boolean } = {},
): SpeakerData {
  const { keep = () => true, ...inputOptions } = options;
  const labels = readJsonl<AttributionLabel>(labelsPath).filter((l) => keep(l.article));
  const byArticle = new Map<string, AttributionLabel[]>();
  for (const l of labels) byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), l]);
  const data: SpeakerData = { examples: [], chains: [], unnamed: [] };
  for (const [article, golds] of [...byArticle].sort(([a], [b]) => a.localeCompare(b))) {
    const text = loadCorpusArticle(corpusDir, article);
    // Read as analyzeArticle reads it (no-break spaces as spaces, invisible characters dropped); offsets map back.
    const visible = visibleText(text);
    const sentences = splitSentences(cleanArticle(visible.text, {}));
    const inputs = quoteSpeakerInputs(normalizeQuoteMarks(sentences), inputOptions).filter(
      ({ item }) => item.kind === 'utterance' || item.kind === 'fragment',
    );
    const tokens = inputs.map(({ item }) => normTokens(item.text));
    const shownOf = (item: QuoteItem): Shown => ({
      quote: item.text,
      paragraph: paragraphOf(sentences, item.segments[0]!.startSentence),
      route: item.route,
    });
    /** The engine quote score.py pairs with a label, as score-attribution.ts pairs them. */
    const matched = (g: AttributionLabel): number | null => {
      const quote = g.quote ?? text.slice(g.start, g.end).replace(/\s+/g, ' ');
      const goldTokens = normTokens(quote);
      let cover = inputs.flatMap((_, i) => (coverage(goldTokens, tokens[i]!) >= 0.8 ? [i] : []));
      if (cover.length === 0) return null;
      if (g.start !== undefined && g.end !== undefined) {
        const at = cover.filter((i) => {
          const s = sentences[inputs[i]!.item.segments[0]!.startSentence]!;
          return visible.original(s.start) < g.end! && visible.original(s.end, true) > g.start!;
        });
        if (at.length > 0) cover = at;
      }
      return cover[0]!;
    };
    // Engine quotes that carry a named gold speaker (or several) are judged by those names only.
    const named = new Set<number>();
    for (const g of golds) {
      if (!isSpeechLabel(g) || !g.speaker) continue;
      const i = matched(g);
      if (i === null) continue;
      named.add(i);
      if (g.kind !== 'utterance') continue;
      const { item, candidates, none, pronounChain } = inputs[i]!;
      if (pronounChain) {
        // Decided by the rules' pronoun resolution (the ranker may only veto it): never learned from.
        data.chains.push({
          article,
          rule: item.speaker?.name ?? null,
          candidates: candidates.map((c) => ({ ...c, speaker: { name: c.speaker.name, person: null } })),
          none,
          gold: g.speaker,
          aliases: g.aliases ?? [],
          shown: shownOf(item),
        });
        continue;
      }
      data.examples.push({
        article,
        candidates: candidates.map((c) => c.features),
        correct: candidates.map((c) => speakerOk(c.speaker.name, g.speaker!, g.aliases)),
        names: candidates.map((c) => c.speaker.name),
        none,
        gold: g.speaker,
        aliases: g.aliases ?? [],
        shown: shownOf(item),
      });
    }
    const seen = new Set<number>();
    const sources = annotatedSources(corpusDir, article);
    for (const g of golds) {
      if (!isSpeechLabel(g) || g.speaker) continue;
      const annotated = sources.find((a) => g.start !== undefined && a.start <= g.start && g.end! <= a.end);
      // PolNeAR leaves pronoun sources unnamed ("he said"): a name given there may well be right.
      if (annotated && PRONOUN_SOURCE.test(annotated.source)) continue;
      const i = matched(g);
      if (i === null || named.has(i) || seen.has(i)) continue;
      seen.add(i);
      const { item, candidates, none, pronounChain } = inputs[i]!;
      // PolNeAR leaves pronoun sources unnamed: a name reached through "he said" may well be right.
      if (pronounChain) continue;
      data.unnamed.push({
        article,
        source: annotated?.source ?? null,
        shape: sourceShape(
          annotated?.source ?? null,
          sources.filter((a) => annotated && a.start < annotated.start).map((a) => a.source),
        ),
        rule: item.speaker?.name ?? null,
        candidates: candidates.map((c) => ({ ...c, speaker: { name: c.speaker.name, person: null } })),
        none,
      });
    }
  }
  return data;
}
