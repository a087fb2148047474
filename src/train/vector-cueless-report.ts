/**
 * `npm run cv:followups -- --train-cv --vectors` (a few minutes): fu34's cue-less candidates from the
 * vector scorer (vector-cueless.ts) — the training CV figure, then the setting chosen on all the train
 * labels, scored on the dev labels as the ship rule reads them once (docs/evaluation.md, "Session 32, fu34").
 */
import { type EditorArticle, figuresOf, type Tally } from '../eval/followup-editor-data';
import { f1 } from './best-choice';
import {
  chooseSetting,
  fillCueless,
  fitVectorScorer,
  tallyFilled,
  VECTOR_BARS,
  VECTOR_CAPS,
  type VectorSetting,
  vectorCuelessCv,
} from './vector-cueless';

/** Chosen by the out-of-fold train figures of session 32 (0.01 and 0.003 gave lower train CV F1). */
const L2 = 0.001;

const figures = (t: Tally): string => {
  const f = figuresOf(t);
  return `recall ${f.recall.toFixed(3)} (${t.covered}/${t.labels}) / precision ${f.precision.toFixed(3)} (${t.citing}/${t.questions}), F1 ${f1(t).toFixed(4)}, ${f.perArticle.toFixed(2)} an article`;
};
const described = (s: VectorSetting): string => (s.bar === null ? 'none' : `${s.bar}/${s.cap}`);

export function reportVectorCueless(
  train: readonly EditorArticle[],
  dev: readonly EditorArticle[],
  write: (line: string) => void,
): void {
  for (const [i, s] of vectorCuelessCv(train, { splits: 3, folds: 5, l2: L2 }).entries()) {
    write(`  vector scorer, split ${i + 1}: shipped ${figures(s.shipped)}\n`);
    write(
      `    cue-less from the vector scorer: ${figures(s.cv)}; chosen ${s.chosen.map(described).join(', ')}; cue-less AUC out of fold ${s.cuelessAuc.toFixed(3)}\n`,
    );
  }
  const scores = fitVectorScorer(train, L2);
  const setting = chooseSetting(train, scores, VECTOR_BARS, VECTOR_CAPS);
  write(`  fitted and chosen on all the train labels: ${described(setting)}\n`);
  for (const corpus of ['polnear', 'bbc'] as const) {
    const articles = dev.filter((a) => a.corpus === corpus);
    const before = tallyFilled(articles, scores, null, 0);
    const after = tallyFilled(articles, scores, setting.bar, setting.cap);
    write(`    ${corpus} dev: ${figures(before)} -> ${figures(after)}\n`);
  }
  for (const a of dev)
    for (const q of fillCueless(a, scores, setting.bar, setting.cap).slice(fillCueless(a, scores, null, 0).length))
      write(`    added ${a.corpus} ${a.name} ${a.keysOf(q.sentenceIds).length ? 'cites' : 'uncited'}: ${q.text}\n`);
}
