/**
 * Prints a seeded random sample of the questions the engine asks on copy whose questions nobody
 * has read (PolNeAR train, BBC even-numbered articles), each with its passage, neighbouring
 * sentences and the article's who-is-who, for the hand-read in docs/hand-read-questions.md.
 *
 * `npm run sample:questions -- --seed 13 --n 50 --from 0` draws sample 1; `--from 100` draws
 * sample 2 from later positions of the same shuffle, so the two never share an article whatever
 * the engine asks. The articles are shuffled by the seed alone (not by what the engine asks), then
 * walked from position `from`, taking one question per article (also picked by the seed) until
 * `n` are drawn.
 *
 * `--pool dev-unlabelled` draws instead from the PolNeAR dev articles that carry no qa or follow-up
 * label (the labelled ones are where the follow-up bars were chosen), the copy left for sample 16
 * once seed 13's pool was nearly read.
 *
 * `--unread-only` (sample 17) keeps, of each article some earlier sample read, the questions whose
 * passage no row of the hand-read sample tables (docs/hand-read-questions/) read, and skips the other articles:
 * seed 13 read one question per article, so the others were never read. From sample 19 on a row
 * also marks a passage read when the passage holds most of the row's content words (`read-before.ts`);
 * from sample 21 on a passage is read when one of its sentences was read in any article's row (the
 * same wire copy runs under several headlines).
 *
 * `--unnamed-only` (sample 59) walks instead only the articles no sample table names: once every named
 * article's questions were read, they are the pool's unread rest. All their questions are open but a
 * passage whose sentence a row of any article read (a sibling copy), or this draw already drew.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../core/analysis-types';
import { analyzeArticle } from '../core/analyze-article';
import { whoIsWho } from '../core/who-is-who';
import { type DrawnQuestion, drawAmong, drawQuestions } from './draw-questions';
import { readJsonl } from './eval-corpus';
import { handReadDocument } from './hand-read-document';
import { numberOption } from './number-option';
import { type ReadMatch, readBefore, sentencesReadAnywhere } from './read-before';
import { DEFAULT_EVAL_DIR } from './run-eval';

/** The unread pool: PolNeAR train and the BBC even-numbered (unlabelled) articles, as paths under evalDir. */
function unreadArticles(evalDir: string): string[] {
  const polnear = readdirSync(join(evalDir, 'polnear', 'article', 'train'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `polnear/article/train/${f}`);
  const bbcRoot = join(evalDir, 'bbc', 'article');
  const bbc = readdirSync(bbcRoot).flatMap((category) =>
    readdirSync(join(bbcRoot, category))
      .filter((f) => /^\d+\.txt$/.test(f) && Number.parseInt(f, 10) % 2 === 0)
      .map((f) => `bbc/article/${category}/${f}`),
  );
  return [...polnear, ...bbc];
}

/**
 * PolNeAR dev minus the articles named in its qa and follow-up labels, as paths under evalDir:
 * nobody has read their questions and no open-question choice was made on them (the speaker
 * thresholds were chosen on all of dev, so they are unread, not untuned).
 */
export function unlabelledDevArticles(evalDir: string): string[] {
  const labelled = new Set(
    ['qa-dev.jsonl', 'followups-dev.jsonl'].flatMap((file) =>
      readJsonl<{ article: string }>(join(evalDir, 'polnear', file)).map((row) => row.article),
    ),
  );
  return readdirSync(join(evalDir, 'polnear', 'article', 'dev'))
    .filter((f) => f.endsWith('.txt') && !labelled.has(`dev/${f.slice(0, -'.txt'.length)}`))
    .map((f) => `polnear/article/dev/${f}`);
}

/** The pool path a sample table's article cell names ("PolNeAR dev x", "PolNeAR x", "BBC politics/006"). */
function pathOfCell(cell: string): string {
  const [corpus, ...rest] = cell.trim().split(/\s+/);
  if (corpus === 'BBC') return `bbc/article/${rest.join(' ')}.txt`;
  if (rest[0] === 'dev' && rest.length > 1) return `polnear/article/dev/${rest.slice(1).join(' ')}.txt`;
  return `polnear/article/train/${rest.join(' ')}.txt`;
}

/**
 * The question cells of the sample tables of samples below `before` in the hand-read document,
 * by article path: what was read of each article.
 */
export function readRows(doc: string, before: number): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  let inSample = false;
  for (const line of doc.split('\n')) {
    const heading = /^## (?:Sample (\d+))?/.exec(line);
    if (heading) inSample = heading[1] !== undefined && Number(heading[1]) < before;
    const cells = line.split('|');
    if (!inSample || !/^\| \d+ /.test(line) || cells.length < 4) continue;
    const path = pathOfCell(cells[2]!);
    rows.set(path, [...(rows.get(path) ?? []), cells[3]!]);
  }
  return rows;
}

/**
 * Indices of the questions none of whose texts (its passage, and its wording, since a phrased
 * question may share few words with its passage) a row read of the article marks read, by the
 * draw's matches (`readBefore`); none when nothing of the article was read.
 */
