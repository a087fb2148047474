import type { OpenQuestion } from '../core/analysis-types';
import { DEFAULT_CHOICE, type QuestionChoice, selectQuestions } from '../core/find-open-questions';
import { reportedCandidate } from '../core/reported-claims';
import type { EditorArticle } from './followup-editor-data';

/** What the cue families allow on a set of labelled articles, and what the engine asks there. */
export interface Ceiling {
  articles: number;
  passages: number;
  /**
   * Flagged passages a candidate at all (a cue, or a reported claim) would cite, its claim's span included: recall's
   * ceiling.
   */
  reachable: number;
  /** Flagged passages some question cites. */
  covered: number;
  questions: number;
  /** Questions citing no flagged passage. */
  citingNone: number;
}

/**
 * The flagged passages some ranking of an article's candidates could cite: those a candidate's question would cite
 * (its sentence, the sentence it pairs with, and its claim's span, claim-span.ts, as selectQuestions cites them) and
 * those the questions asked under `choice` cite (the dispute and headline questions among them).
 */
export function reachableKeys(a: EditorArticle, questions: readonly OpenQuestion[]): Set<string> {
  const { prepared } = a;
  const cited = prepared.sentences
    .filter((s) => s.cue || reportedCandidate(prepared.reported, s))
    .map((s) => [...prepared.item(s.index).sentenceIds, ...(prepared.span?.(s.index) ?? [])]);
  return new Set([...cited, ...questions.map((q) => q.sentenceIds)].flatMap((ids) => a.keysOf(ids)));
}

/**
 * Whether the lever is the ranking or the candidates: a passage no candidate's question would cite can never
 * be cited (short of the dispute or headline questions, counted as asked), however the candidates are ranked.
 */
export function followupCeiling(articles: readonly EditorArticle[], choice: QuestionChoice = DEFAULT_CHOICE): Ceiling {
  const out: Ceiling = { articles: 0, passages: 0, reachable: 0, covered: 0, questions: 0, citingNone: 0 };
  for (const a of articles) {
    const questions = selectQuestions(a.prepared, choice);
    const reach = reachableKeys(a, questions);
    const covered = new Set(questions.flatMap((q) => a.keysOf(q.sentenceIds)));
    out.articles++;
    out.passages += a.labels;
    out.reachable += a.labelKeys.filter((k) => reach.has(k)).length;
    out.covered += a.labelKeys.filter((k) => covered.has(k)).length;
    out.questions += questions.length;
    out.citingNone += questions.filter((q) => a.keysOf(q.sentenceIds).length === 0).length;
  }
  return out;
}
