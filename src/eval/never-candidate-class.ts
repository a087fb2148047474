/**
 * Why a flagged passage lies beyond recall's ceiling (issue 13): no candidate's question would cite it
 * (followup-ceiling.ts). fu51 (session 51) sorted such passages by hand-run scripts; kept here so every session
 * re-measures the classes at its head (`npm run train:followups` prints them per label set) before choosing
 * which class to turn into candidates.
 */
import { CUE_FAMILIES } from '../core/cue-families';
import { DEFAULT_CHOICE, type QuestionChoice, selectQuestions } from '../core/find-open-questions';
import { reportedCandidate } from '../core/reported-claims';
import { reachableKeys } from './followup-ceiling';
import type { EditorArticle } from './followup-editor-data';

/**
 * The first that applies, in this order: a family's pattern reads one of the passage's sentences but a kind gate,
 * its scope or date reading, or an exclusion (a lead-in, a quote's tail) drops the cue, or its reported claim is
 * read as a denial ("vetting"); a sentence beside the passage is a candidate ("split"); one of its sentences holds
 * a word class the scorer reads as a reason to chase — future, hedge, pending, unknown, denial, an anonymous
 * source or "according to" — that no family turns into a cue ("family missing"); nothing of the kind ("no cue").
 */
export type NeverClass = 'vetting' | 'split' | 'family missing' | 'no cue';

const CHASE_CLASSES = ['future', 'hedge', 'pending', 'unknown', 'denial', 'anon', 'according'].map((c) => `x:${c}`);

/** The class of each flagged passage of `a` no candidate reaches under `choice`, by passage key. */
export function neverCandidateClasses(
  a: EditorArticle,
  choice: QuestionChoice = DEFAULT_CHOICE,
): Map<string, NeverClass> {
  const p = a.prepared;
  const reach = reachableKeys(a, selectQuestions(p, choice));
  const isCandidate = (i: number): boolean => !!p.sentences[i]!.cue || reportedCandidate(p.reported, p.sentences[i]!);
  const out = new Map<string, NeverClass>();
  for (const key of a.labelKeys) {
    if (reach.has(key) || out.has(key)) continue;
    const at = a.keysAt.flatMap((keys, i) => (keys.includes(key) ? [i] : []));
    if (at.length === 0) continue;
    const read = (i: number): boolean => {
      const text = a.texts[i]!.replace(/’/g, "'");
      const denied = p.reported?.has(i) === true && p.sentences[i]!.cuelessKind === 'denied';
      return denied || CUE_FAMILIES.some((f) => f.pattern.test(text));
    };
    const beside = [at[0]! - 1, at.at(-1)! + 1].filter((j) => j >= 0 && j < a.texts.length && !at.includes(j));
    const chase = (i: number): boolean => p.sentences[i]!.features.some((f) => CHASE_CLASSES.includes(f));
    out.set(
      key,
      at.some(read) ? 'vetting' : beside.some(isCandidate) ? 'split' : at.some(chase) ? 'family missing' : 'no cue',
    );
  }
  return out;
}

/** The classes' counts over `articles`, as one report line. */
export function neverCandidateLine(
  articles: readonly EditorArticle[],
  choice: QuestionChoice = DEFAULT_CHOICE,
): string {
  const counts = new Map<NeverClass, number>([
    ['split', 0],
    ['family missing', 0],
    ['no cue', 0],
    ['vetting', 0],
  ]);
  for (const a of articles)
    for (const cls of neverCandidateClasses(a, choice).values()) counts.set(cls, counts.get(cls)! + 1);
  return `beyond the ceiling: ${[...counts].map(([cls, n]) => `${cls} ${n}`).join(', ')}`;
}
