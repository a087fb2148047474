/**
 * `npm run cv:followups -- --train-cv`: the ship rule's training figure for issue 13 and the classes
 * behind it, on the editor-style PolNeAR train labels only (docs/evaluation.md, "Session 26, fu27").
 */
import { DEFAULT_CHOICE } from '../core/find-open-questions';
import { type EditorArticle, figuresOf, type Tally } from '../eval/followup-editor-data';
import { f1 } from './best-choice';
import { trainLabelClasses } from './train-label-classes';
import { tallyOf, trainCuelessCv } from './train-label-cv';

const figures = (t: Tally): string => {
  const f = figuresOf(t);
  return `recall ${f.recall.toFixed(3)} (${t.covered}/${t.labels}) / precision ${f.precision.toFixed(3)} (${t.citing}/${t.questions}), F1 ${f1(t).toFixed(4)}, ${f.perArticle.toFixed(2)} an article`;
};

const rows = (m: Map<string, [number, number]>): string =>
  [...m]
    .sort((a, b) => b[1][0] - b[1][1] - (a[1][0] - a[1][1]))
    .map(([k, [n, c]]) => `    ${k}: ${n} asked, ${c} cite, ${n - c} false\n`)
    .join('');

export function reportTrainLabels(
  evalDir: string,
  train: readonly EditorArticle[],
  write: (line: string) => void,
): void {
  write(
    `PolNeAR train labels (${train.length} articles), the engine as shipped: ${figures(tallyOf(train, DEFAULT_CHOICE))}\n`,
  );
  const classes = trainLabelClasses(evalDir, train, DEFAULT_CHOICE);
  write('  questions by the annotation class of their sentence (most false first)\n');
  write(rows(classes.asked));
  write('  questions by cue shape (most false first)\n');
  write(rows(classes.shapes));
  write('  passages missed, by reach and annotation class\n');
  for (const [k, n] of [...classes.missed].sort((a, b) => b[1] - a[1])) write(`    ${k}: ${n}\n`);
  const splits = trainCuelessCv(train, { splits: 3, folds: 5 });
  splits.forEach((s, i) => {
    write(`  split ${i + 1} (5 folds by article): shipped ${figures(s.shipped)}\n`);
    write(`    cue-less bar chosen on the training folds: ${figures(s.cv)}; chosen ${s.chosen.join(', ')}\n`);
  });
}
