/**
 * `npm run lexicon:followups`: what the editor-style train labels say about candidates beyond the cue
 * families (issue 13). On the PolNeAR **train** labels only: the recall ceiling of the cue families
 * there, which word classes the flagged sentences with no cue carry against the unflagged ones, and a
 * lexicon of words and bigrams enriched in flagged cue-less sentences (log-odds with an informative
 * Dirichlet prior, Monroe, Colaresi & Quinn 2008), its size chosen by article-grouped cross-validation
 * on train. Prints; writes nothing.
 */
import { fileURLToPath } from 'node:url';
import { followupCeiling } from '../eval/followup-ceiling';
import type { EditorArticle } from '../eval/followup-editor-data';
import { DEFAULT_EVAL_DIR } from '../eval/run-eval';
import { seededShuffle } from '../eval/seeded-random';
import { loadTrainEditorArticles } from './editor-scorer';
import { type LexiconOptions, learnLexicon, sentenceTerms } from './followup-lexicon-terms';
import { cuedKeys, passageSources } from './followup-passage-sources';

interface Row {
  article: number;
  terms: Set<string>;
  flagged: boolean;
  cued: boolean;
  features: string[];
  keys: string[];
}

function rowsOf(articles: readonly EditorArticle[]): Row[] {
  return articles.flatMap((a, article) =>
    a.texts.map((text, i) => ({
      article,
      terms: sentenceTerms(text),
      flagged: a.flagged[i]!,
      cued: a.prepared.sentences[i]!.cue !== null,
      features: a.prepared.sentences[i]!.features,
      keys: a.keysAt[i]!,
    })),
  );
}

/** Flagged passages touching a sentence a cue family reads (without the dispute and headline questions). */
function cuedCeiling(articles: readonly EditorArticle[]): number {
  let reached = 0;
  for (const a of articles) {
    const keys = cuedKeys(a);
    reached += a.labelKeys.filter((k) => keys.has(k)).length;
  }
  return reached;
}

/** Each word class's share among flagged and unflagged cue-less sentences. */
function classReport(rows: readonly Row[]): string {
  const cueless = rows.filter((r) => !r.cued);
  const pos = cueless.filter((r) => r.flagged);
  const neg = cueless.filter((r) => !r.flagged);
  const names = [...new Set(cueless.flatMap((r) => r.features.filter((f) => /^x:[\w-]+$/.test(f))))].sort();
  const lines = names.map((name) => {
    const p = pos.filter((r) => r.features.includes(name)).length;
    const n = neg.filter((r) => r.features.includes(name)).length;
    return { name, p, n, ratio: p / pos.length / Math.max(1e-9, n / neg.length) };
  });
  lines.sort((a, b) => b.ratio - a.ratio);
  return lines
    .map(
      (l) =>
        `  ${l.name}: flagged ${l.p}/${pos.length} (${((100 * l.p) / pos.length).toFixed(1)}%), unflagged ${l.n}/${neg.length} (${((100 * l.n) / neg.length).toFixed(1)}%), ratio ${l.ratio.toFixed(2)}`,
    )
    .join('\n');
}

/**
 * Held-out tally of the cue-less sentences the top `size` terms of a lexicon learned on the other folds
 * admit: how many, how many flagged, and how many flagged passages no cued sentence touched they reach.
 */
function crossValidate(rows: readonly Row[], articles: number, options: LexiconOptions, size: number, folds = 5) {
  const order = seededShuffle(
    Array.from({ length: articles }, (_, i) => i),
    13,
  );
  const foldOf = new Map(order.map((a, i) => [a, i % folds]));
  let admitted = 0;
  let flagged = 0;
  const reached = new Set<string>();
  for (let k = 0; k < folds; k++) {
    const train = rows.filter((r) => foldOf.get(r.article) !== k && !r.cued);
    const test = rows.filter((r) => foldOf.get(r.article) === k && !r.cued);
    const lexicon = new Set(
      learnLexicon(train, options)
        .slice(0, size)
        .map((t) => t.term),
    );
    for (const r of test) {
      if (![...r.terms].some((t) => lexicon.has(t))) continue;
      admitted++;
      if (r.flagged) flagged++;
      for (const key of r.keys) reached.add(`${r.article} ${key}`);
    }
  }
  return { admitted, flagged, reached };
}

function main(): void {
  const articles = loadTrainEditorArticles(DEFAULT_EVAL_DIR);
  const ceiling = followupCeiling(articles);
  const hand = cuedCeiling(articles);
  process.stdout.write(
    `train labels: ${ceiling.articles} articles, ${ceiling.passages} passages; ${hand} touch a sentence a cue family reads (ceiling ${(hand / ceiling.passages).toFixed(3)}), ${ceiling.reachable} with the reported claims, the claims' spans and the dispute and headline questions (${(ceiling.reachable / ceiling.passages).toFixed(3)}); engine cites ${ceiling.covered}, ${ceiling.questions} questions\n`,
  );
  for (const reached of [false, true]) {
    const t = passageSources(DEFAULT_EVAL_DIR, articles, reached);
    process.stdout.write(
      `passages ${reached ? 'a cue family reaches' : 'no cue family reaches'}: ${t.passages}; in the annotation: unattributed ${t.unattributed}, no source ${t.noSource}, anonymous source ${t.anonymous}, partisan source ${t.partisan}, contesting or hedging cue ${t.contested}\n`,
    );
  }
  const rows = rowsOf(articles);
  const cued = rows.filter((r) => r.cued);
  const cueless = rows.filter((r) => !r.cued);
  process.stdout.write(
    `sentences: cued ${cued.length} (${cued.filter((r) => r.flagged).length} flagged), cue-less ${cueless.length} (${cueless.filter((r) => r.flagged).length} flagged)\n`,
  );
  process.stdout.write(`word classes in cue-less sentences, flagged vs not:\n${classReport(rows)}\n`);
  process.stdout.write('lexicon size by article-grouped 5-fold CV on train (cue-less sentences admitted):\n');
  const cuedKeys = new Set(rows.filter((r) => r.cued).flatMap((r) => r.keys.map((k) => `${r.article} ${k}`)));
  for (const minCount of [5, 10])
    for (const size of [3, 5, 10, 20, 40]) {
      const r = crossValidate(rows, articles.length, { minCount, z: 1.96 }, size);
      const fresh = [...r.reached].filter((k) => !cuedKeys.has(k)).length;
      process.stdout.write(
        `  min ${minCount}, top ${size}: admitted ${r.admitted}, flagged ${r.flagged} (${((100 * r.flagged) / Math.max(1, r.admitted)).toFixed(1)}%), new passages reached ${fresh}\n`,
      );
    }
  const full = learnLexicon(cueless, { minCount: 5, z: 1.96 });
  process.stdout.write(
    `lexicon on all train (min 5, z 1.96):\n${full
      .slice(0, 80)
      .map((t) => `  ${t.term} z ${t.z.toFixed(2)} (${t.flagged}/${t.count})`)
      .join('\n')}\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
