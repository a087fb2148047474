import type { OpenQuestion } from '../core/analysis-types';
import type { AsyncScheduleRepository } from '../store/async/async-store';
import { questionKey } from './question-key';

export interface NumberedQuestion {
  /** 1-based, as numbered in the brief, so `/brief resolve <story> <n>` matches what users saw. */
  n: number;
  question: OpenQuestion;
}

/** The article's questions not yet resolved, keeping the brief's numbering. */
export async function openQuestionsFor(
  articleId: number,
  questions: OpenQuestion[],
  schedules: Pick<AsyncScheduleRepository, 'resolvedQuestions'>,
): Promise<NumberedQuestion[]> {
  const resolved = new Set(await schedules.resolvedQuestions(articleId));
  return questions
    .map((question, i) => ({ n: i + 1, question }))
    .filter((q) => !resolved.has(questionKey(q.question.text)));
}
