import type { OpenQuestion } from '../core/analysis-types';
import type { ScheduleRepository } from '../store/schedule-repository';
import { questionKey } from './question-key';

export interface NumberedQuestion {
  /** 1-based, as numbered in the brief, so `/brief resolve <story> <n>` matches what users saw. */
  n: number;
  question: OpenQuestion;
}

/** The article's questions not yet resolved, keeping the brief's numbering. */
export function openQuestionsFor(
  articleId: number,
  questions: OpenQuestion[],
  schedules: ScheduleRepository,
): NumberedQuestion[] {
  const resolved = new Set(schedules.resolvedQuestions(articleId));
  return questions
    .map((question, i) => ({ n: i + 1, question }))
    .filter((q) => !resolved.has(questionKey(q.question.text)));
}
