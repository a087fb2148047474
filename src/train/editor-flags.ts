/**
 * The follow-up scorer's labels where an editor has read the article: on the PolNeAR train articles the
 * editor-style labels in `labels/` cover, a sentence is positive when it touches a flagged passage, in
 * place of the weak attribution label (weak-labels.ts). The silver rule marks every hedged, anonymous
 * or partisan claim, so about 22% of train sentences; the editors flag the few a reporter would chase.
 * Fitted so (session 46, fu46) the scorer ranks the dev editors' passages better (AUC PolNeAR dev
 * 0.725 → 0.743, BBC dev 0.957 → 0.966) with no dev label read; the other 646 articles keep the silver
 * label, which the 194 alone are too few to replace (session 12's editor-only refit lowered dev).
 */
import { readJsonl } from '../eval/eval-corpus';
import { trainLabelSources } from '../eval/followup-editor-data';
import type { FollowupLabel } from '../eval/score-followups';

interface Labelled {
  name: string;
  sentences: ReadonlyArray<{ start: number; end: number }>;
  labels: boolean[];
}

/** Each train article's flagged spans (by article name, without the "train/" prefix), from `labelsDir`. */
export function editorSpans(labelsDir: string): Map<string, FollowupLabel[]> {
  const out = new Map<string, FollowupLabel[]>();
  for (const { file } of trainLabelSources(labelsDir))
    for (const label of readJsonl<FollowupLabel>(file)) {
      // A label on another split would make every dev figure a fitted one (editor-scorer.ts checks the same).
      if (!label.article.startsWith('train/')) throw new Error(`${file}: "${label.article}" is not a train article`);
      const name = label.article.slice('train/'.length);
      out.set(name, [...(out.get(name) ?? []), label]);
    }
  return out;
}

/** `articles` with the editors' flags as labels wherever an editor labelled the article (the rest unchanged). */
export function withEditorFlags<T extends Labelled>(articles: T[], spans: ReadonlyMap<string, FollowupLabel[]>): T[] {
  return articles.map((article) => {
    const flagged = spans.get(article.name);
    if (!flagged) return article;
    const labels = article.sentences.map((s) =>
      flagged.some((l) => l.start !== undefined && l.end !== undefined && s.start < l.end && s.end > l.start),
    );
    return { ...article, labels };
  });
}
