/**
 * Where the open questions miss and false-flag on the editor-style PolNeAR **train** labels, by the
 * class PolNeAR's attribution annotation gives the text (the writer's own voice, no source, an
 * anonymous, partisan or contesting source, a named one) and by the cue shape a question came from.
 * The engine cannot read the annotation on new copy: this only says which class a change should aim
 * at (issue 13, session 26). Printed by `npm run cv:followups -- --train-cv`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type QuestionChoice, selectQuestions } from '../core/find-open-questions';
import type { EditorArticle } from '../eval/followup-editor-data';
import {
  type Attribution,
  CONTESTING_CUE,
  HEDGING_CUE,
  isAnonymous,
  PARTISAN_SOURCE,
  readAttributions,
} from './weak-labels';

export type AnnotationClass = 'writer' | 'no-source' | 'anonymous' | 'partisan' | 'contested' | 'named';

/**
 * One class for a span of text, the first that holds of the attributions overlapping it: none is the
 * writer's own voice; then no source recorded, an anonymous source, a partisan one, a contesting or
 * hedging cue; else a named, non-partisan source.
 */
export function annotationClass(attributions: readonly Attribution[], from: number, to: number): AnnotationClass {
  const over = attributions.filter((x) => x.start < to && x.end > from);
  if (over.length === 0) return 'writer';
  if (over.some((x) => x.source === null)) return 'no-source';
  if (over.some((x) => isAnonymous(x))) return 'anonymous';
  if (over.some((x) => PARTISAN_SOURCE.test(x.source!))) return 'partisan';
  if (over.some((x) => CONTESTING_CUE.test(x.cue) || HEDGING_CUE.test(x.cue))) return 'contested';
  return 'named';
}

/** Questions asked (and how many cite a flagged passage), and passages missed, per class. */
export interface ClassReport {
  /** Per annotation class of the question's first sentence: [questions, citing]. */
  asked: Map<string, [number, number]>;
  /** Per cue shape of the question's first sentence ("none" for a cue-less one): [questions, citing]. */
  shapes: Map<string, [number, number]>;
  /** Passages no question covers, per "<reach> <class>": reach is whether a cued sentence touches them. */
  missed: Map<string, number>;
}

const bump = <K>(m: Map<K, [number, number]>, k: K, cites: boolean): void => {
  const t = m.get(k) ?? [0, 0];
  t[0]++;
  if (cites) t[1]++;
  m.set(k, t);
};

/**
 * The sentences' offsets in the article file, found in order (the engine's sentence is the file's text
 * but for invisible characters, so its first words are searched from the previous sentence on).
 */
function offsetsOf(text: string, sentences: readonly string[]): Array<readonly [number, number] | null> {
  let from = 0;
  return sentences.map((s) => {
    const at = text.indexOf(s.slice(0, 40), from);
    if (at < 0) return null;
    from = at;
    return [at, at + s.length] as const;
  });
}

export function trainLabelClasses(
  evalDir: string,
  articles: readonly EditorArticle[],
  choice: QuestionChoice,
): ClassReport {
  const out: ClassReport = { asked: new Map(), shapes: new Map(), missed: new Map() };
  for (const a of articles) {
    const text = readFileSync(join(evalDir, 'polnear', 'article', `${a.name}.txt`), 'utf8');
    const ann = readFileSync(join(evalDir, 'polnear', 'attributions', `${a.name}.ann`), 'utf8');
    const attributions = readAttributions(ann, text);
    const offsets = offsetsOf(text, a.texts);
    const questions = selectQuestions(a.prepared, choice);
    for (const q of questions) {
      const cites = a.keysOf(q.sentenceIds).length > 0;
      // Sentence ids are the sentences' indexes (analyzeArticle numbers them in order).
      const first = q.sentenceIds[0]!;
      const at = offsets[first];
      bump(out.asked, at ? annotationClass(attributions, at[0], at[1]) : 'unplaced', cites);
      bump(out.shapes, a.prepared.sentences[first]?.cue?.shape ?? 'none', cites);
    }
    const covered = new Set(questions.flatMap((q) => a.keysOf(q.sentenceIds)));
    const cued = new Set(a.prepared.sentences.flatMap((s, i) => (s.cue ? a.keysAt[i]! : [])));
    for (const key of a.labelKeys) {
      if (covered.has(key)) continue;
      const [, from, to] = key.split(':').map(Number);
      const k = `${cued.has(key) ? 'cued' : 'no cue'} ${annotationClass(attributions, from!, to!)}`;
      out.missed.set(k, (out.missed.get(k) ?? 0) + 1);
    }
  }
  return out;
}
