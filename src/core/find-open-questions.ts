import type { Analysis, OpenQuestion } from './analysis-types';

export type QuestionInput = Pick<Analysis, 'title' | 'sentences' | 'quotes' | 'statements' | 'entities'>;

export function findOpenQuestions(_partial: QuestionInput): OpenQuestion[] {
  return [];
}
