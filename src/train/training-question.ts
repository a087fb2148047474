import type { Analysis } from '../core/analysis-types';
import { answerFeatures } from '../core/answer-features';
import type { TrainingQuestion } from './fit-answer-model';

interface Asked {
  article: string;
  set: string;
  answerable: boolean;
  question: string;
  analysis: Analysis;
  /** Whether a sentence is (part of) the labelled answer. */
  answers: (sentence: Analysis['sentences'][number]) => boolean;
}

/**
 * One labelled question as training data: every candidate sentence's features and which rows
 * answer. The dev, train and silver loaders share it, so the three read a label the same way.
 */
export function trainingQuestion({ article, set, answerable, question, analysis, answers }: Asked): TrainingQuestion {
  const features = answerFeatures(analysis, question);
  const positives = new Set<number>();
  features.sentences.forEach((s, row) => {
    if (answers(analysis.sentences[s.index]!)) positives.add(row);
  });
  return {
    article,
    set,
    answerable,
    rows: features.sentences.map((s) => s.values),
    positives,
    missing: features.missing,
    group: features.group,
    question,
    texts: features.sentences.map((s) => analysis.sentences[s.index]!.text),
  };
}
