import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../core/analyze-article';
import { readArticle, readJsonl, sentenceLines } from '../eval/eval-corpus';
import type { QaLabel } from '../eval/score-answers';
import type { TrainingQuestion } from './fit-answer-model';
import { trainingQuestion } from './training-question';

/** One labelled set's questions as training data: every sentence's features, which ones answer. */
function loadQuestions(set: string, labelsPath: string, readText: (article: string) => string): TrainingQuestion[] {
  const analyses = new Map<string, { text: string; analysis: ReturnType<typeof analyzeArticle> }>();
  return readJsonl<QaLabel>(labelsPath).map((label) => {
    let entry = analyses.get(label.article);
    if (!entry) {
      const text = readText(label.article);
      entry = { text, analysis: analyzeArticle(text) };
      analyses.set(label.article, entry);
    }
    const { analysis, text } = entry;
    const lines = sentenceLines(text, analysis);
    return trainingQuestion({
      article: `${set}:${label.article}`,
      set,
      answerable: label.answerable,
      question: label.question,
      analysis,
      answers: (sentence) =>
        label.answer_spans
          ? label.answer_spans.some(([a, b]) => sentence.start < b && sentence.end > a)
          : (label.answer_lines ?? []).includes(lines.get(sentence.id) ?? -1),
    });
  });
}

/** The dev questions: BBC dev (40) and PolNeAR dev (120), sets `bbc` and `polnear`. */
export function loadDevQuestions(evalDir: string): TrainingQuestion[] {
  return [
    ...loadQuestions('bbc', join(evalDir, 'labels', 'qa-dev.jsonl'), (a) => readArticle(evalDir, a)),
    ...loadQuestions('polnear', join(evalDir, 'polnear', 'qa-dev.jsonl'), (a) =>
      readFileSync(join(evalDir, 'polnear', 'article', `${a}.txt`), 'utf8'),
    ),
  ];
}

/**
 * The training questions our writers put on PolNeAR train articles (`labels/polnear-qa-train-*.jsonl`,
 * set `train`), in file order; none when no file exists yet. A label on a dev article would make
 * the dev figures unseen no more, so it stops the run.
 */
export function loadTrainQuestions(labelsDir: string, evalDir: string): TrainingQuestion[] {
  if (!existsSync(labelsDir)) return [];
  const files = readdirSync(labelsDir)
    .filter((f) => /^polnear-qa-train-.*\.jsonl$/.test(f))
    .sort();
  const questions = files.flatMap((file) =>
    loadQuestions('train', join(labelsDir, file), (a) => {
      if (!a.startsWith('train/')) throw new Error(`${file}: ${a} is not a PolNeAR train article`);
      return readFileSync(join(evalDir, 'polnear', 'article', `${a}.txt`), 'utf8');
    }),
  );
  // An answerable label whose spans touch no body sentence (a headline-only span) would teach the
  // ranker nothing yet tell the abstention classifier the best sentence answers: left out, and said.
  const unanchored = questions.filter((q) => q.answerable && q.positives.size === 0);
  if (unanchored.length > 0)
    console.log(`${unanchored.length} answerable training questions whose spans touch no sentence: left out`);
  return questions.filter((q) => !(q.answerable && q.positives.size === 0));
}
