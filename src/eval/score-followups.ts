import { join } from 'node:path';
import { type EvalOptions, listArticles, readArticle, readJsonl, sentenceLines } from './eval-corpus';

interface FollowupLabel {
  article: string;
  line: number;
  type: string;
}

export interface FollowupScore {
  articles: number;
  flaggedLines: number;
  /** Share of editor-flagged lines that some generated question cites. */
  coverage: number;
  questions: number;
  /** Share of generated questions (on the labelled articles) citing at least one flagged line. */
  precision: number;
  /** Most questions generated for one labelled article. */
  maxQuestionsPerArticle: number;
  /** Most questions generated for any article in the corpus (labelled or not). */
  maxQuestionsPerCorpusArticle: number;
  missedLines: Array<{ article: string; line: number; type: string }>;
}

export function scoreFollowups(options: EvalOptions): FollowupScore {
  const { analyze } = options;
  const labels = readJsonl<FollowupLabel>(join(options.evalDir, 'labels', 'followups-dev.jsonl'));
  const byArticle = new Map<string, FollowupLabel[]>();
  for (const label of labels) byArticle.set(label.article, [...(byArticle.get(label.article) ?? []), label]);

  let covered = 0;
  let questions = 0;
  let citing = 0;
  let maxQuestions = 0;
  const missedLines: FollowupScore['missedLines'] = [];
  for (const [article, flagged] of byArticle) {
    const text = readArticle(options.evalDir, article);
    const analysis = analyze(text);
    const lines = sentenceLines(text, analysis);
    const flaggedLines = new Set(flagged.map((f) => f.line));
    const cited = new Set<number>();
    for (const question of analysis.questions) {
      const questionLines = question.sentenceIds.map((id) => lines.get(id));
      for (const line of questionLines) if (line !== undefined) cited.add(line);
      if (questionLines.some((line) => line !== undefined && flaggedLines.has(line))) citing++;
    }
    questions += analysis.questions.length;
    maxQuestions = Math.max(maxQuestions, analysis.questions.length);
    for (const f of flagged) {
      if (cited.has(f.line)) covered++;
      else missedLines.push({ article, line: f.line, type: f.type });
    }
  }
  let maxCorpus = maxQuestions;
  for (const article of listArticles(options.evalDir)) {
    maxCorpus = Math.max(maxCorpus, analyze(readArticle(options.evalDir, article)).questions.length);
  }
  return {
    articles: byArticle.size,
    flaggedLines: labels.length,
    coverage: labels.length === 0 ? 0 : covered / labels.length,
    questions,
    precision: questions === 0 ? 0 : citing / questions,
    maxQuestionsPerArticle: maxQuestions,
    maxQuestionsPerCorpusArticle: maxCorpus,
    missedLines,
  };
}
