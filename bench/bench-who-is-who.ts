import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../src/core/analysis-types';
import { analyzeArticle } from '../src/core/analyze-article';
import { whoIsWho } from '../src/core/who-is-who';
import { DEFAULT_EVAL_DIR } from '../src/eval/run-eval';
import { loadBbcArticles } from './bbc-corpus';
import { type Benchmark, type BenchRow, percentile } from './bench-types';

const ROUNDS = 3;
/** Below this at p95, work on the bot's main thread per /brief is not worth moving to the worker. */
const P95_MATERIAL_MS = 2;

/**
 * A brief's who is who, from the stored analysis (read back from JSON, as from the store): made on
 * the main thread (as one-shot commands do, and the bot did until session 20), against what the
 * bot's main thread now pays to hand it to the worker, a copy of what who is who reads
 * (structuredClone: serialising and reading back, more than postMessage's own share). The two are
 * timed in alternation per article, CPU time (process.cpuUsage), the median of three rounds, then
 * p50 / p95 / max over the articles.
 */
export const benchWhoIsWho: Benchmark = async ({ log }) => {
  const corpora: Array<[string, Array<[string, string]>]> = [
    ['BBC', loadBbcArticles().map((a) => [a.name, a.text])],
    ['PolNeAR', polnearTexts()],
  ];
  const rows: BenchRow[] = [];
  for (const [corpus, texts] of corpora) {
    const made: number[] = [];
    const copied: number[] = [];
    let slowest = { name: '', ms: 0 };
    // Each analysis is stored (as JSON) right before it is read back: keeping all 924 PolNeAR ones first held 16 MB
    // the bot never holds, and put the process's peak RSS at the README's limit (session 49).
    for (const [name, text] of texts) {
      const json = JSON.stringify(analyzeArticle(text));
      whoIsWho(JSON.parse(json) as Analysis); // warm-up
      const rounds: Array<[number, number]> = [];
      for (let round = 0; round < ROUNDS; round++) {
        const analysis = JSON.parse(json) as Analysis;
        const { sentences, entities, quotes, statements, title } = analysis;
        rounds.push([
          cpuMs(() => whoIsWho(analysis)),
          cpuMs(() => structuredClone({ sentences, entities, quotes, statements, title })),
        ]);
      }
      const median = (i: 0 | 1) => rounds.map((r) => r[i]).sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
      made.push(median(0));
      copied.push(median(1));
      if (median(0) > slowest.ms) slowest = { name, ms: median(0) };
    }
    log(`${corpus}: ${texts.length} articles; slowest ${slowest.name} ${slowest.ms.toFixed(0)} ms`);
    const line = (times: number[]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return {
        p95: percentile(sorted, 95),
        text: `${percentile(sorted, 50).toFixed(2)} / ${percentile(sorted, 95).toFixed(2)} / ${sorted.at(-1)!.toFixed(1)} ms`,
      };
    };
    const onThread = line(made);
    const handOff = line(copied);
    rows.push(
      {
        name: `who is who per /brief on the main thread, ${corpus} p50 / p95 / max (CPU)`,
        value: onThread.text,
        note: `${texts.length} articles; one-shot commands`,
      },
      {
        name: `who is who per /brief, the bot's main thread (copy to the worker), ${corpus} p50 / p95 / max (CPU)`,
        value: handOff.text,
        target: `p95 < ${P95_MATERIAL_MS} ms`,
        ok: handOff.p95 < P95_MATERIAL_MS,
        note: 'made in the worker pool; remembered per story after the first brief',
      },
    );
  }
  return rows;
};

function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function polnearTexts(): Array<[string, string]> {
  const root = join(DEFAULT_EVAL_DIR, 'polnear', 'article');
  return ['dev', 'train'].flatMap((split) =>
    readdirSync(join(root, split))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f): [string, string] => [`${split}/${f}`, readFileSync(join(root, split, f), 'utf8')]),
  );
}
