import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Quote } from '../core/analysis-types';
import { analyzeArticle } from '../core/analyze-article';
import { foldApostrophes } from '../core/tokenize-words';
import { type Analyzer, readArticle, readJsonl } from './eval-corpus';
import { familyName } from './family-name';

interface QuoteLabel {
  article: string;
  quote: string;
  kind: 'utterance' | 'fragment' | 'title';
  speaker: string | null;
  aliases: string[];
  evidence: string;
}

interface QuoteMiss {
  article: string;
  quote: string;
  expected?: string | null;
  got?: string | null;
  kind?: string;
}

export interface QuoteScore {
  articles: number;
  utterances: number;
  reported: number;
  /** Reported quotes that are real speech (a labelled utterance or fragment), not titles or noise. */
  precision: number;
  /** Reported quotes that are labelled utterances (fragments count as wrong here). */
  strictPrecision: number;
  /** Utterances covered (>= 80% of their words) by some reported quote. */
  recall: number;
  /** Found utterances whose speaker matches by surname or alias (null only matches null). */
  speakerAccuracy: number;
  missed: QuoteMiss[];
  wrongSpeaker: QuoteMiss[];
  falsePositives: QuoteMiss[];
}

const COVER = 0.8;

function words(text: string): string[] {
  return foldApostrophes(text.toLowerCase()).match(/[a-z0-9£$€%]+(?:'[a-z]+)?/g) ?? [];
}

/** Share of `target`'s words (as a multiset) that `source` contains. */
function coverage(target: string[], source: string[]): number {
  if (target.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const w of source) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of target) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  return hit / target.length;
}

function surname(name: string): string {
  const family = familyName(name);
  if (family) return family.toLowerCase();
  const tokens = words(name.replace(/['’]s\b/g, ''));
  return tokens[tokens.length - 1] ?? '';
}

function normalizeName(name: string): string {
  return words(name)
    .filter((w) => w !== 'the')
    .join(' ');
}

/** The README's rule: the speaker is right when its surname (or an alias) matches. */
function speakerMatches(label: QuoteLabel, got: string | null): boolean {
  if (label.speaker === null) return got === null;
  if (got === null) return false;
  const names = [label.speaker, ...label.aliases];
  const gotName = normalizeName(got);
  const gotSurname = surname(got);
  return names.some((name) => normalizeName(name) === gotName || surname(name) === gotSurname);
}

/** Scores quote extraction on the labelled dev articles (eval README, `quotes-dev.jsonl`). */
export function scoreQuotes(options: string | { evalDir: string; analyze?: Analyzer }): QuoteScore {
  const evalDir = typeof options === 'string' ? options : options.evalDir;
  const analyze: Analyzer = (typeof options === 'string' ? undefined : options.analyze) ?? ((t) => analyzeArticle(t));
  const labels = readJsonl<QuoteLabel>(join(evalDir, 'labels', 'quotes-dev.jsonl'));
  const articles = [...new Set(labels.map((l) => l.article))];
  const score: QuoteScore = {
    articles: articles.length,
    utterances: 0,
    reported: 0,
    precision: 0,
    strictPrecision: 0,
    recall: 0,
    speakerAccuracy: 0,
    missed: [],
    wrongSpeaker: [],
    falsePositives: [],
  };
  let found = 0;
  let rightSpeaker = 0;
  let speech = 0;
  let strict = 0;
  for (const article of articles) {
    const quotes: Quote[] = analyze(readArticle(evalDir, article)).quotes;
    const mine = labels.filter((l) => l.article === article);
    const quoteWords = quotes.map((q) => words(q.text));
    for (const label of mine.filter((l) => l.kind === 'utterance')) {
      score.utterances++;
      const target = words(label.quote);
      let best = -1;
      let bestCover = 0;
      quoteWords.forEach((qw, i) => {
        const c = coverage(target, qw);
        if (c > bestCover) {
          bestCover = c;
          best = i;
        }
      });
      if (best < 0 || bestCover < COVER) {
        score.missed.push({ article, quote: label.quote, expected: label.speaker });
        continue;
      }
      found++;
      const got = quotes[best]!.speaker;
      if (speakerMatches(label, got)) rightSpeaker++;
      else score.wrongSpeaker.push({ article, quote: label.quote, expected: label.speaker, got });
    }
    quotes.forEach((quote, i) => {
      score.reported++;
      const qw = quoteWords[i]!;
      const matches = mine.filter((l) => {
        const lw = words(l.quote);
        return coverage(lw, qw) >= COVER || coverage(qw, lw) >= COVER;
      });
      if (matches.some((l) => l.kind !== 'title')) speech++;
      else
        score.falsePositives.push({
          article,
          quote: quote.text,
          got: quote.speaker,
          kind: matches[0]?.kind ?? 'unlabelled',
        });
      if (matches.some((l) => l.kind === 'utterance')) strict++;
    });
  }
  score.precision = score.reported === 0 ? 0 : speech / score.reported;
  score.strictPrecision = score.reported === 0 ? 0 : strict / score.reported;
  score.recall = score.utterances === 0 ? 0 : found / score.utterances;
  score.speakerAccuracy = found === 0 ? 0 : rightSpeaker / found;
  return score;
}

function formatScore(score: QuoteScore): string {
  const pct = (x: number): string => x.toFixed(3);
  const lines = [
    `quotes: ${score.articles} articles, ${score.utterances} utterances, ${score.reported} reported`,
    `precision ${pct(score.precision)} (strict ${pct(score.strictPrecision)})  recall ${pct(score.recall)}  speaker accuracy ${pct(score.speakerAccuracy)}`,
  ];
  const show = (title: string, misses: QuoteMiss[]): void => {
    if (misses.length === 0) return;
    lines.push('', `${title} (${misses.length}):`);
    for (const m of misses) {
      const who =
        'got' in m ? ` expected=${m.expected ?? 'null'} got=${m.got ?? 'null'}` : ` expected=${m.expected ?? 'null'}`;
      lines.push(`  ${m.article}${m.kind ? ` [${m.kind}]` : ''}${who}  "${m.quote.slice(0, 90)}"`);
    }
  };
  show('missed utterances', score.missed);
  show('wrong speakers', score.wrongSpeaker);
  show('false positives', score.falsePositives);
  return lines.join('\n');
}

// Ad hoc: `npx tsx src/eval/score-quotes.ts [evalDir]` prints the scores and every miss.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const evalDir = resolve(process.argv[2] ?? '../shared/eval');
  console.log(formatScore(scoreQuotes(evalDir)));
}
