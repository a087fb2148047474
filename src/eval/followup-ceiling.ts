import { DEFAULT_CHOICE, type QuestionChoice, selectQuestions } from '../core/find-open-questions';
import { reportedCandidate } from '../core/reported-claims';
import type { EditorArticle } from './followup-editor-data';

/** What the cue families allow on a set of labelled articles, and what the engine asks there. */
export interface Ceiling {
  articles: number;
  passages: number;
  /** Flagged passages touching a sentence that is a candidate at all (a cue, or a reported claim): recall's ceiling. */
  reachable: number;
  /** Flagged passages some question cites. */
  covered: number;
  questions: number;
  /** Questions citing no flagged passage. */
  citingNone: number;
}

/**
 * Whether the lever is the ranking or the candidates: a passage no cued sentence touches can never
 * be cited (short of the dispute or headline questions, counted as asked), however the cued
 * sentences are ranked.
 */
export function followupCeiling(articles: readonly EditorArticle[], choice: QuestionChoice = DEFAULT_CHOICE): Ceiling {
  const out: Ceiling = { articles: 0, passages: 0, reachable: 0, covered: 0, questions: 0, citingNone: 0 };
  for (const a of articles) {
    const cued = a.prepared.sentences
      .filter((s) => s.cue || reportedCandidate(a.prepared.reported, s))
      .map((s) => a.prepared.item(s.index).sentenceIds);
    const questions = selectQuestions(a.prepared, choice);
    const reach = new Set([...cued, ...questions.map((q) => q.sentenceIds)].flatMap((ids) => a.keysOf(ids)));
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
