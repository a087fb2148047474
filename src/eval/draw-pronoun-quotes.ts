import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readJsonl } from './eval-corpus';
import { type AttributionLabel, loadCorpusArticle } from './score-attribution';
import { seededShuffle } from './seeded-random';

/**
 * The draw behind labels/pronoun-speakers.json: PolNeAR direct quotations (utterances) whose
 * annotated Source is a personal pronoun. The corpus leaves their speaker null, so no speaker figure sees
 * them; the draw is what a hand label then resolves, by reading the article only.
 */

export interface PronounQuote {
  article: string;
  start: number;
  end: number;
  quote: string;
  /** The annotated Source span: the pronoun as the copy writes it, and where. */
  pronoun: string;
  pronounAt: number;
}

const PERSONAL = new Set(['he', 'she', 'they', 'i', 'we']);

interface Span {
  kind: string;
  start: number;
  end: number;
  text: string;
}

/** Every (Source, Content) pair of a brat file; discontinuous spans keep their outer bounds. */
function sourcesAndContents(ann: string): Array<{ source: Span; content: Span }> {
  const spans = new Map<string, Span>();
  const pairs: Array<{ source: Span; content: Span }> = [];
  for (const line of ann.split('\n')) {
    const [id, head, text] = line.split('\t');
    if (!id || !head) continue;
    if (id.startsWith('T')) {
      const [kind, ...bounds] = head.split(/[ ;]/);
      const numbers = bounds.map(Number);
      spans.set(id, { kind: kind!, start: Math.min(...numbers), end: Math.max(...numbers), text: text ?? '' });
    } else if (id.startsWith('E')) {
      const roles = new Map(head.split(' ').map((r) => r.split(':') as [string, string]));
      const source = spans.get(roles.get('Source') ?? '');
      const content = spans.get(roles.get('Content') ?? '');
      if (source && content) pairs.push({ source, content });
    }
  }
  return pairs;
}

/** The pronoun-sourced utterances of one split, in label order. */
function pronounQuotes(evalDir: string, split: 'train' | 'dev'): PronounQuote[] {
  const polnear = join(evalDir, 'polnear');
  const labels = readJsonl<AttributionLabel>(join(polnear, `quotes-${split}.jsonl`));
  const out: PronounQuote[] = [];
  const annCache = new Map<string, ReturnType<typeof sourcesAndContents>>();
  for (const g of labels) {
    if (g.kind !== 'utterance' || g.speaker || g.start === undefined || g.end === undefined) continue;
    const name = g.article.split('/')[1]!;
    if (!annCache.has(name))
      annCache.set(name, sourcesAndContents(readFileSync(join(polnear, 'attributions', split, `${name}.ann`), 'utf8')));
    const pair = annCache
      .get(name)!
      .find(
        (p) =>
          p.content.start <= g.start! && p.content.end >= g.end! && PERSONAL.has(p.source.text.trim().toLowerCase()),
      );
    if (!pair) continue;
    const text = loadCorpusArticle(polnear, g.article);
    out.push({
      article: g.article,
      start: g.start,
      end: g.end,
      quote: text.slice(g.start, g.end).replace(/\s+/g, ' '),
      pronoun: text.slice(pair.source.start, pair.source.end),
      pronounAt: pair.source.start,
    });
  }
  return out;
}

/**
 * The committed draws: seed 29, the first 60 train and 30 dev pronoun-sourced utterances after a shuffle; and
 * `devLate`, the next 30 of the dev shuffle, drawn and labelled after the rules they judge were written.
 */
export function drawPronounQuotes(evalDir: string): {
  seed: number;
  train: PronounQuote[];
  dev: PronounQuote[];
  devLate: PronounQuote[];
} {
  const shuffled = (split: 'train' | 'dev') => seededShuffle(pronounQuotes(evalDir, split), 29);
  const dev = shuffled('dev');
  return { seed: 29, train: shuffled('train').slice(0, 60), dev: dev.slice(0, 30), devLate: dev.slice(30, 60) };
}

// `npx tsx src/eval/draw-pronoun-quotes.ts [evalDir] > draw.json` prints the draw the labels were written on.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const evalDir = resolve(process.argv[2] ?? '../shared/eval');
  writeFileSync(process.stdout.fd, `${JSON.stringify(drawPronounQuotes(evalDir), null, 1)}\n`);
}