export function unreadQuestions(
  questions: readonly (readonly string[])[],
  read: readonly string[] | undefined,
  match: ReadMatch = {},
  elsewhere?: ReadElsewhere,
): number[] {
  if (!read) return [];
  return questions.flatMap((texts, i) =>
    read.some((row) => texts.some((text) => readBefore(row, text, match))) ||
    (match.anyArticle === true &&
      elsewhere !== undefined &&
      sentencesReadAnywhere(elsewhere.sentences[i] ?? [], elsewhere.everyRow).length > 0)
      ? []
      : [i],
  );
}

/**
 * The questions an article offers the draw. `unread`: of an article some table names, those its rows did
 * not read; none of an article no table names. `unnamed`: the reverse, every question of an article no
 * table names, but those whose passage sentence was read in any article's row (or drawn earlier).
 */
export function openQuestions(
  walk: 'unread' | 'unnamed',
  questions: readonly (readonly string[])[],
  read: readonly string[] | undefined,
  match: ReadMatch,
  elsewhere: ReadElsewhere,
): number[] {
  if (walk === 'unread') return unreadQuestions(questions, read, match, elsewhere);
  return read ? [] : unreadQuestions(questions, [], match, elsewhere);
}

/** For the any-article match: each question's passage sentences, and every read row of every article. */
export interface ReadElsewhere {
  sentences: readonly (readonly string[])[];
  everyRow: readonly string[];
}

function passageSentences(analysis: Analysis, question: number): string[] {
  const ids = new Set(analysis.questions[question]!.sentenceIds);
  return analysis.sentences.filter((s) => ids.has(s.id)).map((s) => s.text);
}

function describe(analysis: Analysis, drawn: DrawnQuestion, index: number): string {
  const q = analysis.questions[drawn.question]!;
  const ids = new Set(q.sentenceIds);
  const lo = Math.max(0, Math.min(...q.sentenceIds) - 2);
  const hi = Math.min(analysis.sentences.length - 1, Math.max(...q.sentenceIds) + 2);
  const context = analysis.sentences
    .slice(lo, hi + 1)
    .map((s) => `${ids.has(s.id) ? '  >> ' : '     '}[${s.id}] ${s.text}`);
  const who = whoIsWho(analysis);
  const people = who.people.map((p) => `     ${p.name}${p.role ? ` — ${p.role}` : ''}`);
  if (who.organizations.length > 0) people.push(`     Organisations: ${who.organizations.join(', ')}`);
  return [
    `#${index + 1} ${drawn.article} (position ${drawn.position}, question ${drawn.question + 1} of ${analysis.questions.length})`,
    `   headline: ${analysis.title}`,
    `   Q [${q.kind}]: ${q.text}`,
    ...context,
    '   who is who:',
    ...people,
    '',
  ].join('\n');
}

function main(args: readonly string[]): void {
  const options = {
    seed: numberOption(args, 'seed', 13),
    n: numberOption(args, 'n', 50),
    from: numberOption(args, 'from', 0),
  };
  const cache = new Map<string, Analysis>();
  const analysisOf = (article: string): Analysis => {
    let analysis = cache.get(article);
    if (!analysis) {
      analysis = analyzeArticle(readFileSync(join(DEFAULT_EVAL_DIR, article), 'utf8'));
      cache.set(article, analysis);
    }
    return analysis;
  };
  const poolAt = args.indexOf('--pool');
  const pool = poolAt < 0 ? 'unread' : args[poolAt + 1];
  if (pool !== 'unread' && pool !== 'dev-unlabelled') throw new Error('--pool is unread or dev-unlabelled');
  const articles = pool === 'unread' ? unreadArticles(DEFAULT_EVAL_DIR) : unlabelledDevArticles(DEFAULT_EVAL_DIR);
  const sample = numberOption(args, 'sample', 17);
  const read = readRows(handReadDocument(), sample);
  // Each sample's draw keeps the matches it was made with: short rows whole from 18, content words from 19.
  // ... and a sentence read in any article's row from 21.
  // ... and, from 59, a sentence this draw already drew.
  const match: ReadMatch = {
    shortWhole: sample >= 18,
    byContent: sample >= 19,
    anyArticle: sample >= 21,
    withinDraw: sample >= 59,
  };
  const everyRow = [...read.values()].flat();
  const drewRead = match.withinDraw
    ? (d: DrawnQuestion) => everyRow.push(passageSentences(analysisOf(d.article), d.question).join(' '))
    : undefined;
  const unnamed = args.includes('--unnamed-only');
  const drawn =
    unnamed || args.includes('--unread-only')
      ? drawAmong(
          articles,
          (a) => {
            const rows = read.get(a);
            if (unnamed === (rows !== undefined)) return [];
            const analysis = analysisOf(a);
            const sentences = analysis.questions.map((_, k) => passageSentences(analysis, k));
            const texts = analysis.questions.map((q, k) => [sentences[k]!.join(' '), q.text]);
            return openQuestions(unnamed ? 'unnamed' : 'unread', texts, rows, match, { sentences, everyRow });
          },
          options,
          drewRead,
        )
      : drawQuestions(articles, (a) => analysisOf(a).questions.length, options);
  const last = drawn.at(-1)?.position ?? options.from;
  console.log(
    `pool ${pool}${unnamed ? ' (articles no table names only)' : args.includes('--unread-only') ? ' (unread questions only)' : ''}, seed ${options.seed}, ${drawn.length} questions from shuffle positions ${options.from}–${last}\n`,
  );
  drawn.forEach((d, i) => {
    console.log(describe(analysisOf(d.article), d, i));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
