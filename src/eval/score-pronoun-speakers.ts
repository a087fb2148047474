import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../core/analyze-article';
import { projectPath } from '../project-path';
import type { Analyzer } from './eval-corpus';
import { coveringQuote, loadCorpusArticle, normTokens, speakerOk } from './score-attribution';

/**
 * Speakers of PolNeAR quotations whose annotated source is a pronoun. The corpus leaves them null, so
 * no other line sees who "he said" was resolved to; labels/pronoun-speakers.json names the person by
 * hand (a seeded draw, see src/eval/draw-pronoun-quotes.ts). Right = the same person (samePerson); a null speaker
 * is not right and not wrong; a label of "unresolvable" is right only when the engine names no one.
 */

const PRONOUN_LABELS_PATH = projectPath('labels', 'pronoun-speakers.json');

interface PronounLabel {
  article: string;
  start: number;
  end: number;
  name: string;
  /** 'dev-late': drawn and labelled after the rules it judges were written. */
  set?: 'dev-late';
}

interface PronounSplitScore {
  labelled: number;
  /** Labelled quotations the engine reported at all. */
  found: number;
  named: number;
  right: number;
  rows: Array<{ article: string; quote: string; gold: string; got: string | null }>;
}

export interface PronounScore {
  train: PronounSplitScore;
  dev: PronounSplitScore;
  devLate: PronounSplitScore;
}

const UNRESOLVABLE = 'unresolvable';

/** score.py's surname match, but a different given name is someone else (Ron Howard is not Clint Howard). */
export function samePerson(got: string | null, gold: string): boolean {
  if (!speakerOk(got, gold)) return false;
  const given = (name: string): string | undefined => {
    const tokens = normTokens(name);
    return tokens.length >= 2 ? tokens[0] : undefined;
  };
  const a = given(got ?? '');
  const b = given(gold);
  return a === undefined || b === undefined || a === b;
}

export function scorePronounSpeakers(options: {
  evalDir: string;
  analyze: Analyzer;
  labelsPath?: string;
}): PronounScore {
  const corpusDir = join(options.evalDir, 'polnear');
  const { items } = JSON.parse(readFileSync(options.labelsPath ?? PRONOUN_LABELS_PATH, 'utf8')) as {
    items: PronounLabel[];
  };
  const empty = (): PronounSplitScore => ({ labelled: 0, found: 0, named: 0, right: 0, rows: [] });
  const score: PronounScore = { train: empty(), dev: empty(), devLate: empty() };
  for (const item of items) {
    const split = item.set === 'dev-late' ? score.devLate : item.article.startsWith('dev/') ? score.dev : score.train;
    const text = loadCorpusArticle(corpusDir, item.article);
    const analysis = options.analyze(text);
    const quote = text.slice(item.start, item.end).replace(/\s+/g, ' ');
    const quoteTokens = analysis.quotes.map((q) => normTokens(q.text));
    const covering = coveringQuote(analysis, normTokens(quote), quoteTokens, item);
    const got = covering?.speaker ?? null;
    split.labelled++;
    if (covering) split.found++;
    if (got) split.named++;
    const right = item.name === UNRESOLVABLE ? covering !== undefined && !got : samePerson(got, item.name);
    if (right) split.right++;
    split.rows.push({ article: item.article, quote, gold: item.name, got });
  }
  return score;
}

export function formatPronounScore(score: PronounScore): string {
  const f = (x: number): string => x.toFixed(3);
  const part = (name: string, s: PronounSplitScore): string =>
    `${name}: accuracy ${f(s.labelled ? s.right / s.labelled : 0)} (${s.right}/${s.labelled}) precision ${f(s.named ? s.right / s.named : 0)} (${s.right}/${s.named}) found ${s.found}`;
  const { train, dev, devLate } = score;
  return [
    `Pronoun quotes (hand-labelled, PolNeAR train ${train.labelled} / dev ${dev.labelled} / dev second draw ${devLate.labelled})`,
    `  ${part('train', train)}`,
    `  ${part('dev', dev)}`,
    `  ${part('dev second draw', devLate)}`,
  ].join('\n');
}

// Ad hoc: `npx tsx src/eval/score-pronoun-speakers.ts [evalDir] [-v]` prints the line and, with -v, every row.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const evalDir = process.argv[2] && process.argv[2] !== '-v' ? process.argv[2] : projectPath('..', 'shared', 'eval');
  const score = scorePronounSpeakers({ evalDir, analyze: (t) => analyzeArticle(t) });
  console.log(formatPronounScore(score));
  if (process.argv.includes('-v'))
    for (const r of [...score.train.rows, ...score.dev.rows, ...score.devLate.rows])
      console.log(
        `${samePerson(r.got, r.gold) ? 'ok ' : r.got ? 'BAD' : 'nul'} ${r.article}: ${r.quote.slice(0, 60)} -> ${r.got ?? 'null'} (gold ${r.gold})`,
      );
}
