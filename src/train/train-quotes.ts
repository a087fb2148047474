import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acceptanceProbability } from '../core/quote-acceptance';
import { ACCEPTANCE_FEATURES } from '../core/quote-acceptance-features';
import { britishStyle } from '../eval/house-styles';
import { DIGITS, fitQuoteWeights as fitWeights } from './quote-fit';
import { quoteFoldInputs } from './quote-fold-inputs';
import { collectSpans, type Figures, figuresAt, type SpanData } from './quote-spans-data';

/**
 * Trains the quote acceptance model (src/core/quote-acceptance.ts) on PolNeAR train: what the
 * annotators count as a direct quote among the spans the engine reports. Chooses the threshold on
 * out-of-fold scores of 5-fold cross-validation by article on train, confirms it on PolNeAR dev,
 * prints BBC dev and British style at the choice. The speech-cue table and the speaker ranker the
 * spans are read with were learned from train's annotation too, so each fold relearns them without
 * its own articles (quote-fold-inputs.ts) and rereads every span with them (nineteenth round): the
 * CV figure, and its choice is the committed threshold. The CV with the shipped all-train tables,
 * which saw every fold, is printed beside it with its own choice, for comparison only.
 * Deterministic: same data, same model file.
 *   npm run train:quotes [-- evalDir] [--dump file.tsv]
 */

const MIN_RECALL = 0.98;
const FOLDS = 5;
const STEPS = Array.from({ length: 96 }, (_, i) => i / 100);

/** Spans the model does not judge (a tag or a speaker) read as certain: they are always kept. */
const predict = (data: SpanData, weights: number[]): number[] =>
  data.examples.map((e) => (e.judged ? acceptanceProbability(weights, e.features) : 1));

/** Held-out spans, each fold's as its own data reads them, and their out-of-fold probabilities. */
interface OutOfFold {
  data: SpanData;
  cv: number[];
}

/**
 * Out-of-fold probabilities: articles dealt to folds in sorted order; `dataFor` gives, for one
 * fold's held-out articles, every train span read with what was learned without them, and the
 * weights fitted on the other folds' spans judge the fold's own.
 */
function crossValidated(articles: string[], dataFor: (held: (article: string) => boolean) => SpanData): OutOfFold {
  const fold = new Map(articles.map((a, i) => [a, i % FOLDS]));
  const out: OutOfFold = { data: { examples: [], articles: [] }, cv: [] };
  for (let k = 0; k < FOLDS; k++) {
    const held = (a: string): boolean => fold.get(a) === k;
    const data = dataFor(held);
    const weights = fitWeights(data, (a) => !held(a));
    for (const spans of data.articles.filter((a) => held(a.article))) {
      const quotes = spans.quotes.map((q) => {
        if (q.example === null) return q;
        const e = data.examples[q.example]!;
        out.cv.push(e.judged ? acceptanceProbability(weights, e.features) : 1);
        return { ...q, example: out.data.examples.push(e) - 1 };
      });
      out.data.articles.push({ ...spans, quotes });
    }
  }
  return out;
}

const show = (f: Figures): string =>
  `${f.precision.toFixed(3)} (${f.speech}/${f.reported}) recall ${f.recall.toFixed(3)} (${f.found}/${f.utterances})`;

/**
 * The threshold with the best out-of-fold precision on train while recall keeps MIN_RECALL (the
 * lowest of equals: the fewest spans dropped). Dev only confirms it: a peak picked on dev's 727
 * spans moves with one or two of them.
 */
function chooseThreshold(train: SpanData, cv: number[]): number {
  let best = 0;
  let bestPrecision = 0;
  for (const t of STEPS) {
    const f = figuresAt(train, cv, t);
    if (f.recall >= MIN_RECALL && f.precision > bestPrecision) [best, bestPrecision] = [t, f.precision];
  }
  return best;
}

/** Each span's key, article + text + its occurrence there: a fold's reading may report other spans. */
function keys(data: SpanData): string[] {
  const seen = new Map<string, number>();
  return data.examples.map((e) => {
    const key = `${e.article}\t${e.text}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}\t${n}`;
  });
}

/**
 * Train's spans as the shipped tables read them, with the in-sample probability, the honest
 * out-of-fold one (blank where the span's fold does not report it) and the all-train inputs' one.
 */
