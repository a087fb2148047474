/**
 * The cue families' own record with the editors (src/core/models/followup-family-prior.json): on the PolNeAR **train**
 * articles an editor labelled (`labels/`), how much more or less often than a cued sentence at large a sentence whose
 * strongest cue is of each family is flagged, as a log-odds lift, smoothed towards no lift for a family seen rarely.
 * The scorer learns mostly from the silver attribution labels, where the families' weights come out near zero; the
 * editors flag the writer's own "it is unclear whether" or a refusal far more often than a challenge (issue 13).
 * Deterministic. `npm run train:family-prior`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EditorArticle } from '../eval/followup-editor-data';
import { loadTrainEditorArticles } from './editor-scorer';
import { EVAL_DIR } from './eval-dir';

const OUT = fileURLToPath(new URL('../core/models/followup-family-prior.json', import.meta.url));

/** Pseudo-sentences at the base rate each family's count is pulled by: a family seen ten times moves half way. */
export const PSEUDO_COUNT = 10;

const logit = (p: number): number => Math.log(p / (1 - p));

/** Each cue family's lift over the base rate of cued sentences, from the flagged sentences of `articles`. */
export function fitFamilyPrior(articles: readonly EditorArticle[]): {
  base: number;
  lift: Record<string, number>;
} {
  const seen = new Map<string, { n: number; flagged: number }>();
  let n = 0;
  let flagged = 0;
  for (const a of articles)
    for (const s of a.prepared.sentences) {
      if (!s.cue) continue;
      const t = seen.get(s.cue.family.shape) ?? { n: 0, flagged: 0 };
      t.n++;
      n++;
      if (a.flagged[s.index]) {
        t.flagged++;
        flagged++;
      }
      seen.set(s.cue.family.shape, t);
    }
  const base = flagged / Math.max(1, n);
  const lift: Record<string, number> = {};
  for (const [shape, t] of [...seen].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const rate = (t.flagged + PSEUDO_COUNT * base) / (t.n + PSEUDO_COUNT);
    lift[shape] = Math.round((logit(rate) - logit(base)) * 1000) / 1000;
  }
  return { base: Math.round(base * 1000) / 1000, lift };
}

/** The model file's bytes, as `npm run train:family-prior` writes them from the train editor labels. */
export function familyPriorJson(articles = loadTrainEditorArticles(EVAL_DIR)): string {
  const { base, lift } = fitFamilyPrior(articles);
  const model = {
    about:
      "Log-odds lift of a cued sentence's editor flag by its strongest cue family; fitted by src/train/fit-family-prior.ts on the PolNeAR train editor labels.",
    pseudoCount: PSEUDO_COUNT,
    base,
    lift,
  };
  return `${JSON.stringify(model, null, 1)}\n`;
}

function train(): void {
  writeFileSync(OUT, familyPriorJson());
  process.stderr.write(`-> ${OUT}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) train();
