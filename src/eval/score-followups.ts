import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Sentence } from '../core/analysis-types';
import { type EvalOptions, listArticles, readArticle, readJsonl, sentenceLines } from './eval-corpus';

/** A flagged passage: a line of a BBC file (1-based, headline = 1) or a character span of a PolNeAR file. */
export interface FollowupLabel {
  article: string;
  type: string;
  line?: number;
  start?: number;
  end?: number;
}

export interface FollowupScore {
  articles: number;
  flaggedLines: number;
  /** Share of editor-flagged passages that some generated question cites (recall). */
  coverage: number;
  questions: number;
  /** Share of generated questions (on the labelled articles) citing at least one flagged passage. */
  precision: number;
  /** Most questions generated for one labelled article. */
  maxQuestionsPerArticle: number;
  /** Most questions generated for any article in the corpus (labelled or not). */
  maxQuestionsPerCorpusArticle: number;
  missedLines: Array<{ article: string; line: number; type: string }>;
}

export interface FollowupOptions extends EvalOptions {
  /** 'bbc' (line labels under labels/) or 'polnear' (span labels under polnear/); bbc by default. */
  corpus?: 'bbc' | 'polnear';
  /** PolNeAR split; only dev carries follow-up labels. */
  split?: 'dev' | 'train';
  /** Also count questions over every article of the corpus (slow on PolNeAR); on by default for BBC. */
  wholeCorpus?: boolean;
}

/** A passage is cited when a cited sentence overlaps it (PolNeAR) or sits on its line (BBC), as score.py counts. */
export function labelKey(label: FollowupLabel): string {
  return label.line !== undefined ? `line:${label.line}` : `span:${label.start}:${label.end}`;
}

export function citedKeys(sentence: Sentence | undefined, line: number | undefined, labels: FollowupLabel[]): string[] {
  if (!sentence) return [];
  return labels
    .filter((l) =>
      l.line !== undefined ? l.line === line : sentence.start < (l.end ?? 0) && sentence.end > (l.start ?? 0),
    )
    .map(labelKey);
}

function polnearArticles(evalDir: string, split: string): string[] {
  const dir = join(evalDir, 'polnear', 'article', split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `${split}/${f.slice(0, -4)}`);
}

/** Scores `questions[].sentenceIds` against the editors' flagged passages, the way score.py does. */
export function scoreFollowups(options: FollowupOptions): FollowupScore {
  const { analyze } = options;
  const polnear = options.corpus === 'polnear';
  const split = options.split ?? 'dev';
  const labelsPath = polnear
    ? join(options.evalDir, 'polnear', `followups-${split}.jsonl`)
    : join(options.evalDir, 'labels', 'followups-dev.jsonl');
  const read = (article: string): string =>
    polnear
      ? readFileSync(join(options.evalDir, 'polnear', 'article', `${article}.txt`), 'utf8')
      : readArticle(options.evalDir, article);
  const labels = readJsonl<FollowupLabel>(labelsPath);
  const byArticle = new Map<string, FollowupLabel[]>();
  for (const label of labels) byArticle.set(label.article, [...(byArticle.get(label.article) ?? []), label]);

  let covered = 0;
  let questions = 0;
  let citing = 0;
  let maxQuestions = 0;
  const missedLines: FollowupScore['missedLines'] = [];
  for (const [article, flagged] of byArticle) {
    const text = read(article);
    const analysis: Analysis = analyze(text);
    const lines = sentenceLines(text, analysis);
    const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
    const cited = new Set<string>();
    for (const question of analysis.questions) {
      const keys = question.sentenceIds.flatMap((id) => citedKeys(byId.get(id), lines.get(id), flagged));
      for (const key of keys) cited.add(key);
      if (keys.length > 0) citing++;
    }
    questions += analysis.questions.length;
    maxQuestions = Math.max(maxQuestions, analysis.questions.length);
    for (const f of flagged) {
      if (cited.has(labelKey(f))) covered++;
      else {
        const line = f.line ?? text.slice(0, f.start).split('\n').length;
        missedLines.push({ article, line, type: f.type });
      }
    }
  }
  let maxCorpus = maxQuestions;
  if (options.wholeCorpus ?? !polnear) {
    const all = polnear ? polnearArticles(options.evalDir, split) : listArticles(options.evalDir);
    for (const article of all) maxCorpus = Math.max(maxCorpus, analyze(read(article)).questions.length);
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