function dump(path: string, data: SpanData, p: number[], honest: OutOfFold, leaky: OutOfFold): void {
  const [honestOf, leakyOf] = [honest, leaky].map((o) => {
    const of = new Map(keys(o.data).map((k, i) => [k, o.cv[i]!]));
    return (key: string): string => of.get(key)?.toFixed(3) ?? '';
  }) as [(key: string) => string, (key: string) => string];
  const lines = keys(data).map((key, i) => {
    const e = data.examples[i]!;
    return [
      e.article,
      e.speech ? 1 : 0,
      e.sole ? 1 : 0,
      p[i]!.toFixed(3),
      honestOf(key),
      leakyOf(key),
      e.text.replace(/\s+/g, ' '),
      ...e.features.map((x) => Number(x.toFixed(3))),
    ].join('\t');
  });
  const head = ['article', 'speech', 'sole', 'p', 'cv', 'cv-all-train', 'text', ...ACCEPTANCE_FEATURES].join('\t');
  writeFileSync(path, `${head}\n${lines.join('\n')}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  const dumpAt = args.indexOf('--dump');
  const dumpPath = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
  const evalDir = resolve(args.find((a, i) => !a.startsWith('--') && i !== dumpAt + 1) ?? '../shared/eval');
  const polnear = join(evalDir, 'polnear');
  const trainLabels = join(polnear, 'quotes-train.jsonl');
  const train = collectSpans(polnear, trainLabels);
  const dev = collectSpans(polnear, join(polnear, 'quotes-dev.jsonl'));
  const bbcLabels = join(evalDir, 'labels', 'quotes-dev.jsonl');
  const bbc = collectSpans(join(evalDir, 'bbc'), bbcLabels);
  const british = collectSpans(join(evalDir, 'bbc'), bbcLabels, { transform: britishStyle });
  const judged = train.examples.filter((e) => e.judged);
  // Speech-shaped spans (quote-acceptance-features.ts) carry features but are never judged.
  for (const [name, data] of [
    ['train', train],
    ['dev', dev],
  ] as const) {
    const shaped = data.examples.filter((e) => !e.judged && e.features.length > 0);
    const speech = shaped.filter((e) => e.speech).length;
    console.log(
      `${name}: ${shaped.length} speech-shaped spans kept unjudged, ${speech} of them speech in the annotation`,
    );
  }
  const negatives = judged.filter((e) => !e.speech).length;
  console.log(
    `train: ${train.examples.length} quoted spans, ${judged.length} with no tag and no speaker judged, ${negatives} of them not speech in the annotation`,
  );

  const weights = fitWeights(train);
  const p = { train: predict(train, weights), dev: predict(dev, weights) };
  const articles = train.articles.map((a) => a.article);
  // The CV figure: each fold's spans reread with the cue table and speaker ranker learned without
  // it. The shipped tables' CV, which saw every fold, is printed beside it.
  const honest = crossValidated(articles, (held) => collectSpans(polnear, trainLabels, quoteFoldInputs(evalDir, held)));
  const leaky = crossValidated(articles, () => train);
  const cvAt = (o: OutOfFold, t: number): Figures => figuresAt(o.data, o.cv, t);
  console.log(
    `threshold  ${['train (fit)', 'train (5-fold CV by article)', 'train (CV, all-train cues and ranker)', 'dev (check)'].map((h) => h.padEnd(41)).join('  ')}`,
  );
  for (const t of STEPS.filter((_, i) => i % 5 === 0 || i >= 80)) {
    const row = [figuresAt(train, p.train, t), cvAt(honest, t), cvAt(leaky, t), figuresAt(dev, p.dev, t)].map(show);
    console.log(`${t.toFixed(2)}       ${row.join('  ')}`);
  }
  // Since engine 36 the honest CV chooses (it moved 0.92 to 0.91; docs/evaluation.md, nineteenth
  // round): a choice that read each fold's own annotation would not be one for unseen copy.
  const choice = { honest: chooseThreshold(honest.data, honest.cv), leaky: chooseThreshold(leaky.data, leaky.cv) };
  const threshold = choice.honest;
  console.log(
    `chosen on train, 5-fold CV: ${threshold.toFixed(2)} (committed); on the CV with all-train cues and ranker: ${choice.leaky.toFixed(2)}`,
  );
  const sets: Array<[string, SpanData, number[]]> = [
    ['PolNeAR train (fit)', train, p.train],
    ['PolNeAR train (5-fold CV)', honest.data, honest.cv],
    ['PolNeAR train (5-fold CV, all-train cues and ranker)', leaky.data, leaky.cv],
    ['PolNeAR dev (check)', dev, p.dev],
    ['BBC dev', bbc, predict(bbc, weights)],
    ['British style', british, predict(british, weights)],
  ];
  for (const [name, data, probability] of sets) {
    const before = figuresAt(data, probability, 0);
    const after = figuresAt(data, probability, threshold);
    const gone = data.examples.filter((e, i) => e.judged && probability[i]! < threshold);
    const lost = gone.filter((e) => e.speech).length;
    const dropped = gone.length;
    console.log(`  ${name}: ${show(before)} -> ${show(after)}; dropped ${dropped} (${lost} counted as speech)`);
  }
  console.log('weights:');
  for (const [i, name] of ACCEPTANCE_FEATURES.entries())
    console.log(`  ${name.padEnd(24)} ${weights[i]!.toFixed(DIGITS)}`);
  if (dumpPath) dump(dumpPath, train, p.train, honest, leaky);

  const out = fileURLToPath(new URL('../core/models/quote-acceptance.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify({ features: [...ACCEPTANCE_FEATURES], weights, threshold })}\n`);
  console.log(`wrote ${out}`);
  const weightsSha = createHash('sha256').update(JSON.stringify(weights)).digest('hex');
  console.log(
    `weights sha256 ${weightsSha}: quote-acceptance-fit.json records it (test/train/quote-model-current.test.ts)`,
  );
}

main();
